import { Editor, Node, type Point, type Range } from 'slate';
import type { Paragraph } from '../../shared/model/rich-text';
import type { RichEditor } from './slate-types';

/**
 * The point at an offset into the field's text as one string, paragraphs
 * joined by line breaks (changed-field.ts `joined`): the place an undone
 * change or a found match is shown at. An offset past the end is the end.
 */
export function pointAt(editor: RichEditor, offset: number): Point {
  let left = offset;
  const paragraphs = editor.children as Paragraph[];
  for (let p = 0; p < paragraphs.length; p++) {
    const leaves = paragraphs[p]!.children;
    const length = Node.string(paragraphs[p]!).length;
    if (left <= length) {
      for (let l = 0; l < leaves.length; l++) {
        const size = leaves[l]!.text.length;
        // At a boundary between leaves the point stays in the earlier one, as Slate puts a typed character there.
        if (left <= size || l === leaves.length - 1) return { path: [p, l], offset: Math.min(left, size) };
        left -= size;
      }
    }
    left -= length + 1;
  }
  return Editor.end(editor, []);
}

/** The range between two offsets into the field's joined text. */
export function rangeAt(editor: RichEditor, start: number, end: number): Range {
  return { anchor: pointAt(editor, start), focus: pointAt(editor, end) };
}
