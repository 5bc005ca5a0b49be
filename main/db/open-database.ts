import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { writeTransaction, type Database } from './database';
import { DatabaseDamagedError, DatabaseOpenError, StoreError } from './errors';
import { assertNotTooNew, migrate } from './migrate';
import { APPLICATION_ID } from './migrations';
import { searchIndexIsStale } from './search/index-maintenance';

export type { Database } from './database';

/** How long a statement waits for another connection (the CLI, a second window) to let go. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the notices database and brings its schema up
 * to date. Nothing is written to a file until it has been read and found to
 * be a healthy database of ours, no newer than this release: a damaged or
 * foreign file is left byte for byte as it was, so it can still be rescued.
 * Accepts ':memory:' for tests and throwaway work.
 */
export interface OpenOptions {
  /** better-sqlite3's compiled addon to load instead of the default (an Electron-ABI build for `npm start`). */
  nativeBinding?: string;
}

export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const onDisk = path !== ':memory:' && path !== '' && !path.startsWith('file:');
  if (onDisk) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new DatabaseOpenError(path, '无法创建所在文件夹', { cause: error });
    }
  }

  let db: Database;
  try {
    db = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    throw translate(error, path);
  }

  try {
    assertHealthyAndOurs(db, path);
    assertNotTooNew(db);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // WAL's default of NORMAL can lose the last commits on power loss; an afternoon's drafting is worth an fsync.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    // Items a migration queued (the first index build) or a raw write left behind become searchable now.
    if (searchIndexIsStale(db)) writeTransaction(db, () => undefined);
    return db;
  } catch (error) {
    db.close();
    throw translate(error, path);
  }
}

/**
 * Reads only. quick_check walks every page (milliseconds for the few MB a
 * user accumulates) and catches truncation that a header read alone misses.
 */
function assertHealthyAndOurs(db: Database, path: string): void {
  const check = db.pragma('quick_check(1)', { simple: true });
  if (check !== 'ok') throw new DatabaseDamagedError(path);

  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === APPLICATION_ID) return;
  const version = db.pragma('user_version', { simple: true }) as number;
  const { objects } = db.prepare('SELECT count(*) AS objects FROM sqlite_schema').get() as { objects: number };
  // A new or empty file is ours to set up; anything else belongs to some other program.
  if (applicationId !== 0 || version !== 0 || objects !== 0) throw new DatabaseDamagedError(path);
}

const REASONS: Record<string, string> = {
  SQLITE_CANTOPEN: '文件无法打开，可能没有访问权限，或该路径是一个文件夹',
  SQLITE_PERM: '没有访问权限',
  SQLITE_READONLY: '文件或文件夹是只读的',
  SQLITE_BUSY: '数据库正被另一个程序占用，请关闭后重试',
  SQLITE_LOCKED: '数据库正被另一个程序占用，请关闭后重试',
  SQLITE_FULL: '磁盘空间已满',
  SQLITE_IOERR: '读写磁盘时出错',
};

function translate(error: unknown, path: string): Error {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
      return new DatabaseDamagedError(path, { cause: error });
    }
    const base = code.replace(/^(SQLITE_[A-Z]+).*$/, '$1');
    const reason = REASONS[base];
    if (reason) return new DatabaseOpenError(path, reason, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new DatabaseOpenError(path, detail, { cause: error });
}
