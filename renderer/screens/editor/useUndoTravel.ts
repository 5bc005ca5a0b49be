import type { RefObject } from 'react';
import { fieldLocation, isRichAddress } from '../../../shared/document/find-in-notice';
import type { NoticeHistory } from '../../editor/notice-history';
import { showMatchWhenShown } from '../../editor/select-match';
import type { SelectionKey } from '../../editor/selection';
import { textEdit } from '../../editor/text-edit';
import { useEditorOf, useFieldCommands, useRevealInField } from './rich-editors';
import type { NoticeActions, Travel } from './useNoticeEditing';
import { useStableCallback } from './use-stable-callback';
import { useUndoShortcuts } from './useUndoShortcuts';

/**
 * 撤销 and 重做 for the editor screen, by the toolbar, Ctrl+Z / Ctrl+Y /
 * Ctrl+Shift+Z anywhere on the screen, and inside the rich-text fields.
 * Each shows where its change was: the part or item, and in a text field
 * the caret where the text changed, after what it brought back (not the
 * text selected, which the next key would replace).
 */
export function useUndoTravel({
  actions,
  history,
  select,
  root,
}: {
  actions: NoticeActions;
  history: NoticeHistory;
  select: (key: SelectionKey) => void;
  root: RefObject<HTMLElement | null>;
}): { undo: () => void; redo: () => void } {
  const revealInField = useRevealInField();
  const editorOf = useEditorOf();
  const show = (travel: Travel | null) => {
    if (!travel) return;
    const { change } = travel;
    select(change?.place ?? travel.place);
    if (!change) return;
    const edit = textEdit(change.before, change.after);
    const end = edit.start + edit.inserted.length;
    const rich = fieldLocation(change.address).richField;
    if (rich) revealInField(rich, end, end);
    else if (root.current && !isRichAddress(change.address)) {
      showMatchWhenShown(
        { address: change.address, paragraph: 0, start: end, end, text: '' },
        { root: root.current, editorOf },
        { focus: true },
      );
    }
  };
  const undo = useStableCallback(() => show(actions.undo()));
  const redo = useStableCallback(() => show(actions.redo()));
  useUndoShortcuts(undo, redo, history);
  useFieldCommands(undo, redo);
  return { undo, redo };
}
