import { copyFileSync, existsSync, openSync, closeSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BackupSummary } from '../../../shared/model/backup';
import type { Boilerplate } from '../../../shared/layout/boilerplate';
import type { Database } from '../database';
import { APPLICATION_ID, LATEST_VERSION } from '../migrations';
import { BackupError, baseErrorCode, explainWriteFailure } from './backup-errors';
import { openFile } from './connection';
import { integrityProblems } from './integrity';
import { JOURNAL_MODE_OFFSET, readSqliteHeader, ROLLBACK_MODE_BYTES, type SqliteHeader } from './sqlite-header';
import { summarise } from './summary';

/**
 * Checks a file the user chose as a backup without changing it or the
 * folder it is in: the header is read with plain reads first (not SQLite,
 * another program's, newer than this release, cut short), then the file is
 * opened read-only for a full integrity_check and a summary of what it holds.
 * A file last used in WAL mode is checked through a private copy, because
 * SQLite opening it even read-only creates -wal and -shm files beside it.
 * Throws BackupError with the reason in Chinese.
 */
export function checkBackupFile(path: string, boilerplate: Boilerplate, options: { scratchFolder?: string } = {}): BackupSummary {
  const stats = statOf(path);
  const header = checkHeader(path, stats.size);
  if (!header.wal) return withConnection(path, true, (db) => inspect(db, path, boilerplate, stats));
  // A log beside it may hold commits the file lacks, or belong to another copy: neither can be told apart here.
  if (existsSync(`${path}-wal`)) {
    throw new BackupError(
      `“${basename(path)}”旁边还有一个日志文件（${basename(path)}-wal），它可能是另一个程序正在使用的数据库，其中的内容不完整。请先关闭使用它的程序，或选择一个备份文件。`,
    );
  }
  let copy: string;
  try {
    copy = privateCopy(path, options.scratchFolder ?? tmpdir());
  } catch (error) {
    throw new BackupError(`无法检查“${basename(path)}”：${explainWriteFailure(error, path).message}`, { cause: error });
  }
  try {
    return withConnection(copy, true, (db) => inspect(db, path, boilerplate, stats));
  } finally {
    rmSync(copy, { force: true });
  }
}

/**
 * A copy of a backup file in rollback-journal mode, for restoring from or
 * checking: only the two header bytes that name the journal mode differ, as
 * a WAL-mode file without a -wal holds all of its data itself.
 */
export function privateCopy(path: string, folder: string, name = `.zhenggai-check-${process.pid}-${Date.now()}.tmp`): string {
  const copy = join(folder, name);
  try {
    copyFileSync(path, copy);
    const fd = openSync(copy, 'r+');
    try {
      writeSync(fd, ROLLBACK_MODE_BYTES, 0, ROLLBACK_MODE_BYTES.length, JOURNAL_MODE_OFFSET);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(copy, { force: true });
    throw error;
  }
  return copy;
}

/** The checks on an open connection to a backup: intact, ours, not newer. Shared by backup, check and restore. */
export function assertUsableBackup(db: Database, name: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== APPLICATION_ID) throw foreign(name);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_VERSION) throw tooNew(name, version);
  const problems = integrityProblems(db);
  if (problems.length > 0) throw damaged(name);
}

function inspect(db: Database, path: string, boilerplate: Boilerplate, stats: Stats): BackupSummary {
  assertUsableBackup(db, basename(path));
  return summarise(db, path, stats, boilerplate);
}

function statOf(path: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = baseErrorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new BackupError(`找不到文件：${path}`, { cause: error });
    throw new BackupError(`无法读取文件“${basename(path)}”，可能没有访问权限。`, { cause: error });
  }
  if (!stats.isFile()) throw new BackupError(`“${basename(path)}”不是一个文件。`);
  return stats;
}

function checkHeader(path: string, size: number): SqliteHeader {
  const name = basename(path);
  if (size === 0) throw new BackupError(`“${name}”是一个空文件，不是整改通报的备份。`);
  let header: SqliteHeader | null;
  try {
    header = readSqliteHeader(path);
  } catch (error) {
    throw new BackupError(`无法读取文件“${name}”，可能没有访问权限。`, { cause: error });
  }
  if (!header) throw new BackupError(`“${name}”不是整改通报的备份文件（它不是数据库文件）。`);
  if (header.applicationId !== APPLICATION_ID) throw foreign(name);
  if (header.userVersion > LATEST_VERSION) throw tooNew(name, header.userVersion);
  const expected = header.pageCount === null ? null : header.pageCount * header.pageSize;
  if (size % header.pageSize !== 0 || (expected !== null && size < expected)) {
    throw new BackupError(`备份文件“${name}”不完整（比它应有的大小短，可能复制或下载时中断了），不能用它恢复。`);
  }
  return header;
}

function withConnection<T>(path: string, readonly: boolean, use: (db: Database) => T): T {
  let db: Database;
  try {
    db = openFile(path, { readonly });
  } catch (error) {
    throw unreadable(error, basename(path));
  }
  try {
    return use(db);
  } catch (error) {
    throw unreadable(error, basename(path));
  } finally {
    db.close();
  }
}

function unreadable(error: unknown, name: string): BackupError {
  if (error instanceof BackupError) return error;
  const code = baseErrorCode(error);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return damaged(name, error);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'EACCES') {
    return new BackupError(`无法打开“${name}”，可能没有访问权限。`, { cause: error });
  }
  return new BackupError(`无法读取“${name}”${code ? `（错误代码 ${code}）` : ''}，它可能已损坏。`, { cause: error });
}

function foreign(name: string): BackupError {
  return new BackupError(`“${name}”是其他程序的数据库，不是整改通报的备份，不能用它恢复。`);
}

function tooNew(name: string, version: number): BackupError {
  return new BackupError(
    `备份文件“${name}”由更新版本的整改通报创建（数据库版本 ${version}，本程序最高支持 ${LATEST_VERSION}），本程序无法使用它。请先升级程序。`,
  );
}

function damaged(name: string, cause?: unknown): BackupError {
  return new BackupError(`备份文件“${name}”已损坏（完整性检查未通过），不能用它恢复。`, cause === undefined ? undefined : { cause });
}
