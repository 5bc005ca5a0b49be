import { basename, dirname, join, resolve } from 'node:path';
import type { RestoreOutcome } from '../../../shared/model/backup';
import type { Boilerplate } from '../../../shared/layout/boilerplate';
import { backupSettingsSchema, DEFAULT_BACKUP_SETTINGS, SETTINGS_KEYS, type BackupSettings } from '../../../shared/model/settings';
import type { Database } from '../database';
import { migrate } from '../migrate';
import { foldLog, giveOwnToken, tokenOnDisk } from '../wal-ownership';
import { getSetting, setSetting } from '../settings';
import { BackupError, explainWriteFailure } from './backup-errors';
import { assertUsableBackup, checkBackupFile, privateCopy } from './check-backup';
import { onlineBackup, openFile } from './connection';
import { integrityProblems } from './integrity';
import { removeWithSideFiles } from './write-backup';

export interface RestoreRequest {
  /** The app's open connection to its database (WAL mode); it keeps working throughout and sees the restored data after. */
  db: Database;
  databasePath: string;
  /** The backup file the user chose. It is only read. */
  source: string;
  boilerplate: Boilerplate;
  /** Keeps the current data before anything changes: writes a backup and returns its path. */
  keepCurrent: () => Promise<string>;
  /** Where the staging copy is made (default: beside the database, on the same disk). */
  stagingFolder?: string;
}

/**
 * 从备份恢复, all or nothing:
 * 1. the chosen file is checked as it is (ours, intact, not newer);
 * 2. it is copied to a staging file, checked again there (what is restored is
 *    exactly what was checked, whatever happens to the original meanwhile),
 *    brought up to this release's schema and its search index built;
 * 3. the current data is kept as a backup;
 * 4. SQLite's backup API copies the staging file into the live database
 *    through a new connection, in one write transaction under SQLite's own
 *    locking: until it commits, the app's connection (and any other
 *    process) reads the old data; a failure (full disk, a lock held
 *    elsewhere) rolls it back and leaves the old data. The app's
 *    connection notices the new content itself (schema cookie and WAL),
 *    so the same services keep working on the restored notices.
 * The backup folder and keep count are the current ones after the restore
 * too, not those stored in the backup: they describe this machine.
 */
export async function restoreBackup(request: RestoreRequest): Promise<RestoreOutcome> {
  const { db, databasePath, source, boilerplate } = request;
  if (resolve(source) === resolve(databasePath)) throw new BackupError('选择的文件就是当前正在使用的数据库，不能用它恢复。');
  const restored = checkBackupFile(source, boilerplate);
  const backupSettings = getSetting(db, SETTINGS_KEYS.backup, backupSettingsSchema, DEFAULT_BACKUP_SETTINGS);

  const stagingFolder = request.stagingFolder ?? dirname(databasePath);
  const stagingName = `.${basename(databasePath)}.restore-${process.pid}-${Date.now()}.tmp`;
  let staging: string | null = null;
  try {
    try {
      staging = privateCopy(source, stagingFolder, stagingName);
    } catch (error) {
      throw explainWriteFailure(error, join(stagingFolder, stagingName));
    }
    prepareStaging(staging, basename(source));
    const previousDataBackup = await request.keepCurrent();
    // The swap's own commit must already name the token the live file holds, or a crash before the
    // log is folded would make the next start take the restored data for a stranger's log.
    stampForLiveLog(staging, tokenOnDisk(databasePath) ?? '');
    await withoutWaiting(db, () => swapIn(staging!, databasePath));
    afterSwap(db, databasePath, backupSettings);
    // A store opened read-only (for salvage) reads the file as it was: only a new start reads what was restored.
    return { restored, previousDataBackup, restartNeeded: db.readonly };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`恢复未能完成：${explainWriteFailure(error, databasePath).message}`, { cause: error });
  } finally {
    if (staging) removeWithSideFiles(staging);
  }
}

/** Checks the staging copy in full, migrates it (which builds its search index when an older release left it unbuilt), in rollback-journal mode. */
function prepareStaging(staging: string, sourceName: string): void {
  const copy = openFile(staging);
  try {
    copy.pragma('journal_mode = DELETE');
    assertUsableBackup(copy, sourceName);
    copy.pragma('foreign_keys = ON');
    migrate(copy);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`备份文件“${sourceName}”无法转换为本版本的格式，当前数据未作任何改动。`, { cause: error });
  } finally {
    copy.close();
  }
}

/**
 * The swap holds the database's write lock across two turns of the event
 * loop (better-sqlite3's first backup step is always empty). A save by the
 * app's own connection arriving in between would wait out its busy timeout
 * synchronously, freezing the process, and the swap could not finish
 * meanwhile: so for those moments such a save fails at once instead (the
 * window reports it and saves again), and the timeout is put back after.
 */
async function withoutWaiting<T>(db: Database, task: () => Promise<T>): Promise<T> {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    return await task();
  } finally {
    db.pragma(`busy_timeout = ${Math.trunc(timeout)}`);
  }
}

async function swapIn(staging: string, databasePath: string): Promise<void> {
  const source = openFile(staging, { readonly: true });
  try {
    await onlineBackup(source, databasePath);
  } catch (error) {
    const explained = explainWriteFailure(error, databasePath);
    throw new BackupError(`恢复未能完成，当前数据未作任何改动：${explained.message}`, { cause: error });
  } finally {
    source.close();
  }
}

/**
 * Checks what the file now holds, keeps this machine's backup settings, and
 * merges the restore into the file — through the app's connection, or a
 * connection of its own when the app's is read-only (a damaged store).
 */
function afterSwap(db: Database, databasePath: string, backupSettings: BackupSettings): void {
  const fresh = openFile(databasePath, { readonly: true });
  let problems: string[];
  try {
    problems = integrityProblems(fresh);
  } finally {
    fresh.close();
  }
  if (problems.length > 0) throw new BackupError('恢复后的数据库未通过完整性检查，请用“恢复前备份”再次恢复。');
  const finish = (writer: Database) => {
    setSetting(writer, SETTINGS_KEYS.backup, backupSettings, backupSettingsSchema);
    foldLog(writer);
  };
  if (!db.readonly) return finish(db);
  const writer = openFile(databasePath);
  try {
    finish(writer);
  } finally {
    writer.close();
  }
}

function stampForLiveLog(staging: string, liveToken: string): void {
  const copy = openFile(staging);
  try {
    giveOwnToken(copy, liveToken);
  } finally {
    copy.close();
  }
}
