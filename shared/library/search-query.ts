/**
 * How a search query is read. Whatever the user types is plain text: the
 * only structure is whitespace, which separates words that must all occur
 * (each inside one field of the item). Nothing here knows about SQLite, so
 * the same rules serve the index, the snippets and the tests' plain scan.
 */

/** Longest query accepted, in characters; longer input is cut, never refused mid-typing. */
export const MAX_QUERY_LENGTH = 200;

/**
 * True for the code points JavaScript's `\s` matches: the only characters
 * that split a query, and the only ones the short-term index leaves out.
 */
export function isSearchSpace(codePoint: number): boolean {
  if (codePoint <= 0x20) return codePoint === 0x20 || (codePoint >= 0x09 && codePoint <= 0x0d);
  return (
    codePoint === 0xa0 ||
    codePoint === 0x1680 ||
    (codePoint >= 0x2000 && codePoint <= 0x200a) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029 ||
    codePoint === 0x202f ||
    codePoint === 0x205f ||
    codePoint === 0x3000 ||
    codePoint === 0xfeff
  );
}

/**
 * Folds ASCII letters to lower case and leaves every other character as it
 * is, so that offsets in the folded text are offsets in the original.
 */
export function foldCase(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/** Length in Unicode characters (code points), as the index counts them. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

export interface ParsedQuery {
  /** The words, case-folded, each once, in the order typed. Empty: no text to match. */
  words: string[];
  /**
   * The whole query as one run of text: the words joined without the spaces
   * (Chinese text has none), except between two ASCII letters or digits
   * (`work plan`). Items containing it rank first. Null when there are no words.
   */
  phrase: string | null;
}

const WORD_BOUNDARY = /[0-9a-z]$/;
const WORD_START = /^[0-9a-z]/;

// Without the u flag a regular expression sees UTF-16 units: a surrogate without its partner.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function parseSearchQuery(query: string): ParsedQuery {
  // Half a character (a lone surrogate, or one the length limit cut in two) is no text to find: it goes.
  const text = foldCase(query.slice(0, MAX_QUERY_LENGTH).replace(LONE_SURROGATE, ''));
  const words: string[] = [];
  for (const word of text.split(/\s+/u)) {
    if (word !== '' && !words.includes(word)) words.push(word);
  }
  if (words.length === 0) return { words, phrase: null };
  let phrase = words[0]!;
  for (const word of words.slice(1)) {
    phrase += WORD_BOUNDARY.test(phrase) && WORD_START.test(word) ? ` ${word}` : word;
  }
  return { words, phrase };
}
