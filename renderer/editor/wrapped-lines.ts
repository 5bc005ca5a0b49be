import { leadingMarker } from '../../shared/document/paragraph-list';
import { displayWidth } from '../../shared/text/width';

/**
 * The lines of pasted plain text put back into the paragraphs they were
 * printed from. Text copied from a PDF has a hard break at every printed
 * line, mid-sentence; text from Word, WPS or a text editor has one line per
 * paragraph. A line joins the next when it reaches the block's right margin
 * (about as wide as its widest lines), does not end a sentence (。！？；：),
 * and the next line does not start a paragraph of its own (an enumerator
 * such as 一、 （一） 1. 一是, an indent). Short lines (headings, a
 * paragraph's last line) and blank lines end a paragraph. When the copy
 * kept the indent of its paragraphs' first lines, the indent alone says
 * where paragraphs start, so a sentence that ends at the margin, or 二是
 * run on at the start of a line, stays inside its paragraph. Page numbers
 * (— 3 —) between two pages are left out, so a paragraph runs on across
 * the page break. A block with no margin (fewer than two lines as wide as
 * its widest) was not wrapped, and keeps its lines as they are.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const kept = lines.filter((line) => !PAGE_NUMBER.test(line));
  const margin = rightMargin(kept.map(displayWidth));
  if (margin === null) return [...kept];
  const full = margin - tolerance(margin);
  const indented = kept.some(isIndented);
  const out: string[] = [];
  let open = false;
  for (const line of kept) {
    if (open && !startsParagraph(line, indented)) out[out.length - 1] = joinLine(out.at(-1)!, line);
    else out.push(line);
    open = line.trim() !== '' && displayWidth(line) >= full && (indented || !SENTENCE_END.test(line.trimEnd()));
  }
  return out;
}

/** A page number as GB/T 9704 prints it (— 3 —), or with hyphens. */
const PAGE_NUMBER = /^\s*[-—–－]\s*\d{1,4}\s*[-—–－]\s*$/u;

/** Sentence-final marks, with the closing quotes and brackets that may follow them (。” ！）). */
const SENTENCE_END = /[。！？；：…!?;:.][”’"'」』）)】]*$/u;

/**
 * The narrowest width a block of wrapped lines is taken to have. A PDF's
 * body text runs 28 characters a line (GB/T 9704) or more; lines under 20
 * that are about as wide as each other are a list typed line by line
 * (措施 written as short phrases, 联系人 and 电话 on lines of their own).
 */
const NARROWEST_MARGIN = 20;

/**
 * How far short of the margin a line may stop and still be full: justified
 * Chinese lines vary by a character or two (a closing mark kept on the line,
 * half-width digits), Latin lines by the word that did not fit.
 */
function tolerance(margin: number): number {
  return Math.max(2, margin * 0.12);
}

/**
 * The width at which the block's lines were wrapped: its widest line's,
 * when another line comes close to it. A line far wider than all others
 * (a paragraph from Word) means the block was not wrapped at all.
 */
function rightMargin(widths: readonly number[]): number | null {
  const [widest, next] = [...widths].sort((a, b) => b - a);
  if (widest === undefined || next === undefined || widest < NARROWEST_MARGIN) return null;
  return next >= widest - tolerance(widest) ? widest : null;
}

/** An indent at the start of a line, as a copy that keeps it writes one: a full-width space, or two spaces or more. */
function isIndented(line: string): boolean {
  return /^(?:\u3000|\s{2,})\S/u.test(line);
}

/**
 * True when the line opens a paragraph of its own: blank, indented, or (in
 * a copy that dropped its indents) led by an enumerator.
 */
function startsParagraph(line: string, indented: boolean): boolean {
  if (line.trim() === '' || isIndented(line)) return true;
  return !indented && leadingMarker(line) !== null;
}

/**
 * Two printed lines as one: Chinese runs on with nothing between (a PDF
 * breaks between any two characters), Latin words keep the space the line
 * break stood for; the digits of one number run on.
 */
export function joinLine(before: string, after: string): string {
  const head = before.trimEnd();
  const tail = after.trimStart();
  const last = head.at(-1) ?? '';
  const first = tail[0] ?? '';
  const space = LATIN_END.test(last) && LATIN_START.test(first) && !(DIGIT.test(last) && DIGIT.test(first));
  return head + (space ? ' ' : '') + tail;
}

const LATIN_END = /[A-Za-z0-9,;:!?.)'"%]/u;
const LATIN_START = /[A-Za-z0-9('"]/u;
const DIGIT = /\d/u;
