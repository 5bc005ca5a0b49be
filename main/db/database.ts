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
  const result = db
    .transaction(() => {
      // Holding the write lock: nobody else can begin the log meanwhile.
      if (onDisk && outermost) markNewLog(db, walBytes(db.name));
      return fn();
    })
    .immediate();
  if (outermost && onDisk) checkpointIfLong(db, () => walBytes(db.name));
  return result;
}

function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}
