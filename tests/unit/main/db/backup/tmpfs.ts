import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small filesystem of its own, to fill up: a tmpfs mounted by the test
 * (root can here). Returns null where mounting is not allowed, and the
 * caller skips with a line saying so.
 */
export function mountSmallDisk(sizeKb: number): { dir: string; unmount: () => void } | null {
  const dir = mkdtempSync(join(tmpdir(), 'zgtb-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  mkdirSync(join(dir, 'data'), { recursive: true });
  return {
    dir: join(dir, 'data'),
    unmount: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether this process may mount a tmpfs: decided once, before the tests are declared. */
export function canMount(): boolean {
  const probe = mountSmallDisk(64);
  if (!probe) return false;
  probe.unmount();
  return true;
}

export const CANNOT_MOUNT = '跳过：这台机器上不能挂载 tmpfs（需要 root），无法模拟磁盘已满。';
