import { statSync } from 'node:fs';
import type { Database } from './connections';
import { checkpointIfLong, markNewLog } from './wal-ownership';

export type { Database } from './connections';

/**
 * Runs `fn` in one IMMEDIATE transaction: the write lock is taken up front,
 * so a read-then-write cannot fail half way with SQLITE_BUSY when another
 * connection (the CLI) writes at the same time; the busy timeout waits instead.
 * Inside another transaction it becomes a savepoint.
 * The repository functions keep the search index in step themselves, inside
 * `fn` (main/db/search/index-writes.ts), so it is exact at every commit.
 * The first write to an empty log marks whose log it is (wal-ownership.ts);
 * after the outermost commit a long log is folded into the file.
 */
export function writeTransaction<T>(db: Database, fn: () => T): T {
  const onDisk = !db.memory && !db.readonly;
  // Only the outermost transaction may mark: inside it the log is still empty on disk until the commit.
  const outermost = !db.inTransaction;
  const levels = commitCallbacks.get(db) ?? [];
  commitCallbacks.set(db, levels);
  levels.push([]);
  let result: T;
  try {
    result = db
      .transaction(() => {
        // Holding the write lock: nobody else can begin the log meanwhile.
        if (onDisk && outermost) markNewLog(db, walBytes(db.name));
        return fn();
      })
      .immediate();
  } catch (error) {
    // Rolled back: what it meant to run after the commit never runs.
    levels.pop();
    throw error;
  }
  const done = levels.pop()!;
  if (levels.length > 0) levels[levels.length - 1]!.push(...done);
  else if (outermost) for (const callback of done) callback();
  // Otherwise inside a transaction begun without writeTransaction, whose end this cannot see: dropped.
  if (outermost && onDisk) checkpointIfLong(db, () => walBytes(db.name));
  return result;
}

/** Callbacks waiting for the commit, one list per writeTransaction open on the connection, outermost first. */
const commitCallbacks = new WeakMap<Database, (() => void)[][]>();

/**
 * Runs `callback` right after the outermost writeTransaction around this
 * call commits, and never if it (or any writeTransaction between) rolls
 * back: for what the connection may remember only once a write is for good.
 * It must not throw: the write has committed, and its caller would take an
 * error for a failed write.
 */
export function afterCommit(db: Database, callback: () => void): void {
  const levels = commitCallbacks.get(db);
  const level = levels?.[levels.length - 1];
  if (level === undefined) throw new Error('afterCommit outside writeTransaction');
  level.push(callback);
}

function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}
