import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real, small filesystem of its own: to fill up, or to make read-only, as a user's disk can be. */
export interface SmallDisk {
  dir: string;
  remountReadOnly(): void;
  remountWritable(): void;
  unmount(): void;
}

/**
 * Mounts a tmpfs of `bytes`; null where this machine does not let the tests
 * mount one (not root, or no mount permission in the sandbox) — the caller
 * skips with a line saying so.
 */
export function mountSmallDisk(bytes: number): SmallDisk | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'zgtb-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const remount = (mode: 'ro' | 'rw') => execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'ignore' });
  return {
    dir,
    remountReadOnly: () => remount('ro'),
    remountWritable: () => remount('rw'),
    unmount() {
      // Lazy: a connection a failed test left open must not keep the mount (and the next test) stuck.
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const NO_SMALL_DISK = 'skipped: this machine does not let the tests mount a small filesystem (needs root on Linux)';
