import { cleanLine } from '../clean-text';
import type { SourceDocument, SourceLine } from '../source';
import { toSimplified } from '../traditional';
import type { ReviewSourceLine } from './source-map';

/**
 * The file's lines as the review shows them beside the tree: cleaned as the
 * importer cleans them before reading (so they compare with what it made),
 * in Simplified characters where the importer converted a Traditional text,
 * blank lines left out, each with its own number, those the importer
 * dropped as page furniture marked so.
 */
export function reviewSourceLines(source: SourceDocument, dropped: readonly SourceLine[]): ReviewSourceLine[] {
  const droppedLines = new Set(dropped.map((l) => l.line));
  return toSimplified(source.lines)
    .lines.map((l) => ({ line: l.line, text: cleanLine(l.text), dropped: droppedLines.has(l.line) }))
    .filter((l) => l.text !== '');
}
