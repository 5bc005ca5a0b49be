import { newId } from '../model/factory';
import type { ChecklistNode } from '../model/notice';

/**
 * A copy of a checklist node (an item, or a group with everything in it)
 * under fresh ids, ready to insert anywhere. Every item of the copy
 * remembers the item it was copied from in `sourceItemId`. Its stages stay
 * with the notice they were reported in: a copy inserted elsewhere (from
 * 条目库, a template) has no history and is not 待更新, unless the copy is
 * the next stage of that same notice (`keepStages`).
 */
export function copyNodeForInsert(node: ChecklistNode, makeId: () => string = newId, keepStages = false): ChecklistNode {
  if (node.kind === 'group') {
    return { ...node, id: makeId(), children: node.children.map((child) => copyNodeForInsert(child, makeId, keepStages)) };
  }
  return {
    ...node,
    id: makeId(),
    subItems: node.subItems.map((sub) => ({ ...sub, id: makeId() })),
    sourceItemId: node.id,
    ...(keepStages ? {} : { needsUpdate: false, history: [] }),
  };
}
