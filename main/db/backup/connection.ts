import BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../database';

/**
 * A plain connection to a backup file or a staging copy, outside
 * openDatabase (which would switch it to WAL and migrate it). It loads the
 * same compiled addon as the app's own connection: `npm start` runs the
 * source tree under Electron with an Electron build named in the environment.
 */
export function openFile(path: string, options: { readonly?: boolean } = {}): Database {
  const nativeBinding = process.env['ZHENGGAI_SQLITE_BINDING'];
  return new BetterSqlite3(path, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}

/** Pages per backup step: everything at once, so the copy is one consistent snapshot and never restarts halfway. */
export const ALL_PAGES = 0x7fffffff;

/** SQLite's online backup of `db` into `target`, in one step after the first (better-sqlite3 always starts with an empty one). */
export async function onlineBackup(db: Database, target: string): Promise<void> {
  await db.backup(target, { progress: () => ALL_PAGES });
}
