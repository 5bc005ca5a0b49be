import { App as AntApp } from 'antd';
import { useState, type RefObject } from 'react';
import { fieldLocation, type FindMatch } from '../../../shared/document/find-in-notice';
import type { Notice } from '../../../shared/model/notice';
import { showMatchWhenShown } from '../../editor/select-match';
import type { SelectionKey } from '../../editor/selection';
import type { FindMode, FindReplaceBarProps } from './FindReplaceBar';
import { useEditorOf } from './rich-editors';
import { useFindShortcuts } from './useFindShortcuts';
import { useStableCallback } from './use-stable-callback';

/**
 * 查找 / 替换 on the editor screen: Ctrl+F and Ctrl+H open the bar, each
 * match is shown on its panel (selected in its field once the bar closes),
 * and each replacement is one step of the notice's history. Returns the
 * bar's props but the notice.
 */
export function useNoticeFind({
  select,
  change,
  undo,
  root,
}: {
  select: (key: SelectionKey) => void;
  /** Records a whole-notice change as one step (NoticeActions.changeNotice). */
  change: (fn: (notice: Notice) => Notice) => void;
  undo: () => void;
  /** Where the panels are: the middle and properties columns. */
  root: RefObject<HTMLElement | null>;
}): Omit<FindReplaceBarProps, 'notice'> {
  const { message } = AntApp.useApp();
  const editorOf = useEditorOf();
  const [find, setFind] = useState<{ mode: FindMode; request: number } | null>(null);
  const open = useStableCallback((mode: FindMode) => setFind((shown) => ({ mode, request: (shown?.request ?? 0) + 1 })));
  useFindShortcuts(open);
  const show = (match: FindMatch, focus: boolean) => root.current && showMatchWhenShown(match, { root: root.current, editorOf }, { focus });
  return {
    open: find !== null,
    mode: find?.mode ?? 'find',
    focusRequest: find?.request,
    onNavigate: useStableCallback((match: FindMatch) => {
      select(fieldLocation(match.address).selection);
      show(match, false);
    }),
    onClose: useStableCallback((match: FindMatch | null) => {
      setFind(null);
      if (match) show(match, true);
    }),
    onReplace: useStableCallback((next: Notice) => change(() => next)),
    onReplaceAll: useStableCallback((next: Notice, count: number) => {
      change(() => next);
      message.success(`已替换 ${count} 处`);
    }),
    onModeChange: useStableCallback((mode: FindMode) => setFind((shown) => (shown ? { ...shown, mode } : shown))),
    onUndo: undo,
  };
}
