import { MAX_GROUP_DEPTH, type ChecklistNode, type Group } from './notice';
import { findNode, groupHeight } from './tree';

/**
 * Pure operations on the checklist tree. Each returns a new tree sharing
 * every untouched node with the old one, or null when the operation is not
 * allowed (it would nest groups deeper than MAX_GROUP_DEPTH, put a node
 * inside itself, or there is nowhere to go), so the UI can both disable a
 * button and refuse a drop with the same function.
 */

/** Where a node goes, relative to another node; `null` as target is the top level of the checklist. */
export type Relation = 'before' | 'after' | 'first-child' | 'last-child';

/** A node's place: the group holding it (null: top level) and its index there. */
export interface Place {
  parentId: string | null;
  index: number;
}

/** The place a relation points at, in a tree that does not hold the moving node. */
function resolvePlace(nodes: ChecklistNode[], relation: Relation, targetId: string | null): Place | null {
  if (targetId === null) {
    if (relation === 'first-child') return { parentId: null, index: 0 };
    if (relation === 'last-child') return { parentId: null, index: nodes.length };
    return null;
  }
  const found = findNode(nodes, targetId);
  if (!found) return null;
  const { node, siblings, parent } = found;
  const index = siblings.indexOf(node);
  switch (relation) {
    case 'before':
      return { parentId: parent?.id ?? null, index };
    case 'after':
      return { parentId: parent?.id ?? null, index: index + 1 };
    case 'first-child':
      return node.kind === 'group' ? { parentId: node.id, index: 0 } : null;
    case 'last-child':
      return node.kind === 'group' ? { parentId: node.id, index: node.children.length } : null;
  }
}

/** How many groups hold a place (0 at the top level). */
function depthOf(nodes: ChecklistNode[], parentId: string | null): number {
  if (parentId === null) return 0;
  const found = findNode(nodes, parentId);
  return found ? found.depth + 1 : 0;
}

/** Whether a node may stand at a place: a group and the groups in it must fit in MAX_GROUP_DEPTH levels. */
export function fitsAt(nodes: ChecklistNode[], node: ChecklistNode, parentId: string | null): boolean {
  return depthOf(nodes, parentId) + groupHeight(node) <= MAX_GROUP_DEPTH;
}

/** Inserts a node at a place; the caller has checked that it fits. */
export function insertAt(nodes: ChecklistNode[], node: ChecklistNode, place: Place): ChecklistNode[] {
  if (place.parentId === null) return splice(nodes, place.index, 0, node);
  return mapGroup(nodes, place.parentId, (group) => ({ ...group, children: splice(group.children, place.index, 0, node) }));
}

/** Inserts a node relative to another, or null when it may not stand there. */
export function insertNode(
  nodes: ChecklistNode[],
  node: ChecklistNode,
  relation: Relation,
  targetId: string | null,
): ChecklistNode[] | null {
  const place = resolvePlace(nodes, relation, targetId);
  if (!place || !fitsAt(nodes, node, place.parentId)) return null;
  return insertAt(nodes, node, place);
}

/** The tree without a node (and everything in it). */
export function removeNode(nodes: ChecklistNode[], id: string): ChecklistNode[] {
  const index = nodes.findIndex((n) => n.id === id);
  if (index !== -1) return splice(nodes, index, 1);
  let changed = false;
  const next = nodes.map((node) => {
    if (changed || node.kind !== 'group') return node;
    const children = removeNode(node.children, id);
    if (children === node.children) return node;
    changed = true;
    return { ...node, children };
  });
  return changed ? next : nodes;
}

/** Moves a node relative to another (a drop, an indent), or null when not allowed. */
export function moveNode(nodes: ChecklistNode[], id: string, relation: Relation, targetId: string | null): ChecklistNode[] | null {
  const found = findNode(nodes, id);
  if (!found || targetId === id) return null;
  if (targetId !== null && found.node.kind === 'group' && findNode(found.node.children, targetId)) return null;
  const without = removeNode(nodes, id);
  return insertNode(without, found.node, relation, targetId);
}

/** 降级: the node goes to the end of the group just above it. */
export function indentNode(nodes: ChecklistNode[], id: string): ChecklistNode[] | null {
  const found = findNode(nodes, id);
  if (!found) return null;
  const previous = found.siblings[found.siblings.indexOf(found.node) - 1];
  if (!previous || previous.kind !== 'group') return null;
  return moveNode(nodes, id, 'last-child', previous.id);
}

/** 升级: the node leaves its group and stands right after it. */
export function outdentNode(nodes: ChecklistNode[], id: string): ChecklistNode[] | null {
  const found = findNode(nodes, id);
  if (!found?.parent) return null;
  return moveNode(nodes, id, 'after', found.parent.id);
}

/** 上移 / 下移: swaps the node with its neighbour in the same group. */
export function shiftNode(nodes: ChecklistNode[], id: string, delta: -1 | 1): ChecklistNode[] | null {
  const found = findNode(nodes, id);
  if (!found) return null;
  const neighbour = found.siblings[found.siblings.indexOf(found.node) + delta];
  if (!neighbour) return null;
  return moveNode(nodes, id, delta === -1 ? 'before' : 'after', neighbour.id);
}

/** Replaces one node by what `change` makes of it. */
export function updateNode(nodes: ChecklistNode[], id: string, change: (node: ChecklistNode) => ChecklistNode): ChecklistNode[] {
  let changed = false;
  const next = nodes.map((node) => {
    if (changed) return node;
    if (node.id === id) {
      changed = true;
      return change(node);
    }
    if (node.kind !== 'group') return node;
    const children = updateNode(node.children, id, change);
    if (children === node.children) return node;
    changed = true;
    return { ...node, children };
  });
  return changed ? next : nodes;
}

/**
 * Where a new node goes when the user asks for one with a node selected:
 * an item goes into a selected group (at its end) or after a selected item;
 * a group goes after the selected group, or after the group holding the
 * selected item — a sibling of the group being worked in, which always
 * fits. Nothing selected: the end of the checklist.
 */
export function placeForNew(
  nodes: ChecklistNode[],
  kind: ChecklistNode['kind'],
  selectedId: string | null,
): { relation: Relation; targetId: string | null } {
  const found = selectedId === null ? null : findNode(nodes, selectedId);
  if (!found) return { relation: 'last-child', targetId: null };
  if (kind === 'item') {
    return found.node.kind === 'group'
      ? { relation: 'last-child', targetId: found.node.id }
      : { relation: 'after', targetId: found.node.id };
  }
  const anchor = found.node.kind === 'group' ? found.node : (found.parent ?? found.node);
  return { relation: 'after', targetId: anchor.id };
}

/** The node that takes the selection when `id` is removed: the next sibling, else the previous, else the parent. */
export function neighbourOf(nodes: ChecklistNode[], id: string): string | null {
  const found = findNode(nodes, id);
  if (!found) return null;
  const index = found.siblings.indexOf(found.node);
  return (found.siblings[index + 1] ?? found.siblings[index - 1] ?? found.parent)?.id ?? null;
}

/** Number of items in a node (an item counts itself). */
export function countItems(node: ChecklistNode): number {
  return node.kind === 'item' ? 1 : node.children.reduce((sum, child) => sum + countItems(child), 0);
}

function mapGroup(nodes: ChecklistNode[], id: string, change: (group: Group) => Group): ChecklistNode[] {
  return updateNode(nodes, id, (node) => (node.kind === 'group' ? change(node) : node));
}

function splice<T>(list: readonly T[], start: number, deleteCount: number, ...items: T[]): T[] {
  const copy = list.slice();
  copy.splice(start, deleteCount, ...items);
  return copy;
}
