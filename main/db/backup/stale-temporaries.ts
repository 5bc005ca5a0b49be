import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeWithSideFiles } from './write-backup';

/**
 * The temporary files a backup, a check or a restore writes before its
 * rename (`.name.<pid>.<time>.tmp`, `.name.restore-<pid>-<time>.tmp`,
 * `.zhenggai-check-<pid>-<time>.tmp`): whole-database copies that a killed
 * process leaves behind. Only ours, only of processes no longer running.
 */
const TEMPORARY = /^\..*[.-](\d+)[.-]\d{10,}\.tmp$/;

/** Removes what killed backups and restores left in `folder`; returns how many. Never throws. */
export function removeStaleTemporaries(folder: string, isRunning: (pid: number) => boolean = processRuns): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || isRunning(pid)) continue;
    removeWithSideFiles(join(folder, name));
    removed += 1;
  }
  return removed;
}

/** True while the process runs (ours counts as running: its own write may be under way). */
export function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
