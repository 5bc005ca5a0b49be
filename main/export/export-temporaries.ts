import { lstatSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { leftTemporaries, processRuns } from '../left-temporaries';

/** The temporary file a write goes to before its rename: `.name.<pid>.<ms>.tmp`, beside the target. */
export function temporaryPath(target: string, pid = process.pid, now = Date.now()): string {
  return join(dirname(target), `.${basename(target)}.${pid}.${now}.tmp`);
}

const TEMPORARY = /^\..+\.(\d+)\.\d{13,}\.tmp$/u;

/**
 * How old a temporary file must be before it counts as left behind. A
 * .docx is written in well under a second; the wait is for a writer this
 * machine cannot see (another PC exporting to the same shared folder, whose
 * process id means nothing here).
 */
export const STALE_AFTER_MS = 60_000;

/**
 * Removes the temporary files that exports killed mid-write (a crash, a
 * power cut) left in `folder`: only names of the form temporaryPath
 * writes, only plain files, only of processes no longer running, and only
 * once they are STALE_AFTER_MS old. Returns how many; never throws, since a
 * folder it cannot tidy must not stop the export.
 */
export function removeStaleExportTemporaries(folder: string, now = Date.now(), isRunning: (pid: number) => boolean = processRuns): number {
  let removed = 0;
  for (const path of leftTemporaries(folder, TEMPORARY, isRunning)) {
    try {
      const stat = lstatSync(path);
      if (!stat.isFile() || now - stat.mtimeMs < STALE_AFTER_MS) continue;
      rmSync(path);
      removed += 1;
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}
