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
  return {
    anchor: { path: [paragraph, anchor.leaf], offset: anchor.offset },
    focus: { path: [paragraph, focus.leaf], offset: focus.offset },
  };
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

/**
 * The range between two offsets into a field's text as one string,
 * paragraphs joined by line breaks (changed-field.ts `joined`), as an undone
 * change is shown; it may span paragraphs. Offsets past the end are the end.
 */
export function joinedRange(paragraphs: readonly Paragraph[], start: number, end: number): BaseRange | null {
  const from = paragraphOffset(paragraphs, start);
  const to = paragraphOffset(paragraphs, end);
  const anchor = from && matchRange(paragraphs, from.paragraph, from.offset, from.offset);
  const focus = to && matchRange(paragraphs, to.paragraph, to.offset, to.offset);
  return anchor && focus ? { anchor: anchor.anchor, focus: focus.focus } : null;
}

/** The paragraph an offset into the joined text falls in, and the offset within it. */
function paragraphOffset(paragraphs: readonly Paragraph[], offset: number): { paragraph: number; offset: number } | null {
  let left = Math.max(0, offset);
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const length = paragraphs[paragraph]!.children.reduce((sum, leaf) => sum + leaf.text.length, 0);
    if (left <= length || paragraph === paragraphs.length - 1) return { paragraph, offset: Math.min(left, length) };
    left -= length + 1;
  }
  return null;
}
