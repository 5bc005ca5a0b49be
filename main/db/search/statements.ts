import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../connections';

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * A prepared statement kept per connection: search and the index flush run
 * on every keystroke-driven save and every query, and preparing costs more
 * than running. Never switch these to pluck() or raw(): the mode would stick
 * for every other caller of the same SQL.
 */
export function cachedStatement(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
