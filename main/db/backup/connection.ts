import BetterSqlite3 from 'better-sqlite3';
import { binding } from '../connections';
import type { Database } from '../database';

/**
 * A plain connection to a backup file or a staging copy, outside
 * openDatabase (which would switch it to WAL and migrate it), loading the
 * same compiled addon as the app's own connection.
 */
export function openFile(path: string, options: { readonly?: boolean } = {}): Database {
  return new BetterSqlite3(path, { fileMustExist: true, readonly: options.readonly ?? false, ...binding() });
}

/** Pages per backup step: everything at once, so the copy is one consistent snapshot and never restarts halfway. */
export const ALL_PAGES = 0x7fffffff;

/** How long a backup keeps trying while another connection holds the write lock (the app's own busy timeout). */
export const BACKUP_BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite's online backup of `db` into `target`, in one step after the first
 * (better-sqlite3 always starts with an empty one).
 *
 * better-sqlite3 opens the target without a busy handler, and when that
 * first step meets a lock held elsewhere (SQLITE_BUSY) it reads "0 pages
 * remaining" (nothing counted yet) as done and resolves with nothing
 * copied: a restore into a database another process is writing would
 * report success and change nothing. A finished backup always counts at
 * least one page, so zero means "try again", until the time limit, after
 * which the failure is SQLITE_BUSY.
 */
export async function onlineBackup(db: Database, target: string): Promise<void> {
  const deadline = Date.now() + BACKUP_BUSY_TIMEOUT_MS;
  for (;;) {
    const progress = await db.backup(target, { progress: () => ALL_PAGES });
    if (progress.totalPages > 0 && progress.remainingPages === 0) return;
    if (Date.now() > deadline) throw Object.assign(new Error('backup: database is locked'), { code: 'SQLITE_BUSY' });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
