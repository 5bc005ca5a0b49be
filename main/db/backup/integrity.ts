import type { Database } from '../database';
import { openFile } from './connection';

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

/**
 * The same check of an open database, run on a fresh read-only connection
 * to its file. A connection that has been open a while can report damage
 * that is not there: FTS5 keeps each index's structure cached per
 * connection, and integrity_check (quick_check too) reads that cache
 * without first asking whether another connection (the command line, a
 * restore) has changed the index since — a false "fts5: corruption found".
 * A new connection has nothing cached. An in-memory database has only the
 * one connection and is checked on it.
 */
export function integrityProblemsOfFile(db: Database): string[] {
  const path = db.name;
  if (!path || path === ':memory:' || db.memory) return integrityProblems(db);
  const fresh = openFile(path, { readonly: true });
  try {
    return integrityProblems(fresh);
  } finally {
    fresh.close();
  }
}
