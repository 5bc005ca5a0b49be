import { dropUnits, leadingMarker, typedEnumeratorLength } from '../../shared/document/paragraph-list';
import type { MarkerKind } from '../../shared/import/markers';
import { enumerator } from '../../shared/layout/numbering';
import type { Enumeration, Paragraph, TextLeaf } from '../../shared/model/rich-text';

/**
 * Where pasted paragraphs land: how the field numbers its paragraphs (the
 * enumeration it shows), and whether the first of them starts a paragraph
 * (the caret at offset 0) or runs on after text already there.
 */
export interface PasteTarget {
  numbering: Enumeration;
  firstStartsParagraph: boolean;
}

/**
 * Enumerator kinds a field's own numbering stands for: a list item typed
 * with any of them is numbered by the field. 第一方面问题， is a heading
 * with words of its own and stays.
 */
const LIST_KINDS: ReadonlySet<MarkerKind> = new Set(['shi', 'di', 'yi', 'paren', 'arabic', 'arabicParen', 'circled']);

/**
 * Cleaned pasted paragraphs as the field keeps them. In a field that numbers
 * its paragraphs, the numbers typed in the pasted text give way to the
 * field's own (pasting 一是完善… under 一是 would otherwise show 二是一是完善…):
 *  - the typed list is the paragraphs opening with the field's own kind of
 *    enumerator, or else with the first kind met (1. 2. pasted under 一是);
 *    they lose the typed enumerator, and the runs after it keep their bold;
 *  - the other paragraphs of a pasted list are its sub-points (1. under
 *    （一）) or text between its items: they are kept as typed and marked
 *    接续上段, so they take no number of their own and the list counts on.
 * Only paragraphs that start where the paste lands count: the first one
 * when the caret is at a paragraph's start, and every one after it; the
 * first one pasted into the middle of a paragraph is text inside it. Pasted
 * text without typed numbers, and a field with 不编号, keep the text as it is.
 */
export function numberPasted(paragraphs: readonly TextLeaf[][], target: PasteTarget): Paragraph[] {
  const plain = paragraphs.map((children): Paragraph => ({ type: 'paragraph', children: [...children] }));
  if (target.numbering === 'none') return plain;
  const starts = (index: number) => index > 0 || target.firstStartsParagraph;
  const markers = paragraphs.map((runs, i) => (starts(i) ? leadingMarker(textOf(runs)) : null));
  const own = enumerator(target.numbering, 1);
  const ownKind = markers.find((m, i) => m && typedEnumeratorLength(textOf(paragraphs[i]!), own) > 0)?.marker.kind;
  const kind = ownKind ?? markers.find((m) => m && LIST_KINDS.has(m.marker.kind))?.marker.kind;
  if (kind === undefined) return plain;
  return paragraphs
    .map((runs, i): Paragraph => {
      if (!starts(i)) return plain[i]!;
      const marker = markers[i];
      if (marker?.marker.kind !== kind) return { type: 'paragraph', continued: true, children: [...runs] };
      return { type: 'paragraph', children: afterEnumerator(runs, marker.length, kind, target.numbering) };
    })
    .filter((paragraph) => paragraph.children.length > 0);
}

/**
 * The runs after a typed enumerator. 一是 is only its two characters (一是，
 * 完善…); under another numbering the comma left behind it goes too, as
 * the field's own enumerator carries its punctuation.
 */
function afterEnumerator(runs: readonly TextLeaf[], length: number, kind: MarkerKind, numbering: Enumeration): TextLeaf[] {
  let rest = dropUnits(runs, length);
  if (kind === 'shi' && numbering !== '一是' && /^[，、：]/u.test(textOf(rest))) rest = dropUnits(rest, 1);
  const text = textOf(rest);
  return dropUnits(rest, text.length - text.trimStart().length);
}

function textOf(runs: readonly TextLeaf[]): string {
  return runs.map((run) => run.text).join('');
}
