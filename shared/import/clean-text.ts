import { normalizeText, removeZeroWidth, SPACES_IN_CHINESE } from '../text/normalize';
import { sanitizeText } from '../text/sanitize';

/** Every kind of space a page may use; U+3000 indents paragraphs in copied text. */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/gu;
const HAN = '\\p{Script=Han}';
const CJK_PUNCT = '\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\u2018-\\u201D';
const SPACED_PAIR = new RegExp(`[${HAN}${CJK_PUNCT}] (?=[${HAN}${CJK_PUNCT}])`, 'gu');
const CLOSE_PAIR = new RegExp(`[${HAN}](?=[${HAN}])`, 'gu');

/**
 * One line of a source as the importer reads it: invisible characters gone,
 * odd spaces made plain and trimmed, full-width letters and digits made
 * half-width, characters a document cannot hold removed, the spaces some
 * pages put between every two characters (中 共 东 莞) taken out, the
 * leading enumerator written the one way the parser knows (一. → 一、,
 * (1) → （1）), and the text normalised as a document needs it
 * (normalizeText: full-width punctuation, 〔2018〕, ——, ……); spaces stay
 * until closeUpLine.
 */
export function cleanLine(raw: string): string {
  let text = sanitizeText(removeZeroWidth(raw)).replace(SPACES, ' ');
  text = text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  text = text.replace(/ {2,}/g, ' ').trim();
  // A page's separators left at the end of a copied line (`…com。 |`).
  text = withoutTrailingSeparators(text);
  if (isSpacedOut(text)) text = text.replace(SPACED_PAIR, (pair) => pair.trimEnd());
  return normalizeText(sentenceStops(canonicalEnumerator(text)), { keepSpaces: true });
}

/**
 * The line without the | and ｜ (and spaces) it ends with. Scanned from the
 * end: the pattern /(?:\s*[|｜])+$/ is tried at every | of a line and is
 * quadratic on a long line of them.
 */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  let cut = end;
  while (end > 0) {
    const c = text[end - 1]!;
    if (c === '|' || c === '｜') cut = end - 1;
    else if (c !== ' ') break;
    end--;
  }
  return text.slice(0, cut).trim();
}

/**
 * A cleaned line once the importer no longer needs its spaces (they tell
 * a page's menus from the text): half-width spaces between Chinese
 * characters, or between Chinese and digits, taken out (2021年12 月 → 2021年12月).
 */
export function closeUpLine(line: string): string {
  // cleanLine has normalised everything else already; a second whole normalisation would double the cost of a long line.
  return line.replace(SPACES_IN_CHINESE, '');
}

/**
 * Full stops typed as `.` after a number, which the general normaliser
 * leaves alone (it cannot tell 12345678. from 1.): at the end of a Chinese
 * line, or between a long number and Chinese text (…22832508.欢迎).
 */
function sentenceStops(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  return text.replace(/(?<=[0-9A-Za-z])\.$/u, '。').replace(/(?<=\d{3,})\.(?=\p{Script=Han})/gu, '。');
}

/** True when most neighbouring Chinese characters are written with a space between them. */
function isSpacedOut(text: string): boolean {
  const spaced = text.match(SPACED_PAIR)?.length ?? 0;
  if (spaced < 3) return false;
  const close = text.match(CLOSE_PAIR)?.length ?? 0;
  return spaced > close;
}

/**
 * Leading enumerators as the parser expects them. Done before punctuation
 * is normalised, which would otherwise read the dot of 一.加强 as a full stop.
 */
function canonicalEnumerator(text: string): string {
  return text
    .replace(/^([一二三四五六七八九十]+)\s*[.．。]\s*(?=\S)/u, '$1、')
    .replace(/^[(（]\s*([一二三四五六七八九十]+|\d{1,3})\s*[)）]\s*/u, '（$1）')
    .replace(/^(\d{1,3})\s*(?:．|\.(?!\d))\s*/u, '$1.')
    .replace(/^(\d{1,3})\s*、\s*/u, '$1、');
}
