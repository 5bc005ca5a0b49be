import { CHINESE_CLASS, isChinese, toFullWidthPunctuation } from './punctuation';
import { mapTagged, replaceTagged, splitPieces, tagPieces } from './tagged-text';

/**
 * The forms an approver expects in a Chinese official document, applied to
 * text however it was typed or pasted:
 *  - no zero-width characters (U+200B–U+200D, U+2060, the U+FEFF BOM, soft hyphens);
 *  - full-width punctuation in Chinese context (see punctuation.ts, which
 *    leaves URLs, e-mail addresses, 9:00, 1.5, 1,000 and level-3 `1.` alone);
 *  - `……` for `...`, `。。。` or a lone `…`; `——` for `--`, `－－` or a lone `—` between Chinese;
 *  - 〔〕 round the year of a document number (东府[2018]329号 → 东府〔2018〕329号);
 *  - 〈〉 for titles quoted inside a 《》 title;
 *  - no half-width spaces between Chinese characters, or between Chinese and
 *    digits (2021年12 月 → 2021年12月); spaces between Latin words stay.
 * Used by the composer at export, by the importer on each line, and on paste.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  return normalizeRuns([text], options)[0]!;
}

export interface NormalizeOptions {
  /**
   * Leave half-width spaces where they are. The importer reads a line's
   * spaces to tell a page's menus (首页 莞邑廉情 信访举报) from the text and
   * closes them up only after that.
   */
  keepSpaces?: boolean;
}

/**
 * normalizeText over the runs of one paragraph: context crosses run
 * boundaries (a bold run ending in 12 and a plain one starting with 月), and
 * the result has one piece per run, each character removed or inserted
 * counted to the run it came from.
 */
export function normalizeRuns(texts: readonly string[], options: NormalizeOptions = {}): string[] {
  let tagged = tagPieces(texts);
  tagged = replaceTagged(tagged, ZERO_WIDTH, () => '');
  tagged = mapTagged(tagged, toFullWidthPunctuation);
  tagged = replaceTagged(tagged, ELLIPSIS, chineseEllipsis);
  // The patterns look around every character; a text without the one mark each needs is spared them (export time is spent here).
  if (/[-－—]/u.test(tagged.text)) tagged = replaceTagged(tagged, DASH, () => '——');
  if (tagged.text.includes('号')) tagged = replaceTagged(tagged, DOCUMENT_NUMBER_YEAR, (match) => `〔${match[1]}〕`);
  tagged = mapTagged(tagged, nestedTitleMarks);
  if (!options.keepSpaces && ANY_SPACE.test(tagged.text)) tagged = replaceTagged(tagged, SPACES_IN_CHINESE, () => '');
  return splitPieces(tagged, texts.length);
}

/** Text without the invisible characters web pages and Word leave behind. */
export function removeZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/** Shared with the pre-submission check (shared/check/rules), so the check calls wrong just what the export corrects. */
export const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const H = `[${CHINESE_CLASS}]`;
/** Half-width and typographic spaces; U+3000, the ideographic space, is a real character of Chinese text and stays. */
export const SPACE = '[ \\u00A0\\u2000-\\u200A\\u202F\\u205F]';
export const UNIT = '[%‰℃°]';

/**
 * A few spaces at most around a mark: the patterns look around each candidate,
 * and an unbounded run of spaces there would make a line of spaces quadratic.
 */
const GAP = `${SPACE}{0,3}`;
export const ELLIPSIS = /\.{3,}|。{3,}|(?<!…)…(?!…)/gu;
export const DASH = new RegExp(`(?<=${H}${GAP})(?:--|－－|(?<!—)—(?!—))(?=${GAP}${H})`, 'gu');
// A year in brackets right after a 发文机关代字 (Han characters) and before the serial number and 号.
export const DOCUMENT_NUMBER_YEAR = new RegExp(
  `(?<=\\p{Script=Han}${GAP})[\\[［【(（〔]${GAP}((?:19|20)\\d{2})${GAP}[\\]］】)）〕](?=${GAP}\\d{1,5}${GAP}号)`,
  'gu',
);
const ANY_SPACE = new RegExp(SPACE, 'u');
export const SPACES_IN_CHINESE = new RegExp(
  [`(?<=${H})${SPACE}+(?=${H}|\\d|${UNIT})`, `(?<=\\d|${UNIT})${SPACE}+(?=${H})`, `(?<=\\d)${SPACE}+(?=${UNIT})`].join('|'),
  'gu',
);

/** `……` for an ellipsis typed as dots or a single …, where it stands in Chinese text; 。。。 always. */
export function chineseEllipsis(match: RegExpExecArray, text: string): string | null {
  if (match[0].startsWith('。')) return '……';
  const before = nonSpace(text, match.index - 1, -1);
  const after = nonSpace(text, match.index + match[0].length, 1);
  return isChinese(before) || isChinese(after) ? '……' : null;
}

/** The nearest character that is not white space, from unit `index` on in one direction ('' at either end). */
function nonSpace(text: string, index: number, step: 1 | -1): string {
  let i = index;
  while (i >= 0 && i < text.length && /\s/u.test(text[i]!)) i += step;
  if (i < 0 || i >= text.length) return '';
  // Stepping back onto the second half of a character outside the BMP (𠀀): read it from its first half.
  if (step === -1 && i > 0 && /[\uDC00-\uDFFF]/u.test(text[i]!)) i--;
  return String.fromCodePoint(text.codePointAt(i)!);
}

/**
 * A title quoted inside a 《》 title takes 〈〉: 《关于印发《…》的通知》 and
 * 《关于印发<…>的通知》 → 《关于印发〈…〉的通知》. Only pairs that close
 * inside an outer 《》 that itself closes change; < and > elsewhere
 * (a formula, 5<x) are left as they are. Unit for unit.
 */
function nestedTitleMarks(text: string): string {
  if (!text.includes('《')) return text;
  // Every mark that opens a title, with the title around it: one pass, then
  // one pass over the marks, so a line of ten thousand 《 stays linear.
  const marks: TitleMark[] = [];
  const open: number[] = [];
  const enclosing = () => {
    const top = open.at(-1);
    if (top === undefined) return -1;
    return marks[top]!.kind === 'book' ? top : marks[top]!.parent;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '《' || ((c === '<' || c === '＜' || c === '〈') && open.length > 0)) {
      marks.push({ kind: c === '《' ? 'book' : 'angle', at: i, close: -1, parent: enclosing() });
      open.push(marks.length - 1);
    } else if ((c === '>' || c === '＞' || c === '〉') && open.length > 0 && marks[open.at(-1)!]!.kind === 'angle') {
      marks[open.pop()!]!.close = i;
    } else if (c === '》') {
      // < left open inside the title are not pairs.
      while (open.length > 0 && marks[open.at(-1)!]!.kind === 'angle') open.pop();
      const book = open.pop();
      if (book !== undefined) marks[book]!.close = i;
    }
  }
  // A title counts as closed when it and every title around it close; marks are in order, so parents come first.
  const closedChain: boolean[] = [];
  const change = new Set<number>();
  marks.forEach((mark, index) => {
    const parentClosed = mark.parent === -1 || closedChain[mark.parent]!;
    closedChain[index] = mark.kind === 'book' && mark.close !== -1 && parentClosed;
    if (mark.close !== -1 && mark.parent !== -1 && closedChain[mark.parent]) change.add(mark.at).add(mark.close);
  });
  if (change.size === 0) return text;
  // Unit by unit (split('')), as the positions were counted; every mark is one unit.
  return text
    .split('')
    .map((c, i) => (change.has(i) ? (OPENING_MARKS.has(c) ? '〈' : '〉') : c))
    .join('');
}

/** A 《 or < in a line: where it opens and closes (-1 if it never does), and the 《 title around it (-1 if none). */
interface TitleMark {
  kind: 'book' | 'angle';
  at: number;
  close: number;
  parent: number;
}

const OPENING_MARKS = new Set(['《', '<', '＜', '〈']);
