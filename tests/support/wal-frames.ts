import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

/**
 * What a checkpoint killed part way leaves: the newest committed copy of
 * the `count` lowest-numbered pages in the log written into the main file
 * (SQLite backfills in page order), the log itself untouched. Returns how
 * many distinct pages the log holds.
 */
export function foldPartly(path: string, count: number): number {
  const log = readFileSync(`${path}-wal`);
  const pageSize = log.readUInt32BE(8);
  const salts = [log.readUInt32BE(16), log.readUInt32BE(20)];
  const committed = new Map<number, number>();
  let open = new Map<number, number>();
  for (let at = 32; at + 24 + pageSize <= log.length; at += 24 + pageSize) {
    if (log.readUInt32BE(at + 8) !== salts[0] || log.readUInt32BE(at + 12) !== salts[1]) break;
    open.set(log.readUInt32BE(at), at + 24);
    // A frame with a database size is a commit: the pages before it count.
    if (log.readUInt32BE(at + 4) !== 0) {
      for (const [page, offset] of open) committed.set(page, offset);
      open = new Map();
    }
  }
  const pages = [...committed.keys()].sort((a, b) => a - b);
  const fd = openSync(path, 'r+');
  try {
    for (const page of pages.slice(0, count)) writeSync(fd, log, committed.get(page)!, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return pages.length;
}
