import { isSearchSpace } from '../../../shared/library/search-query';

/*
 * The short-term index (search_grams) holds, for each item, every character
 * and every pair of adjacent characters once, each written as one token the
 * unicode61 tokenizer keeps whole: a character is its code point in base 36,
 * four digits wide (36⁴ > 0x10FFFF); a pair is two of those. So a term of one
 * or two characters, punctuation included, is one exact token lookup.
 * Whitespace is left out, as it can never be part of a term.
 */

const WIDTH = 4;
const tokens = new Map<number, string>();

function token(codePoint: number): string {
  let text = tokens.get(codePoint);
  if (text === undefined) {
    text = codePoint.toString(36).padStart(WIDTH, '0');
    tokens.set(codePoint, text);
  }
  return text;
}

/** The tokens of the given (already case-folded) texts, each once, space-separated; pairs never span two texts. */
export function gramsText(texts: readonly string[]): string {
  const singles = new Set<number>();
  const pairs = new Map<number, Set<number>>();
  for (const text of texts) {
    let previous = -1;
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (isSearchSpace(codePoint)) {
        previous = -1;
        continue;
      }
      singles.add(codePoint);
      if (previous !== -1) {
        let next = pairs.get(previous);
        if (!next) pairs.set(previous, (next = new Set()));
        next.add(codePoint);
      }
      previous = codePoint;
    }
  }
  const out: string[] = [];
  for (const codePoint of singles) out.push(token(codePoint));
  for (const [first, seconds] of pairs) {
    const head = token(first);
    for (const second of seconds) out.push(head + token(second));
  }
  return out.join(' ');
}

/** The FTS5 query for one term of one or two characters (no whitespace, case-folded). */
export function gramQuery(term: string): string {
  let text = '';
  for (const char of term) text += token(char.codePointAt(0)!);
  return `"${text}"`;
}
