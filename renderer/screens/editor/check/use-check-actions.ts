import { App as AntApp } from 'antd';
import type { RefObject } from 'react';
import { applyFix } from '../../../../shared/check/apply-fixes';
import type { CheckContext } from '../../../../shared/check/check-notice';
import { fixAll } from '../../../../shared/check/check-results';
import type { Finding } from '../../../../shared/check/finding';
import type { Notice } from '../../../../shared/model/notice';
import { showMatchWhenShown } from '../../../editor/select-match';
import type { SelectionKey } from '../../../editor/selection';
import { useEditorOf } from '../rich-editors';
import { useStableCallback } from '../use-stable-callback';

/** The notice with these findings' keys ignored (忽略) or, with an empty list, none. */
function withIgnored(notice: Notice, keys: readonly string[]): Notice {
  const { ignoredFindings: _old, ...meta } = notice.meta;
  return { ...notice, meta: keys.length > 0 ? { ...meta, ignoredFindings: [...keys] } : meta };
}

/**
 * What the 检查 panel does to the notice: each fix, the fixes all at once,
 * an ignore or their undoing, each one step of the notice's history; and
 * showing a finding where it is, as 查找 shows a match.
 */
export function useCheckActions({
  select,
  change,
  root,
  context,
}: {
  select: (key: SelectionKey) => void;
  change: (fn: (notice: Notice) => Notice) => void;
  root: RefObject<HTMLElement | null>;
  context: CheckContext;
}) {
  const { message } = AntApp.useApp();
  const editorOf = useEditorOf();
  return {
    onShow: useStableCallback((finding: Finding) => {
      select(finding.selection);
      if (finding.match && root.current) showMatchWhenShown(finding.match, { root: root.current, editorOf }, { focus: true });
    }),
    onFix: useStableCallback((finding: Finding) => change((notice) => applyFix(notice, finding))),
    onFixAll: useStableCallback(() => {
      let count = 0;
      change((notice) => {
        // Checked again on the notice as it is now, not as the panel last showed it.
        const all = fixAll(notice, context);
        count = all.fixed.length;
        return all.notice;
      });
      if (count > 0) message.success({ content: `已修正 ${count} 处，可撤销`, className: 'check-message-fixed' });
    }),
    onIgnore: useStableCallback((finding: Finding) =>
      change((notice) => withIgnored(notice, [...(notice.meta.ignoredFindings ?? []), finding.key])),
    ),
    onRestoreIgnored: useStableCallback(() => change((notice) => withIgnored(notice, []))),
  };
}
