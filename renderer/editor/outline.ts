import { PART_NAMES, type PartName } from '../../shared/document/notice-fields';
import type { ChecklistNode } from '../../shared/model/notice';

/** The three parts in document order: the same list the find module walks (notice-fields.ts). */
export const PART_KEYS = PART_NAMES;
export type PartKey = PartName;

/**
 * A string that changes exactly when the numbering can: the tree's shape
 * and the sub-items, not the text typed into items. Lets the numbering be
 * recomputed only when it may differ.
 */
export function structureSignature(nodes: readonly ChecklistNode[]): string {
  const shape = (node: ChecklistNode): unknown =>
    node.kind === 'group' ? { g: node.id, c: node.children.map(shape) } : { i: node.id, s: node.subItems.map((s) => s.id) };
  return JSON.stringify(nodes.map(shape));
}
