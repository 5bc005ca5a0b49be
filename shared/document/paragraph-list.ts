import { readMarker } from '../import/markers';
import { hasText, printedEnumerators, type PrintedList } from '../layout/entry-numbering';
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
export function printedParagraphs(list: ParagraphList, printed: PrintedList = { enumeration: list.enumeration, start: 0 }): PrintedParagraph[] {
  const enumerate = printedEnumerators({ ...list, enumeration: printed.enumeration }) > 0;
  let count = printed.start;
  return list.paragraphs.filter(hasText).map((paragraph) => {
    if (!enumerate || paragraph.continued) return { label: '', leaves: paragraph.children };
    const label = enumerator(printed.enumeration, ++count);
    // The user typed numbers of the kind they chose; a list moved a level down prints another kind.
    const typed = typedEnumeratorLength(paragraphText(paragraph), label) > 0 ? label : enumerator(list.enumeration, count);
    return { label, leaves: withoutTypedEnumerator(paragraph.children, typed) };
  });
}

/** The leaves with a leading enumerator of the same kind as `label` taken off. */
export function withoutTypedEnumerator(leaves: readonly TextLeaf[], label: string): TextLeaf[] {
  const text = leaves.map((l) => l.text).join('');
  const typed = typedEnumeratorLength(text, label);
  if (typed === 0) return [...leaves];
  let drop = typed;
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
  const lead = text.length - text.trimStart().length;
  const typed = readMarker(text.trimStart());
  if (!generated || !typed || typed.kind !== generated.kind) return 0;
  return lead + typed.text.length;
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
  const headings = role === 'body' ? [] : paragraphs.map((p) => (p.label === '' ? null : headingPartLength(paragraphText({ type: 'paragraph', children: p.leaves }))));
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
