import type { Role } from '../layout/layout';
import type { TextLeaf } from '../model/rich-text';
import type { DocRun } from './blocks';

/** Characters that close a run-in heading (GB/T 9704: the heading part ends with its 。). */
const SENTENCE_END = /[。？！]/u;

/** Longest heading, in characters: a heading is a phrase, never a paragraph. */
const HEADING_MAX = 40;

/**
 * What a body sentence holds and a heading does not: counted figures and
 * dates (对街道近3年下拨的专项资金进行了梳理 is a measure, not a heading).
 */
const BODY_SIGNS = /\d+(?:\.\d+)?\s*(?:年|月|日|个|万|亿|元|%|％|项|人|次|家|名|件|条|份|期|批)/u;

/**
 * The length (UTF-16 units) of the heading part a numbered paragraph opens
 * with: its first sentence up to and including 。 when that is short and reads
 * as a heading (以上率下层层压实责任。), the whole paragraph when it is a short
 * heading standing alone, or null when the paragraph is body text throughout.
 */
export function headingPartLength(text: string): number | null {
  const end = text.search(SENTENCE_END);
  const part = end === -1 ? text : text.slice(0, end + 1);
  if (part.trim() === '' || Array.from(part).length > HEADING_MAX || BODY_SIGNS.test(part)) return null;
  // Within the phrase only commas and 、 separate its clauses; a ；or ： means sentences.
  if (/[；：]/u.test(part)) return null;
  return part.length;
}

/** Level-3 headings are bold only where the house asks for it. */
export function headingBold(role: Role, heading3Bold: boolean): boolean {
  return role === 'heading3' && heading3Bold;
}

export function run(text: string, role: DocRun['role'], bold: boolean | undefined): DocRun {
  return bold ? { text, role, bold: true } : { text, role };
}

/**
 * A paragraph whose first `headingLength` units are a heading: those in the
 * heading's font, the rest in the body font, the user's bold kept on both.
 */
export function runInHeading(leaves: readonly TextLeaf[], role: Role, heading3Bold: boolean, headingLength: number): DocRun[] {
  const runs: DocRun[] = [];
  let left = headingLength;
  for (const leaf of leaves) {
    const cut = Math.max(0, Math.min(left, leaf.text.length));
    left -= cut;
    runs.push(run(leaf.text.slice(0, cut), role, leaf.bold || headingBold(role, heading3Bold)));
    runs.push(run(leaf.text.slice(cut), 'body', leaf.bold));
  }
  return runs.filter((r) => r.text !== '');
}
