import type { TextRange } from '../../../../shared/library/search-types';

/** A run of a snippet's text, matched (to highlight) or not. */
export interface SnippetPiece {
  text: string;
  marked: boolean;
}

/**
 * Cuts a snippet's text at its highlight ranges. Ranges out of order,
 * overlapping or past the end are tolerated: every character appears once,
 * in order, so nothing the user wrote is lost or doubled on screen.
 */
export function snippetPieces(text: string, ranges: readonly TextRange[]): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(range.start, text.length));
    const end = Math.max(start, Math.min(range.end, text.length));
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    if (end > start) pieces.push({ text: text.slice(start, end), marked: true });
    at = Math.max(at, end);
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
