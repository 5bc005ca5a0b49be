import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';

/** Below this much free space beside the database, saves may soon fail: say so at open, not at the first failed save. */
export const LOW_SPACE_BYTES = 32 * 1024 * 1024;

/** A Chinese warning when the disk holding the database is nearly full; null when there is room or it cannot be told. */
export function lowSpaceWarning(path: string): string | null {
  let free: number;
  try {
    const stats = statfsSync(dirname(path));
    free = stats.bavail * stats.bsize;
  } catch {
    return null;
  }
  if (free >= LOW_SPACE_BYTES) return null;
  return `数据库所在的磁盘只剩 ${(free / 2 ** 20).toFixed(1)} MB 可用空间，保存可能失败。请尽快清理磁盘；保存失败时窗口中的修改不会丢失，清理后点击“重试”即可。`;
}
