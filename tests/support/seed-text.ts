/**
 * Helpers for comparing composed notices with the text of real published
 * notices (tests/fixtures/seeds/*.txt, copied from web pages).
 */

/**
 * Text reduced to what a comparison should look at: Unicode NFKC (so the
 * half-width `,` `(` `:` of web pages equal the full-width forms a document
 * uses) and no white space at all (web pages break lines and pad freely).
 */
export function normalizeForComparison(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * The body of a seed: from the first occurrence of `from` to the first
 * occurrence of `to` after it, both markers included. Throws when a marker
 * is missing, so a wrong marker never silently compares the wrong text.
 */
export function seedBody(seedFileText: string, from: string, to: string): string {
  const start = seedFileText.indexOf(from);
  if (start === -1) throw new Error(`seed start marker not found: ${JSON.stringify(from)}`);
  const end = seedFileText.indexOf(to, start + from.length);
  if (end === -1) throw new Error(`seed end marker not found after the start: ${JSON.stringify(to)}`);
  return seedFileText.slice(start, end + to.length);
}

/**
 * Where two texts first differ, with 40 characters of context either side,
 * for failure messages; null when they are equal.
 */
export function describeFirstDifference(expected: string, actual: string, context = 40): string | null {
  if (expected === actual) return null;
  const e = Array.from(expected);
  const a = Array.from(actual);
  let at = 0;
  while (at < e.length && at < a.length && e[at] === a[at]) at++;
  const around = (chars: string[]) => `${chars.slice(Math.max(0, at - context), at).join('')}⟦${chars.slice(at, at + context).join('')}⟧`;
  return [
    `texts differ at character ${at} (expected length ${e.length}, actual length ${a.length})`,
    `expected: …${around(e)}`,
    `actual:   …${around(a)}`,
  ].join('\n');
}
