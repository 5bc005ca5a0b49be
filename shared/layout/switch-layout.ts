import type { ChecklistNode, Notice } from '../model/notice';
import { fillTemplate } from '../text/fill';
import type { Layout } from './layout';

/**
 * A notice moved to another layout. An item's lead that is only the wording
 * some layout generates for this very problem (the imported source's
 * 针对“…”的问题, kept so the old layout printed it as written) is dropped, so
 * the new layout prints its own head — the 对照式 handover ，制定整改措施如下：
 * included — instead of one worded for another layout. Any other lead is the
 * user's own and stays.
 */
export function withLayout(notice: Notice, layoutId: string, layouts: readonly Layout[]): Notice {
  if (notice.layoutId === layoutId) return notice;
  const drop = (node: ChecklistNode): ChecklistNode => {
    if (node.kind === 'group') return { ...node, children: node.children.map(drop) };
    return node.leadOverride !== null && isLayoutHead(node.leadOverride, node.problem, layouts) ? { ...node, leadOverride: null } : node;
  };
  return { ...notice, layoutId, checklist: notice.checklist.map(drop) };
}

/** True when a lead is, quotes and punctuation aside, the head a layout generates for this problem. */
export function isLayoutHead(lead: string, problem: string, layouts: readonly Layout[]): boolean {
  const words = plainWords(lead);
  const trimmed = problem.trim();
  return (
    words !== '' &&
    layouts.some((layout) => {
      const format = layout.item;
      return plainWords(fillTemplate(trimmed === '' ? format.headWithoutProblem : format.head, { problem: trimmed })) === words;
    })
  );
}

/** Words without quotes, spaces and punctuation (“微腐败” and ‘微腐败’ are the same words). */
function plainWords(text: string): string {
  return text.replace(/[“”‘’"'\s。，；：、,.;:]/gu, '');
}
