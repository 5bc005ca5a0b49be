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

/** The mark a quote at `depth` (0 outermost) takes: double at even depths, single at odd. */
function markAt(depth: number, opening: boolean): string {
  const double = depth % 2 === 0;
  if (opening) return double ? '“' : '‘';
  return double ? '”' : '’';
}

/** Every quotation mark, opening or closing; all are one UTF-16 unit. */
const QUOTES = /[“‘”’]/gu;

export function nestQuotes(text: string): string {
  if (!/[“‘]/u.test(text)) return text;
  // Only the marks are visited and rewritten; the text between them is copied in slices (export time is spent here).
  let out = '';
  let copied = 0;
  // The mark each open quote was typed with, to tell a closing mark that pairs from one that does not.
  const open: string[] = [];
  for (const match of text.matchAll(QUOTES)) {
    const c = match[0];
    let mark: string;
    if (c in OPEN) {
      mark = markAt(open.length, true);
      open.push(c);
    } else {
      const typed = open.pop();
      // A closing mark must pair with the open one typed of the same kind; a ’ inside Latin text (it’s) has none.
      if (typed === undefined || OPEN[typed] !== c) return text;
      mark = markAt(open.length, false);
    }
    out += text.slice(copied, match.index) + mark;
    copied = match.index + 1;
  }
  return open.length === 0 ? out + text.slice(copied) : text;
}
