import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { explainWriteFailure } from './backup-errors';
import { automaticBackupName } from './backup-names';
import { removeWithSideFiles } from './write-backup';

/**
 * Keeps a damaged database before a restore replaces it. An online backup
 * of it would fail its own check, so the file (and its log, if any) is
 * copied as it is — safe here, because a damaged store is open read-only
 * and nothing writes to it. Named like the copy kept before any restore,
 * so it is listed and never pruned. Returns the copy's path.
 */
export function keepDamagedCopy(databasePath: string, folder: string, now: Date): string {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw explainWriteFailure(error, folder);
  }
  let target = join(folder, automaticBackupName('before-restore', now));
  for (let repeat = 2; existsSync(target); repeat += 1) target = join(folder, automaticBackupName('before-restore', now, repeat));
  const temporary = join(folder, `.keep-damaged.${process.pid}.${Date.now()}.tmp`);
  try {
    copyFileSync(databasePath, temporary);
    if (existsSync(`${databasePath}-wal`)) copyFileSync(`${databasePath}-wal`, `${target}-wal`);
    renameSync(temporary, target);
  } catch (error) {
    removeWithSideFiles(temporary);
    throw explainWriteFailure(error, target);
  }
  return target;
}
