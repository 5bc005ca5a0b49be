import { readProblemHead } from '../import/problem-head';
import type { ChecklistNode, Notice } from '../model/notice';

/**
 * A notice moved to another layout. An item's lead that is only the imported
 * source's wording of the head every layout generates (针对“…”的问题 for the
 * same problem) is dropped, so the new layout prints its own head — the
 * 对照式 handover ，制定整改措施如下： included — instead of a head worded for
 * another layout. A lead the user wrote in words no layout has stays.
 */
export function withLayout(notice: Notice, layoutId: string): Notice {
  if (notice.layoutId === layoutId) return notice;
  return { ...notice, layoutId, checklist: notice.checklist.map(withoutSourceHeads) };
}

function withoutSourceHeads(node: ChecklistNode): ChecklistNode {
  if (node.kind === 'group') return { ...node, children: node.children.map(withoutSourceHeads) };
  return node.leadOverride !== null && isGeneratedHead(node.leadOverride, node.problem) ? { ...node, leadOverride: null } : node;
}

/** True when a lead is a head of a known phrase for this very problem, with nothing run on after it. */
export function isGeneratedHead(lead: string, problem: string): boolean {
  const head = readProblemHead(lead.trim());
  return head !== null && head.after.replace(/[。，：；\s]/gu, '') === '' && sameProblem(head.problem, problem);
}

/** Problems compared without quotes, spaces and end punctuation (“微腐败” and ‘微腐败’ are the same words). */
function sameProblem(a: string, b: string): boolean {
  const plain = (text: string) => text.replace(/[“”‘’"'\s。，；：]/gu, '');
  return plain(a) !== '' && plain(a) === plain(b);
}
