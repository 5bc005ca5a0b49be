import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { DatabaseOpenError } from './errors';
import { shmPath, walPath } from './file-state';

/**
 * Moves a log that must not be replayed out of SQLite's way under a name of
 * its own, beside the file: never deleted, so nothing anyone wrote is lost.
 * Its -shm index holds nothing of the user's and would describe the log that
 * is gone, so it is removed. Returns the new name of the log.
 */
export function setAsideWal(path: string, now: Date = new Date()): string {
  let target = `${walPath(path)}.未合并-${stamp(now)}`;
  for (let n = 2; existsSync(target); n += 1) target = `${walPath(path)}.未合并-${stamp(now)}-${n}`;
  try {
    renameSync(walPath(path), target);
    if (existsSync(shmPath(path))) rmSync(shmPath(path), { force: true });
  } catch (error) {
    throw new DatabaseOpenError(path, '无法把不属于此数据库的日志文件改名保存，数据库未打开', { cause: error });
  }
  return basename(target);
}

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}
