import { readMarker, type Marker, type MarkerKind } from '../import/markers';
import { enumerationLevel, hasText, printedEnumerators, type PrintedList } from '../layout/entry-numbering';
import { numberAtLevel } from '../layout/number-format';
import { enumerationRole, enumerator } from '../layout/numbering';
import { paragraphText, type ParagraphList, type TextLeaf } from '../model/rich-text';
import type { DocRun } from './blocks';
import { headingPartLength, run, runInHeading } from './run-in-heading';

export { headingBold } from './run-in-heading';

/** One paragraph of a list as it prints: its generated enumerator (or none) and its text. */
export interface PrintedParagraph {
  label: string;
  leaves: TextLeaf[];
}

/**
 * The paragraphs of a list with the enumerators they print with. Empty
 * paragraphs are left out; a list with fewer than two numbered paragraphs
 * prints without enumerators (one measure is not 一是). A paragraph that
 * already opens with an enumerator of the kind the list generates (pasted
 * 一是完善…) loses the typed one, so it is never printed twice (二是一是).
 * Shared by the notice and the ledger.
 */
export function printedParagraphs(
  list: ParagraphList,
  printed: PrintedList = { enumeration: list.enumeration, start: 0 },
): PrintedParagraph[] {
  const enumerate = printedEnumerators({ ...list, enumeration: printed.enumeration }) > 0;
  let count = printed.start;
  const level = enumerate ? enumerationLevel(printed.enumeration) : null;
  return list.paragraphs.filter(hasText).map((paragraph) => {
    if (!enumerate) return { label: '', leaves: paragraph.children };
    if (paragraph.continued) return { label: '', leaves: level === null ? paragraph.children : belowLevel(paragraph.children, level) };
    const label = enumerator(printed.enumeration, ++count);
    // The user typed numbers of the kind they chose; a list moved a level down prints another kind.
    const typed = typedEnumeratorLength(paragraphText(paragraph), label) > 0 ? label : enumerator(list.enumeration, count);
    return { label, leaves: withoutTypedEnumerator(paragraph.children, typed) };
  });
}

/** The heading level of each typed enumerator kind a sub-point under a measure may carry. */
const TYPED_LEVELS: Partial<Record<MarkerKind, number>> = { paren: 2, arabic: 3, arabicParen: 4, circled: 5 };

/**
 * A continued paragraph that opens with a sub-point number of its own (1. 2.
 * typed under the measure （三）): when the list prints at that level or
 * below it, the sub-point moves to the level under the list's, keeping its
 * count, so 1. never follows the list's own 3. as if a sibling.
 */
function belowLevel(leaves: readonly TextLeaf[], level: number): TextLeaf[] {
  const typed = leadingMarker(leaves.map((l) => l.text).join(''));
  const typedLevel = typed ? TYPED_LEVELS[typed.marker.kind] : undefined;
  if (!typed || typedLevel === undefined || typedLevel > level) return [...leaves];
  const label = numberAtLevel(level + 1, typed.marker.n);
  if (label === '') return [...leaves];
  return [{ text: label }, ...dropUnits(leaves, typed.length)];
}

/** The leaves with a leading enumerator of the same kind as `label` taken off. */
export function withoutTypedEnumerator(leaves: readonly TextLeaf[], label: string): TextLeaf[] {
  return dropUnits(leaves, typedEnumeratorLength(leaves.map((l) => l.text).join(''), label));
}

/** The leaves with their first `count` UTF-16 units taken off, marks kept; leaves left empty go. */
export function dropUnits(leaves: readonly TextLeaf[], count: number): TextLeaf[] {
  if (count === 0) return [...leaves];
  let drop = count;
  return leaves
    .map((leaf) => {
      const cut = Math.min(drop, leaf.text.length);
      drop -= cut;
      return { ...leaf, text: leaf.text.slice(cut) };
    })
    .filter((leaf) => leaf.text !== '');
}

/** How many leading units of `text` are an enumerator (and the spaces around it) of the same kind as `label`; 0 if none. */
export function typedEnumeratorLength(text: string, label: string): number {
  if (label === '') return 0;
  const generated = readMarker(`${label}文`);
  const typed = leadingMarker(text);
  if (!generated || !typed || typed.marker.kind !== generated.kind) return 0;
  return typed.length;
}

/**
 * The enumerator a text opens with, of any kind, however its marks were
 * typed ((一) （一） ２．), and how many units it takes with the spaces
 * before it. Null when the text opens with none.
 */
export function leadingMarker(text: string): { marker: Marker; length: number } | null {
  const start = text.length - text.trimStart().length;
  const marker = readMarker(canonicalMarks(text.slice(start, start + 12)));
  return marker ? { marker, length: start + marker.text.length } : null;
}

/**
 * The marks an enumerator may be typed with, written the one way readMarker
 * reads them ((一) → （一）, 2． → 2., full-width digits), one unit for one so
 * the length found applies to the text as typed.
 */
function canonicalMarks(text: string): string {
  return text.replace(/[()．０-９]/gu, (c) => {
    if (c === '(') return '（';
    if (c === ')') return '）';
    if (c === '．') return '.';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/**
 * The paragraphs of a list, each as runs. With a heading-level enumeration
 * ((一) 1. (1)) a paragraph's heading part is in the heading's font; a list
 * whose paragraphs do not all open with a heading part prints them all as
 * body text, so paragraphs at one level always look alike. `lead` runs open
 * the first paragraph (具体整改落实情况如下：…); with no paragraphs the lead
 * stands alone, if there is one.
 */
export function composeList(list: ParagraphList, lead: DocRun[], heading3Bold: boolean, printed?: PrintedList): DocRun[][] {
  const paragraphs = printedParagraphs(list, printed);
  const role = enumerationRole(printed?.enumeration ?? list.enumeration);
  const headings =
    role === 'body'
      ? []
      : paragraphs.map((p) => (p.label === '' ? null : headingPartLength(paragraphText({ type: 'paragraph', children: p.leaves }))));
  const numbered = headings.filter((_, i) => paragraphs[i]!.label !== '');
  const runIn = numbered.length > 0 && numbered.every((h) => h !== null);
  const composed = paragraphs.map(({ label, leaves }, index) => {
    const heading = headings[index];
    const runs: DocRun[] =
      runIn && label !== '' && heading !== null && heading !== undefined
        ? runInHeading([{ text: label }, ...leaves], role, heading3Bold, label.length + heading)
        : [...(label ? [run(label, 'body', false)] : []), ...leaves.map((l) => run(l.text, 'body', l.bold))];
    return (index === 0 ? [...lead, ...runs] : runs).filter((r) => r.text !== '');
  });
  if (composed.length === 0 && lead.length > 0) return [lead];
  return composed;
}
