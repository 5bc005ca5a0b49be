import type { BaseRange } from 'slate';
import type { Paragraph } from '../../shared/model/rich-text';

/**
 * The Slate range of a stretch of a paragraph's plain text (its leaves
 * joined), as the find module gives matches: points at `[paragraph, leaf]`.
 * The start lies in the leaf the stretch begins in, the end in the leaf it
 * ends in. Null when the paragraph does not hold that stretch.
 */
export function matchRange(paragraphs: readonly Paragraph[], paragraph: number, start: number, end: number): BaseRange | null {
  const leaves = paragraphs[paragraph]?.children;
  if (!leaves || start < 0 || end < start) return null;
  const anchor = pointAt(leaves, start, 'start');
  const focus = pointAt(leaves, end, 'end');
  if (!anchor || !focus) return null;
  return { anchor: { path: [paragraph, anchor.leaf], offset: anchor.offset }, focus: { path: [paragraph, focus.leaf], offset: focus.offset } };
}

/**
 * The leaf and offset of a text offset. At a boundary between leaves a start
 * belongs to the leaf after it and an end to the leaf before, so a selection
 * never reaches into a leaf it does not cover.
 */
function pointAt(leaves: readonly { text: string }[], offset: number, side: 'start' | 'end'): { leaf: number; offset: number } | null {
  let leafStart = 0;
  for (let leaf = 0; leaf < leaves.length; leaf++) {
    const length = leaves[leaf]!.text.length;
    if (side === 'start' ? offset < leafStart + length : offset <= leafStart + length) return { leaf, offset: offset - leafStart };
    leafStart += length;
  }
  // The very end of the paragraph is a place too (an empty stretch there).
  return offset === leafStart && leaves.length > 0 ? { leaf: leaves.length - 1, offset: leaves[leaves.length - 1]!.text.length } : null;
}
