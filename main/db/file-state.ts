import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { readSqliteHeader, type SqliteHeader } from './backup/sqlite-header';

/**
 * What the database file and its write-ahead log look like on disk, read
 * with plain file reads before SQLite is allowed near them: SQLite replays a
 * log as soon as it opens a file, and a read-write connection writes it
 * back on close, so every decision about a file has to be made from here.
 */
export interface FileState {
  path: string;
  /** Absent, or present but empty: a place for a new database. */
  fresh: boolean;
  size: number;
  header: DatabaseHeader | null;
  /** The log beside the file holds frames (a session that did not close, or someone else's log). */
  walHasFrames: boolean;
  /** Both the file and its folder can be written (SQLite needs the folder for its -wal and -shm). */
  writable: boolean;
  /** SQLite can keep its -wal and -shm beside the file. */
  folderWritable: boolean;
  /** Why not, in Chinese, when not writable. */
  readOnlyReason: string | null;
}

/** The fields of SQLite's 100-byte file header that matter before opening. */
export interface DatabaseHeader {
  isSqlite: boolean;
  userVersion: number;
  applicationId: number;
  /** The file is in WAL mode (read/write version bytes are 2). */
  walMode: boolean;
}

const WAL_HEADER_BYTES = 32;

export function walPath(path: string): string {
  return `${path}-wal`;
}

export function shmPath(path: string): string {
  return `${path}-shm`;
}

export function readFileState(path: string): FileState {
  const size = fileSize(path);
  const fresh = size === null || size === 0;
  const header = fresh ? null : readHeader(path);
  const walSize = fileSize(walPath(path)) ?? 0;
  const readOnlyReason = whyReadOnly(path, fresh);
  return {
    path,
    fresh,
    size: size ?? 0,
    header,
    walHasFrames: walSize > WAL_HEADER_BYTES,
    writable: readOnlyReason === null,
    folderWritable: canWrite(dirname(path)),
    readOnlyReason,
  };
}

function fileSize(path: string): number | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

function readHeader(path: string): DatabaseHeader {
  let header: SqliteHeader | null;
  try {
    header = readSqliteHeader(path);
  } catch {
    header = null;
  }
  if (!header) return { isSqlite: false, userVersion: 0, applicationId: 0, walMode: false };
  return { isSqlite: true, userVersion: header.userVersion, applicationId: header.applicationId, walMode: header.wal };
}

/** Null when both the file (if it exists) and its folder can be written. */
function whyReadOnly(path: string, fresh: boolean): string | null {
  // The folder first: on a read-only disk both fail, and the folder is the cause.
  if (!canWrite(dirname(path))) return '数据库所在的文件夹是只读的';
  if (!fresh && !canWrite(path)) return '数据库文件是只读的';
  return null;
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
