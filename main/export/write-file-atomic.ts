import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { systemReason } from '../db/translate-error';
import { removeStaleExportTemporaries, temporaryPath } from './export-temporaries';

/** A failure to write a file, with the message to show the user. */
export class FileWriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'FileWriteError';
  }
}

/** The file-system calls the writer makes; tests pass failing ones to play a full disk. */
export interface WriteOps {
  openSync: typeof openSync;
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
}

const realOps: WriteOps = { openSync, writeSync, fsyncSync, closeSync, renameSync, rmSync };

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside
 * the target, are flushed to disk, and only then renamed over the target. A
 * failure at any step removes the temporary file and leaves an existing
 * target exactly as it was. Temporary files an earlier, killed write left
 * in the folder go first.
 */
export function writeFileAtomic(target: string, data: Uint8Array, ops: WriteOps = realOps): void {
  removeStaleExportTemporaries(dirname(target));
  const temporary = temporaryPath(target);
  let fd: number | undefined;
  try {
    fd = ops.openSync(temporary, 'wx');
    for (let offset = 0; offset < data.length;) offset += ops.writeSync(fd, data, offset, data.length - offset);
    ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = undefined;
    ops.renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        ops.closeSync(fd);
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    try {
      ops.rmSync(temporary, { force: true });
    } catch {
      // A temp file that cannot be removed must not hide why the write failed.
    }
    throw explainWriteError(error, target);
  }
}

/** The user's words for why a file could not be written. */
export function explainWriteError(error: unknown, target: string): FileWriteError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return new FileWriteError(
        `无法写入“${target}”：文件可能正被 WPS、Word 或 Excel 等程序打开，或没有写入权限。请关闭该文件后重试，或另存为其他文件名。`,
        code,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileWriteError(`磁盘空间不足，无法保存“${target}”。原有文件未受影响，请清理磁盘后重试。`, code);
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileWriteError(`保存位置不存在：${dirname(target)}`, code);
    case 'EISDIR':
      return new FileWriteError(`“${target}”是一个文件夹，不能作为导出文件名。`, code);
    case 'EROFS':
      return new FileWriteError(`保存位置是只读的，无法写入“${target}”。`, code);
    case 'EFBIG':
      return new FileWriteError(
        `文件太大，无法保存到“${target}”：该位置不允许这么大的文件（如 FAT32 格式的 U 盘单个文件不能超过 4GB，或系统限制了文件大小）。原有文件未受影响，请另选保存位置。`,
        code,
      );
    default:
      // Node's message and its error codes are English: the user gets the reason in words, never the code.
      return new FileWriteError(
        `无法保存“${target}”：${systemReason(error) ?? '写入文件时出错'}。原有文件未受影响，请重试或另选保存位置。`,
        code,
      );
  }
}
