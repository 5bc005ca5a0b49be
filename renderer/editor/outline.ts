import type { Layout } from '../../shared/layout/layout';
import { formatNumber } from '../../shared/layout/numbering';
import { PART_NAMES, type PartName } from '../../shared/document/notice-fields';
import type { ChecklistNode, Notice } from '../../shared/model/notice';
import { isEmptyList } from '../../shared/model/rich-text';

/** The three parts in document order: the same list the find module walks (notice-fields.ts). */
export const PART_KEYS = PART_NAMES;
export type PartKey = PartName;

/**
 * The number each part's heading prints with (一、), counted as the composer
 * counts them: only numbered parts that print at all. A part that prints no
 * heading in this layout gets an empty label.
 */
export function partLabels(notice: Notice, layout: Layout): Record<PartKey, string> {
  let count = 0;
  const labels = {} as Record<PartKey, string>;
  for (const key of PART_KEYS) {
    const part = notice.parts[key];
    const prints = !isEmptyList(part.body) || (key === 'checklist' && notice.checklist.length > 0);
    const numbered = layout.sections[key] === 'numbered' && part.heading.trim() !== '';
    labels[key] = prints && numbered ? formatNumber(layout.sectionNumber, ++count) : '';
  }
  return labels;
}

/**
 * A string that changes exactly when the numbering can: the tree's shape
 * and the sub-items, not the text typed into items. Lets the numbering be
 * recomputed only when it may differ.
 */
export function structureSignature(nodes: readonly ChecklistNode[]): string {
  const shape = (node: ChecklistNode): unknown => (node.kind === 'group' ? { g: node.id, c: node.children.map(shape) } : { i: node.id, s: node.subItems.map((s) => s.id) });
  return JSON.stringify(nodes.map(shape));
}
