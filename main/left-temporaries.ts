import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Temporary files a killed writer left in a folder, found by their names:
 * `pattern` captures the writer's process id, and only files of processes no
 * longer running are returned. Shared by the backups and the exports, which
 * each decide what removing one means.
 */
export function leftTemporaries(folder: string, pattern: RegExp, isRunning: (pid: number) => boolean = processRuns): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const pid = Number(pattern.exec(name)?.[1]);
    return Number.isSafeInteger(pid) && pid > 0 && !isRunning(pid) ? [join(folder, name)] : [];
  });
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
