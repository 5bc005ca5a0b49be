import type { ChecklistNode } from '../../shared/model/notice';
import { findNode } from '../../shared/model/tree';
import { insertNode, placeForNew } from '../../shared/model/tree-ops';

/**
 * Inserts a copy from the 条目库 where a new node of its kind would go
 * (placeForNew). A copied group may carry a subgroup and so not fit where a
 * new, empty group would: it then goes after the top-level group holding the
 * selection, and failing that at the end of the checklist, which always fits.
 */
export function insertCopy(nodes: ChecklistNode[], copy: ChecklistNode, selectedId: string | null): ChecklistNode[] {
  const place = placeForNew(nodes, copy.kind, selectedId);
  const placed = insertNode(nodes, copy, place.relation, place.targetId);
  if (placed) return placed;
  const top = selectedId === null ? null : topLevelAncestor(nodes, selectedId);
  const afterTop = top === null ? null : insertNode(nodes, copy, 'after', top);
  return afterTop ?? insertNode(nodes, copy, 'last-child', null) ?? [...nodes, copy];
}

function topLevelAncestor(nodes: ChecklistNode[], id: string): string | null {
  let found = findNode(nodes, id);
  while (found?.parent) found = findNode(nodes, found.parent.id);
  return found?.node.id ?? null;
}
