import { isSearchSpace } from '../../../shared/library/search-query';

/*
 * The index (search_grams) holds, for each item, every character, every pair
 * and every three of adjacent characters once, each written as one token the
 * unicode61 tokenizer keeps whole: a character is its code point in base 36,
 * four digits wide (36⁴ > 0x10FFFF); a pair or three are two or three of
 * those. So a term of up to three characters, punctuation included, is one
 * exact token lookup, and one table answers every query in a single MATCH
 * that FTS5 merges itself. Whitespace is left out, as it can never be part of
 * a term.
 */

const WIDTH = 4;
/** The longest run of characters that is one token. */
export const TOKEN_CHARACTERS = 3;
const tokens = new Map<number, string>();

function token(codePoint: number): string {
  let text = tokens.get(codePoint);
  if (text === undefined) {
    text = codePoint.toString(36).padStart(WIDTH, '0');
    tokens.set(codePoint, text);
  }
  return text;
}

/** The tokens of the given (already case-folded) texts, each once, space-separated; runs never span whitespace or two texts. */
export function gramsText(texts: readonly string[]): string {
  const seen = new Set<string>();
  for (const text of texts) {
    // The last two characters' tokens, for the pair and the three ending here.
    let one = '';
    let two = '';
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (isSearchSpace(codePoint)) {
        one = two = '';
        continue;
      }
      const here = token(codePoint);
      seen.add(here);
      if (one !== '') seen.add(one + here);
      if (two !== '') seen.add(two + here);
      two = one === '' ? '' : one + here;
      one = here;
    }
  }
  return [...seen].join(' ');
}

/** The FTS5 query for one run of one to three characters (no whitespace, case-folded). */
export function gramQuery(term: string): string {
  let text = '';
  for (const char of term) text += token(char.codePointAt(0)!);
  return `"${text}"`;
}
