import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AutomaticBackup, AutomaticBackupKind } from '../../../shared/model/backup';
import type { Boilerplate } from '../../../shared/layout/boilerplate';
import type { BackupSettings } from '../../../shared/model/settings';
import type { Database } from '../database';
import { explainWriteFailure } from './backup-errors';
import { automaticBackupName, localDay, parseAutomaticBackupName } from './backup-names';
import { keepDamagedCopy } from './keep-damaged';
import { writeBackup } from './write-backup';

/** The folder automatic backups go to unless the user chose another: 备份 beside the database. */
export function defaultBackupFolder(databasePath: string): string {
  return join(dirname(databasePath), '备份');
}

export function backupFolder(databasePath: string, settings: BackupSettings): string {
  return settings.folder ?? defaultBackupFolder(databasePath);
}

/** The app's own backups in `folder`, newest first; any other file there is ignored. */
export function listAutomaticBackups(folder: string): AutomaticBackup[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: (AutomaticBackup & { order: string })[] = [];
  for (const fileName of names) {
    const parsed = parseAutomaticBackupName(fileName);
    if (!parsed) continue;
    const path = join(folder, fileName);
    let sizeBytes: number;
    try {
      const stats = statSync(path);
      if (!stats.isFile()) continue;
      sizeBytes = stats.size;
    } catch {
      continue;
    }
    found.push({ fileName, path, kind: parsed.kind, takenAt: parsed.takenAt.toISOString(), sizeBytes, order: parsed.order });
  }
  return found.sort((a, b) => b.order.localeCompare(a.order)).map(({ order: _order, ...backup }) => backup);
}

/**
 * Deletes the oldest start and quit backups beyond the newest `keep`.
 * Backups kept before a restore, and anything not named by the app, stay.
 * Returns the paths removed.
 */
export function pruneAutomaticBackups(folder: string, keep: number): string[] {
  const prunable = listAutomaticBackups(folder).filter((backup) => backup.kind === 'start' || backup.kind === 'quit');
  const removed: string[] = [];
  for (const backup of prunable.slice(Math.max(1, keep))) {
    try {
      rmSync(backup.path);
      removed.push(backup.path);
    } catch {
      // One that cannot be removed now (open elsewhere) is tried again next time.
    }
  }
  return removed;
}

export interface AutomaticBackupRequest {
  db: Database;
  databasePath: string;
  settings: BackupSettings;
  boilerplate: Boilerplate;
  now: Date;
}

/**
 * One automatic backup into the backup folder (created if needed), named by
 * its kind and local time. Start and quit backups are pruned to the
 * setting's count afterwards. Returns the path written.
 */
export async function takeAutomaticBackup(kind: AutomaticBackupKind, request: AutomaticBackupRequest): Promise<string> {
  const folder = backupFolder(request.databasePath, request.settings);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw explainWriteFailure(error, folder);
  }
  let repeat = 1;
  while (existsSync(join(folder, automaticBackupName(kind, request.now, repeat)))) repeat += 1;
  const target = join(folder, automaticBackupName(kind, request.now, repeat));
  await writeBackup(request.db, target, request.boilerplate);
  if (kind !== 'before-restore') pruneAutomaticBackups(folder, request.settings.keep);
  return target;
}

/** True when the backup folder already has today's start backup (local date). */
export function hasStartBackupOn(folder: string, day: Date): boolean {
  const today = localDay(day);
  return listAutomaticBackups(folder).some((backup) => backup.kind === 'start' && localDay(new Date(backup.takenAt)) === today);
}

/** The backup of the first start of each day; null when today's was already taken. */
export async function dailyBackup(request: AutomaticBackupRequest): Promise<string | null> {
  if (hasStartBackupOn(backupFolder(request.databasePath, request.settings), request.now)) return null;
  return takeAutomaticBackup('start', request);
}

/**
 * Keeps the current data before a restore replaces it: an online backup,
 * checked, as every backup — or, when the store is open read-only because
 * the file is damaged (that check would refuse it), the file as it is.
 */
export async function keepBeforeRestore(request: AutomaticBackupRequest): Promise<string> {
  if (request.db.readonly) return keepDamagedCopy(request.databasePath, backupFolder(request.databasePath, request.settings), request.now);
  return takeAutomaticBackup('before-restore', request);
}
