/**
 * Quotation marks nested the Chinese way: double quotes outside, single
 * quotes inside them, double again inside those (针对“‘三重一大’决策…”问题).
 * A quote the user typed inside a quoted problem, or a problem a layout wraps
 * in “…”, comes out right. Text whose quotes do not pair up is returned as it
 * was: guessing would change what the user wrote, and the pre-submission
 * check reports it instead. One character in, one out, so offsets into the
 * text stay valid.
 */

const OPEN: Record<string, string> = { '“': '”', '‘': '’' };
const CLOSE = new Set(['”', '’']);

/** The mark a quote at `depth` (0 outermost) takes: double at even depths, single at odd. */
function markAt(depth: number, opening: boolean): string {
  const double = depth % 2 === 0;
  if (opening) return double ? '“' : '‘';
  return double ? '”' : '’';
}

export function nestQuotes(text: string): string {
  if (!/[“‘]/u.test(text)) return text;
  const chars = Array.from(text);
  const out = chars.slice();
  // The mark each open quote was typed with, to tell a closing mark that pairs from one that does not.
  const open: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c in OPEN) {
      out[i] = markAt(open.length, true);
      open.push(c);
    } else if (CLOSE.has(c)) {
      const typed = open.pop();
      // A closing mark must pair with the open one typed of the same kind; a ’ inside Latin text (it’s) has none.
      if (typed === undefined || OPEN[typed] !== c) return text;
      out[i] = markAt(open.length, false);
    }
  }
  return open.length === 0 ? out.join('') : text;
}
