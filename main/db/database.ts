import type BetterSqlite3 from 'better-sqlite3';

/** An open connection; every repository function takes one first. */
export type Database = BetterSqlite3.Database;

/**
 * Runs `fn` in one IMMEDIATE transaction: the write lock is taken up front,
 * so a read-then-write cannot fail half way with SQLITE_BUSY when another
 * connection (the CLI) writes at the same time; the busy timeout waits instead.
 * Inside another transaction it becomes a savepoint.
 */
export function writeTransaction<T>(db: Database, fn: () => T): T {
  return db.transaction(fn).immediate();
}
