import { leftTemporaries, processRuns } from '../../left-temporaries';
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
  const left = leftTemporaries(folder, TEMPORARY, isRunning);
  left.forEach(removeWithSideFiles);
  return left.length;
}
