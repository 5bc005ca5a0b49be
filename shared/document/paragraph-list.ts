import type { Role } from '../layout/layout';
import { enumerationRole, enumerator } from '../layout/numbering';
import type { ParagraphList, TextLeaf } from '../model/rich-text';
import type { DocRun } from './blocks';

/** Characters that close a run-in heading (GB/T 9704: the heading part ends with its 。). */
const RUN_IN_END = /[。？！]/u;

/**
 * Splits a paragraph whose opening sentence is a heading: up to and including
 * the first 。 in the heading's font, the rest in the body font. A paragraph
 * with no 。 is a heading standing alone.
 */
export function runInHeading(leaves: readonly TextLeaf[], role: Role, heading3Bold: boolean): DocRun[] {
  const runs: DocRun[] = [];
  let inHeading = true;
  for (const leaf of leaves) {
    if (!inHeading) {
      runs.push(run(leaf.text, 'body', leaf.bold));
      continue;
    }
    const end = leaf.text.search(RUN_IN_END);
    if (end === -1) {
      runs.push(run(leaf.text, role, leaf.bold || headingBold(role, heading3Bold)));
      continue;
    }
    runs.push(run(leaf.text.slice(0, end + 1), role, leaf.bold || headingBold(role, heading3Bold)));
    runs.push(run(leaf.text.slice(end + 1), 'body', leaf.bold));
    inHeading = false;
  }
  return runs.filter((r) => r.text !== '');
}

/** Level-3 headings are bold only where the house asks for it. */
export function headingBold(role: Role, heading3Bold: boolean): boolean {
  return role === 'heading3' && heading3Bold;
}

function run(text: string, role: DocRun['role'], bold: boolean | undefined): DocRun {
  return bold ? { text, role, bold: true } : { text, role };
}

/**
 * The paragraphs of a list with their generated enumerators. A list with
 * fewer than two numbered paragraphs prints without enumerators (one
 * measure is not “一是”). Empty paragraphs are left out. `lead` runs open
 * the first paragraph (具体整改落实情况如下：…); with no paragraphs the lead
 * stands alone, if there is one.
 */
export function composeList(list: ParagraphList, lead: DocRun[], heading3Bold: boolean): DocRun[][] {
  const paragraphs = list.paragraphs.filter((p) => p.children.some((leaf) => leaf.text.trim() !== ''));
  const numbered = paragraphs.filter((p) => !p.continued).length;
  const enumerate = list.enumeration !== 'none' && numbered >= 2;
  const role = enumerationRole(list.enumeration);
  let count = 0;
  const composed = paragraphs.map((paragraph, index) => {
    const leaves = paragraph.children;
    let runs: DocRun[];
    if (enumerate && !paragraph.continued) {
      const label = enumerator(list.enumeration, ++count);
      runs =
        role === 'body'
          ? [run(label, 'body', false), ...leaves.map((l) => run(l.text, 'body', l.bold))]
          : runInHeading([{ text: label }, ...leaves], role, heading3Bold);
    } else {
      runs = leaves.map((l) => run(l.text, 'body', l.bold));
    }
    return (index === 0 ? [...lead, ...runs] : runs).filter((r) => r.text !== '');
  });
  if (composed.length === 0 && lead.length > 0) return [lead];
  return composed;
}
