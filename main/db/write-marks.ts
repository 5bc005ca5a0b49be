import type { Database } from './connections';
import { cachedStatement } from './search/statements';

/**
 * Where the connection stands in the history of writes: total_changes()
 * moves with every row this connection writes, data_version with every
 * commit by another connection. What was read at one mark is still what is
 * stored at an equal mark — provided it was not read inside a transaction
 * that later rolled back, which leaves total_changes() where it was.
 */
export interface WriteMarks {
  totalChanges: number;
  dataVersion: number;
}

export function writeMarks(db: Database): WriteMarks {
  const { changes } = cachedStatement(db, 'SELECT total_changes() AS changes').get() as { changes: number };
  return { totalChanges: changes, dataVersion: db.pragma('data_version', { simple: true }) as number };
}

export function sameMarks(a: WriteMarks, b: WriteMarks): boolean {
  return a.totalChanges === b.totalChanges && a.dataVersion === b.dataVersion;
}
