import { linesAt } from './printed-width';

/**
 * A text column for the search: its lines' widths in each row (characters),
 * and the narrowest it may be (twips).
 */
export interface TextColumn {
  rows: readonly (readonly number[])[];
  floor: number;
}

/** Characters a column of this many twips holds on a line. */
export type Capacity = (twips: number) => number;

/**
 * The table's estimated height for some text-column widths: per row, the
 * most lines any of its cells takes, summed; then, to rank widths that give
 * the same lines, the same sum of lines counted in fractions (a paragraph
 * takes its width over the room, but never less than one line: widening a
 * column past its paragraphs gains nothing).
 */
function height(
  columns: readonly TextColumn[],
  widths: readonly number[],
  capacity: Capacity,
  fixedLines: readonly number[],
): [number, number] {
  const characters = widths.map(capacity);
  let lines = 0;
  let fullness = 0;
  fixedLines.forEach((fixed, r) => {
    let most = fixed;
    let fullest = 0;
    columns.forEach((column, c) => {
      const cell = column.rows[r]!;
      most = Math.max(most, linesAt(cell, characters[c]!));
      fullest = Math.max(
        fullest,
        cell.reduce((sum, w) => sum + Math.max(1, w / characters[c]!), 0),
      );
    });
    lines += most;
    fullness += fullest;
  });
  return [lines, fullness];
}

const better = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1] - 1e-9);

/** Steps the search moves room by, in characters: coarse first, then fine. */
const STEPS = [4, 2, 1, 0.5];

/**
 * Moves room between the text columns, a step at a time, while that makes
 * the table shorter: proportional shares are a good start, but a column
 * whose text is long in a few rows only (one long problem among short ones)
 * needs more than its share and a column never the tallest in its row less.
 * `fixedLines` holds, per row, the lines the short columns already take.
 */
export function shortenTable(
  columns: readonly TextColumn[],
  start: readonly number[],
  capacity: Capacity,
  em: number,
  fixedLines: readonly number[],
): number[] {
  const widths = [...start];
  let current = height(columns, widths, capacity, fixedLines);
  for (const step of STEPS.map((s) => s * em)) {
    for (let moved = true; moved;) {
      moved = false;
      let best: { from: number; to: number; score: [number, number] } | null = null;
      for (let from = 0; from < widths.length; from += 1) {
        if (widths[from]! - step < columns[from]!.floor) continue;
        for (let to = 0; to < widths.length; to += 1) {
          if (to === from) continue;
          widths[from]! -= step;
          widths[to]! += step;
          const score = height(columns, widths, capacity, fixedLines);
          widths[from]! += step;
          widths[to]! -= step;
          if (better(score, best?.score ?? current)) best = { from, to, score };
        }
      }
      if (best) {
        widths[best.from]! -= step;
        widths[best.to]! += step;
        current = best.score;
        moved = true;
      }
    }
  }
  return widths;
}
