import type { Database } from '../database';

/** How many of SQLite's problem lines are kept; one is enough to refuse, a few help a report. */
const MAX_PROBLEMS = 20;

/**
 * SQLite's full integrity_check: every page, every index entry against its
 * row, every constraint. Slower than quick_check (which skips the index
 * comparison) and hence run at backup, at restore and on demand, not at
 * every start. An empty list means the file is intact.
 */
export function integrityProblems(db: Database): string[] {
  const rows = db.pragma(`integrity_check(${MAX_PROBLEMS})`, { simple: false }) as { integrity_check: string }[];
  const lines = rows.map((row) => row.integrity_check);
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}
