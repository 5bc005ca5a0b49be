import { cleanLine } from '../clean-text';
import type { SourceDocument, SourceLine } from '../source';
import { toSimplified } from '../traditional';
import type { ReviewSourceLine } from './source-map';

/**
 * The file's lines as the review shows them beside the tree: cleaned as the
 * importer cleans them before reading (so they compare with what it made),
 * in Simplified characters where the importer converted a Traditional text,
 * blank lines left out, each with its own number, those the importer
 * dropped as page furniture marked so (droppedLines).
 */
export function reviewSourceLines(source: SourceDocument, dropped: readonly SourceLine[]): ReviewSourceLine[] {
  const lines = toSimplified(source.lines)
    .lines.map((l) => ({ line: l.line, text: cleanLine(l.text) }))
    .filter((l) => l.text !== '');
  return droppedLines(lines, dropped);
}

/**
 * Which lines the importer dropped, from what it lists as dropped. It lists
 * a line by its number, but not always the whole line: a table's label and
 * the value on the line under it as one entry (发布机构：value, numbered as
 * the label), the furniture run into a title's line alone (the title kept).
 * So a line is dropped when an entry is its text, or when it is the label
 * or the value of an entry that is the label line and the line under it; a
 * line of which only part was dropped is kept, that part named (droppedPart).
 */
export function droppedLines(lines: readonly { line: number; text: string }[], dropped: readonly SourceLine[]): ReviewSourceLine[] {
  const byLine = new Map<number, SourceLine[]>();
  // Cleaned as the lines are (the importer lists cleaned text; cleaning twice changes nothing).
  for (const entry of dropped)
    byLine.set(entry.line, [...(byLine.get(entry.line) ?? []), { line: entry.line, text: cleanLine(entry.text) }]);
  const whole = new Set<number>();
  const part = new Map<number, string>();
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    for (const entry of byLine.get(l.line) ?? []) {
      if (entry.text === l.text) whole.add(l.line);
      else if (next && isLabelAndValue(entry.text, l.text, next.text)) {
        whole.add(l.line);
        whole.add(next.line);
      } else if (l.text.includes(entry.text)) part.set(l.line, entry.text);
    }
  });
  return lines.map((l) => {
    const shown: ReviewSourceLine = { line: l.line, text: l.text, dropped: whole.has(l.line) };
    const droppedPart = part.get(l.line);
    return droppedPart !== undefined && !shown.dropped ? { ...shown, droppedPart } : shown;
  });
}

/** An entry made of a label line (its colon, if any, left off) and the value on the line under it, joined by one separator. */
function isLabelAndValue(entry: string, label: string, value: string): boolean {
  const name = label.replace(/[：:]$/u, '');
  return entry.length === name.length + 1 + value.length && entry.startsWith(name) && entry.endsWith(value);
}
