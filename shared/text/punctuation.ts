/**
 * Turns half-width punctuation into the full-width forms a Chinese document
 * needs, where it stands in Chinese context; leaves URLs, e-mail addresses,
 * times (9:00), decimals, thousands separators and level-3 numbering (1.)
 * alone. One character in, one character out, so offsets into the text (the
 * bold runs of a paragraph) stay valid.
 */
export function toFullWidthPunctuation(text: string): string {
  if (!HALF_WIDTH_PUNCTUATION.test(text)) return text;
  const chars = Array.from(text);
  const protectedAt = protectedPositions(text, chars);
  const out = chars.slice();
  let doubleOpen = true;
  let singleOpen = true;
  const parens: number[] = [];
  // "…" taken in pairs: an opening mark in Latin text whose closing one stands in Chinese (he said "ok"，) opens a Chinese quote.
  const doubleQuotes: number[] = [];
  if (text.includes('"')) {
    for (let i = 0; i < chars.length; i++) if (chars[i] === '"' && !protectedAt.has(i)) doubleQuotes.push(i);
  }
  const quoteOrdinal = new Map(doubleQuotes.map((at, k) => [at, k]));

  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    // Only the marks below change or open and close anything; the context is read for them alone (export time is spent here).
    if (!HALF_WIDTH_MARKS.has(c) || protectedAt.has(i)) continue;
    const before = neighbour(out, i, -1);
    const after = neighbour(chars, i, 1);
    const chineseAround = isChinese(before) || isChinese(after);
    // `91%;12月`: a separator between figures still sits in a Chinese sentence.
    const chineseNear = chineseAround || chineseWithin(chars, i, 3);
    switch (c) {
      case ',':
        if (isDigit(before) && isDigit(after)) break; // 1,000
        if (chineseNear) out[i] = '，';
        break;
      case ':':
        if (isDigit(before) && isDigit(after)) break; // 9:00
        if (chineseAround) out[i] = '：';
        break;
      case ';':
        if (chineseNear) out[i] = '；';
        break;
      case '?':
        if (isChinese(before)) out[i] = '？';
        break;
      case '!':
        if (isChinese(before)) out[i] = '！';
        break;
      case '.':
        // Only a full stop after Chinese at the end of a sentence; `1.` stays.
        if (isChinese(before) && !isDigit(before) && (after === '' || isChinese(after))) out[i] = '。';
        break;
      case '"':
        if (chineseAround || !doubleOpen || chineseAfterPartner(chars, quoteOrdinal.get(i)!, doubleQuotes)) {
          out[i] = doubleOpen ? '“' : '”';
          doubleOpen = !doubleOpen;
        }
        break;
      case "'":
        if (chineseAround || !singleOpen) {
          out[i] = singleOpen ? '‘' : '’';
          singleOpen = !singleOpen;
        }
        break;
      case '(':
        parens.push(i);
        break;
      case ')': {
        const open = parens.pop();
        if (open === undefined) {
          if (chineseAround) out[i] = '）';
          break;
        }
        const inside = chars.slice(open + 1, i);
        const outside = [neighbour(chars, open, -1), after];
        if (inside.some(isChinese) || outside.some(isChinese)) {
          out[open] = '（';
          out[i] = '）';
        }
        break;
      }
      default:
        break;
    }
  }
  for (const open of parens) {
    if (isChinese(neighbour(chars, open, -1)) || isChinese(neighbour(chars, open, 1))) out[open] = '（';
  }
  return out.join('');
}

/** The mark pairing with the k-th " of the text (the next one) stands in Chinese context. */
function chineseAfterPartner(chars: string[], k: number, quotes: readonly number[]): boolean {
  if (k % 2 === 1 || k + 1 >= quotes.length) return false;
  const close = quotes[k + 1]!;
  return isChinese(neighbour(chars, close, -1)) || isChinese(neighbour(chars, close, 1));
}

/** The half-width marks this turns full-width (none needs escaping in a character class). */
const MARKS = ',:;?!."\'()';
const HALF_WIDTH_PUNCTUATION = new RegExp(`[${MARKS}]`);
const HALF_WIDTH_MARKS = new Set(MARKS);

/** The characters isChinese accepts, as the body of a regular-expression class (for patterns with the u flag). */
export const CHINESE_CLASS =
  '\\u4e00-\\u9fff\\u3400-\\u4dbf\\u3000-\\u303f\\uff01-\\uff60\\u2018-\\u201f\\u2014\\u2026\\u{20000}-\\u{2fa1f}';

/** Han characters and full-width punctuation count as Chinese context. */
export function isChinese(char: string): boolean {
  if (char === '') return false;
  const code = char.codePointAt(0)!;
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2014 ||
    code === 0x2026 ||
    (code >= 0x20000 && code <= 0x2fa1f)
  );
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/** True when a Chinese character stands within `reach` characters on either side. */
function chineseWithin(chars: string[], index: number, reach: number): boolean {
  for (let d = 1; d <= reach; d++) {
    if (isChinese(chars[index - d] ?? '') || isChinese(chars[index + d] ?? '')) return true;
  }
  return false;
}

/** The nearest character in one direction, skipping plain spaces. */
function neighbour(chars: string[], index: number, step: 1 | -1): string {
  for (let j = index + step; j >= 0 && j < chars.length; j += step) {
    if (chars[j] !== ' ') return chars[j]!;
  }
  return '';
}

/**
 * URLs and e-mail addresses, which keep their own punctuation; shared with
 * the pre-submission check (protected-ranges.ts). Each starts only where its
 * run of letters starts, so a line of letters is read once, not once per letter.
 */
export const PROTECTED = [
  /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+/giu, // URLs
  /(?<![a-z0-9.-])www\.[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+/giu,
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gu, // e-mail addresses
];

/** True when the text may hold a URL or an e-mail address (most paragraphs hold neither). */
export function mayHoldAddresses(text: string): boolean {
  return text.includes('@') || text.includes('://') || /www\./i.test(text);
}

/** The end of a protected match: a sentence's own full stop or comma after a URL is not part of it. */
export function protectedLength(matched: string): number {
  return matched.replace(/[.,;:!?)]+$/u, '').length;
}

/** Positions inside URLs and e-mail addresses, which keep their own punctuation. */
function protectedPositions(text: string, chars: readonly string[]): Set<number> {
  const positions = new Set<number>();
  // Most paragraphs hold neither; skip the pattern work for them.
  if (!mayHoldAddresses(text)) return positions;
  // Regex indices count UTF-16 units; map them to code point positions.
  const unitToPoint: number[] = [];
  chars.forEach((c, point) => {
    for (let k = 0; k < c.length; k++) unitToPoint.push(point);
  });
  for (const pattern of PROTECTED) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + protectedLength(match[0]);
      for (let u = match.index; u < end; u++) positions.add(unitToPoint[u]!);
    }
  }
  return positions;
}
