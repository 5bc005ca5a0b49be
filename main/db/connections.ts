import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';

// better-sqlite3 reads this once, when its addon loads (the first connection
// of the process): file: URIs are how SQLite is told to read a file as it is
// on disk, ignoring its log (`immutable=1`), which the checks at open need.
process.env['SQLITE_USE_URI'] ??= '1';

/** An open connection; every repository function takes one first. */
export type Database = BetterSqlite3.Database;

/** How long a statement waits for another connection (the CLI, a second window) to let go. */
export const BUSY_TIMEOUT_MS = 5000;

export interface ConnectionOptions {
  /** better-sqlite3's compiled addon to load instead of the default (an Electron-ABI build for `npm start`). */
  nativeBinding?: string;
}

/**
 * The addon to load: the one asked for, else the one `npm start` names in the
 * environment (it runs the source tree under Electron, whose ABI differs from
 * Node's), so every connection of the process — the store's, a check's, a
 * backup's — loads the same build.
 */
export function binding(options: ConnectionOptions = {}): { nativeBinding?: string } {
  const nativeBinding = options.nativeBinding ?? process.env['ZHENGGAI_SQLITE_BINDING'];
  return nativeBinding ? { nativeBinding } : {};
}

/** The connection the store writes through. */
export function openWritable(path: string, options: ConnectionOptions = {}): Database {
  return new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS, ...binding(options) });
}

/**
 * Reads the database as SQLite would present it, log included, without
 * writing to the file or the log (SQLite may add a -shm index beside them,
 * which holds nothing of the user's).
 */
export function openReader(path: string, options: ConnectionOptions = {}): Database {
  return new BetterSqlite3(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS, ...binding(options) });
}

/**
 * Reads the main file exactly as it is on disk: no log replayed, no lock,
 * no side file created — for comparing the file with its log, and for files
 * in folders that cannot be written.
 */
export function openFileOnly(path: string, options: ConnectionOptions = {}): Database {
  const uri = `${pathToFileURL(path).href}?immutable=1`;
  return new BetterSqlite3(uri, { readonly: true, fileMustExist: true, ...binding(options) });
}

/** Runs `read` on a connection and always closes it. */
export function withConnection<T>(open: () => Database, read: (db: Database) => T): T {
  const db = open();
  try {
    return read(db);
  } finally {
    db.close();
  }
}
