import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoreMode, StoreStatus } from '../../shared/store/store-status';
import { openFileOnly, openReader, openWritable, withConnection, BUSY_TIMEOUT_MS, type ConnectionOptions } from './connections';
import type { Database } from './database';
import { DatabaseDamagedError, DatabaseOpenError, DatabaseReadOnlyError, DatabaseTooNewError } from './errors';
import { readFileState, type FileState } from './file-state';
import { lowSpaceWarning } from './free-space';
import { checkIntegrity, describeIntegrity, FULL_CHECK_AT_OPEN_BYTES, type IntegrityReport } from './integrity';
import { migrate } from './migrate';
import { APPLICATION_ID, LATEST_VERSION } from './migrations';
import { settleWal } from './settle-wal';
import { translateSqliteError } from './translate-error';
import { foldLog } from './wal-ownership';

export type { Database } from './database';
export { BUSY_TIMEOUT_MS } from './connections';

export type OpenOptions = ConnectionOptions;

/** An open store: the connection, how it may be used, and what the checks at open found. */
export interface Store {
  db: Database;
  status: StoreStatus;
}

/**
 * Opens (creating if needed) the notices database for the app and the
 * command line. Everything is decided from the files as they are, before any
 * connection that could write exists:
 * - not a database, another program's, or a newer release's (file or log):
 *   refused, file and log byte for byte as they were;
 * - a log that was not written against this file: set aside under its own
 *   name, the user told;
 * - damaged (the full check runs when the file is small enough to check at
 *   every start): opened read-only, for salvage;
 * - a file or folder that cannot be written: opened read-only;
 * - otherwise opened for writing and migrated.
 * Accepts ':memory:' for tests and throwaway work.
 */
export function openStore(path: string, options: OpenOptions = {}): Store {
  if (path === ':memory:' || path === '')
    return { db: setUpWritable(openWritable(path, options)), status: status(path, 'write', null, []) };
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new DatabaseOpenError(path, '无法创建所在文件夹', { cause: error });
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return openOnDisk(path, options);
    } catch (error) {
      if (attempt < BUSY_ATTEMPTS && isBusy(error)) {
        waitBeforeRetry(attempt);
        continue;
      }
      throw translateSqliteError(error, path);
    }
  }
}

/**
 * Tries at opening while another process holds a lock SQLite does not wait
 * for with its busy timeout (changing the journal mode, a read turning into
 * a write while another connection writes): several starts at once on a
 * database one of them is still creating. Opening only reads and sets up,
 * so it can start over; about three seconds in all.
 */
const BUSY_ATTEMPTS = 12;

/** SQLite's busy or locked, thrown as it is or as the cause of one of ours. */
function isBusy(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) return true;
  }
  return false;
}

/** A synchronous pause (opening is synchronous), longer at each try, with some jitter so that the processes do not meet again. */
function waitBeforeRetry(attempt: number): void {
  const ms = Math.min(500, 40 * attempt) + Math.floor(Math.random() * 40);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The store for callers that must write (tests, tools): refuses with the
 * reason instead of opening read-only or for salvage.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const { db, status: opened } = openStore(path, options);
  if (opened.mode === 'write') return db;
  db.close();
  if (opened.mode === 'salvage') throw new DatabaseDamagedError(path);
  throw new DatabaseReadOnlyError(path, opened.reason ?? '');
}

function openOnDisk(path: string, options: OpenOptions): Store {
  let state = readFileState(path);
  if (state.fresh) {
    if (!state.writable) throw new DatabaseOpenError(path, state.readOnlyReason ?? '无法写入');
    const lowSpace = lowSpaceWarning(path);
    return writableStore(path, options, lowSpace ? [lowSpace] : []);
  }
  assertOursAndNotTooNew(state, options);
  const findings: string[] = [];
  if (state.walHasFrames) {
    const settled = settleWal(state, LATEST_VERSION, options);
    findings.push(...settled.findings);
    if (settled.salvage) return readOnlyStore(state, options, 'salvage', settled.salvage, findings);
    state = readFileState(path);
  }
  const health = checkAtOpen(state, options);
  if (health && health.structural.length > 0) return readOnlyStore(state, options, 'salvage', describeIntegrity(health), findings);
  if (health && health.rows.length > 0) findings.push(describeIntegrity(health));
  if (!state.writable) return readOnlyStore(state, options, 'read-only', `${state.readOnlyReason}，只能查看和导出，不能修改`, findings);
  const lowSpace = lowSpaceWarning(path);
  if (lowSpace) findings.push(lowSpace);
  return writableStore(path, options, findings);
}

/** Reads only the header, and the schema of a file that claims to be blank. */
function assertOursAndNotTooNew(state: FileState, options: OpenOptions): void {
  const header = state.header!;
  if (!header.isSqlite) throw new DatabaseDamagedError(state.path);
  if (header.userVersion > LATEST_VERSION) throw new DatabaseTooNewError(header.userVersion, LATEST_VERSION);
  if (header.applicationId === APPLICATION_ID) return;
  if (header.applicationId !== 0 || header.userVersion !== 0) throw new DatabaseDamagedError(state.path);
  // A new or empty file is ours to set up — or ours already, being set up by another process (the command line
  // beside the app) whose first steps are still in the log; anything else belongs to some other program.
  const seen = withConnection(reading(state, options), (db) => ({
    ours: (db.pragma('application_id', { simple: true }) as number) === APPLICATION_ID,
    empty: (db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number) === 0,
  }));
  if (!seen.ours && !seen.empty) throw new DatabaseDamagedError(state.path);
}

/** The full check when the file is small enough to read at every start; null when it is left to backups and 设置. */
function checkAtOpen(state: FileState, options: OpenOptions): IntegrityReport | null {
  if (state.size > FULL_CHECK_AT_OPEN_BYTES) return null;
  return withConnection(reading(state, options), checkIntegrity);
}

/**
 * How to read the database as it stands, without writing: through SQLite's
 * locks and the log where the folder allows SQLite its index file (another
 * process may be writing), else the file alone (a folder nobody can write).
 */
function reading(state: FileState, options: OpenOptions): () => Database {
  return state.folderWritable ? () => openReader(state.path, options) : () => openFileOnly(state.path, options);
}

function writableStore(path: string, options: OpenOptions, findings: string[]): Store {
  const db = openWritable(path, options);
  try {
    setUpWritable(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, status: status(path, 'write', null, findings) };
}

function setUpWritable(db: Database): Database {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  // WAL's default of NORMAL can lose the last commits on power loss; an afternoon's drafting is worth an fsync.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // The store folds the log itself, so that every log begins with its ownership marker.
  db.pragma('wal_autocheckpoint = 0');
  migrate(db);
  // A log a session left when it did not close (judged the file's own) goes into the file now.
  if (!db.memory) foldLog(db);
  return db;
}

/**
 * A connection that cannot write: the file as SQLite shows it with its log
 * when the folder lets SQLite keep its index beside it, else the file alone.
 */
function readOnlyStore(state: FileState, options: OpenOptions, mode: StoreMode, reason: string, findings: string[]): Store {
  const current = readFileState(state.path);
  const withLog = current.walHasFrames && current.folderWritable;
  const db = withLog ? openReader(state.path, options) : openFileOnly(state.path, options);
  if (current.walHasFrames && !withLog) {
    findings.push('数据库旁有尚未合并的日志，但所在文件夹不可写，无法读取其中最近的修改；现在显示的是数据库文件本身的内容。');
  }
  return { db, status: status(state.path, mode, reason, findings) };
}

function status(databasePath: string, mode: StoreMode, reason: string | null, findings: string[]): StoreStatus {
  return { mode, reason, findings, databasePath };
}
