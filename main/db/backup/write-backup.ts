import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BackupSummary } from '../../../shared/model/backup';
import type { Boilerplate } from '../../../shared/layout/boilerplate';
import type { Database } from '../database';
import { BackupError, explainWriteFailure } from './backup-errors';
import { assertUsableBackup } from './check-backup';
import { onlineBackup, openFile } from './connection';
import { giveOwnToken } from '../wal-ownership';
import { summarise } from './summary';

/**
 * 立即备份 and every automatic backup: SQLite's online backup of the open
 * database (a consistent snapshot even while the app or the command line
 * writes, which a plain copy of a live WAL database is not) into a
 * temporary file beside the target; that file is then made standalone
 * (rollback journal, so it opens anywhere without -wal or -shm, read-only
 * too), checked in full, flushed to disk and only then renamed into place.
 * On any failure the temporary file is removed and the target, if it
 * existed, is left as it was. Returns what the backup holds.
 */
export async function writeBackup(db: Database, target: string, boilerplate: Boilerplate): Promise<BackupSummary> {
  const folder = dirname(target);
  assertWritableTarget(db, target, folder);
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let summary: BackupSummary;
  try {
    await onlineBackup(db, temporary);
    summary = makeStandalone(temporary, target, boilerplate);
    syncFile(temporary);
    renameSync(temporary, target);
    syncFolder(folder);
  } catch (error) {
    removeWithSideFiles(temporary);
    throw explainWriteFailure(error, target);
  }
  return { ...summary, madeAt: statSync(target).mtime.toISOString() };
}

/** Checks that can fail before anything is written, each with its own sentence. */
function assertWritableTarget(db: Database, target: string, folder: string): void {
  let folderStats;
  try {
    folderStats = statSync(folder);
  } catch {
    throw new BackupError(`保存位置不存在：${folder}`);
  }
  if (!folderStats.isDirectory()) throw new BackupError(`保存位置不是文件夹：${folder}`);
  if (existsSync(target) && statSync(target).isDirectory()) throw new BackupError(`“${target}”是一个文件夹，不能作为备份文件名。`);
  const live = db.name;
  if (live && resolve(live) === resolve(target)) throw new BackupError('不能把备份保存为当前正在使用的数据库文件本身，请换一个文件名。');
  // A log beside the file to be replaced would be replayed into the new backup when it is next opened.
  if (existsSync(`${target}-wal`)) {
    throw new BackupError(`“${basename(target)}”旁边有一个日志文件（-wal），它可能是正在使用的数据库，不能覆盖。请换一个文件名。`);
  }
}

/** Rollback journal instead of WAL, then the full check; the connection is closed before the file is renamed. */
function makeStandalone(temporary: string, target: string, boilerplate: Boilerplate): BackupSummary {
  const copy = openFile(temporary);
  try {
    const mode = copy.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new BackupError(`备份文件“${basename(target)}”未能转换为独立文件，请重试。`);
    // A backup is a file of its own: the live database's token would let that database's log pass for the backup's.
    giveOwnToken(copy);
    assertUsableBackup(copy, basename(target));
    return summarise(copy, target, statSync(temporary), boilerplate);
  } finally {
    copy.close();
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename itself durable; Windows cannot open a folder for this and does not need it. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // The backup is already complete and in place; durability of the name is best effort.
  }
}

/** The temporary file and whatever SQLite created beside it while converting it. */
export function removeWithSideFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    try {
      rmSync(file, { force: true });
    } catch {
      // Failing already; the first error is the one the user needs.
    }
  }
}
