import { newId } from '../model/factory';
import type { ChecklistNode } from '../model/notice';

/**
 * A copy of a checklist node (an item, or a group with everything in it)
 * under fresh ids, ready to insert anywhere. Every item of the copy
 * remembers the item it was copied from in `sourceItemId`.
 */
export function copyNodeForInsert(node: ChecklistNode, makeId: () => string = newId): ChecklistNode {
  if (node.kind === 'group') {
    return { ...node, id: makeId(), children: node.children.map((child) => copyNodeForInsert(child, makeId)) };
  }
  return {
    ...node,
    id: makeId(),
    subItems: node.subItems.map((sub) => ({ ...sub, id: makeId() })),
    sourceItemId: node.id,
  };
}
