import { basename, dirname } from 'node:path';
import { StoreError } from '../errors';

/** A backup, check or restore that did not happen; the message says why, in Chinese, ready to show. */
export class BackupError extends StoreError {
  override name = 'BackupError';
}

/** The first word of an SQLite or Node error code (SQLITE_IOERR_WRITE → SQLITE_IOERR), or null. */
export function baseErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  return code.startsWith('SQLITE_') ? code.replace(/^(SQLITE_[A-Z]+).*$/, '$1') : code;
}

/**
 * Why writing `target` (a backup, or the database being restored) failed,
 * in the user's words. SQLite's and Node's own messages are English and
 * never shown; an unknown failure names only its code.
 */
export function explainWriteFailure(error: unknown, target: string): BackupError {
  if (error instanceof BackupError) return error;
  const code = baseErrorCode(error);
  const name = basename(target);
  const options = { cause: error };
  switch (code) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
    case 'EDQUOT':
      return new BackupError(`磁盘空间不足，无法写入“${name}”。没有留下不完整的文件，请清理磁盘或换一个位置后重试。`, options);
    case 'EBUSY':
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new BackupError(`“${name}”正被其他程序打开或占用，无法写入。请关闭该文件后重试，或换一个文件名。`, options);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_PERM':
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
      return new BackupError(
        `无法写入“${name}”：没有写入权限，或该位置是只读的，也可能该文件正被其他程序打开。请换一个位置后重试。`,
        options,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new BackupError(`保存位置不存在：${dirname(target)}`, options);
    case 'EISDIR':
      return new BackupError(`“${target}”是一个文件夹，不能作为备份文件名。`, options);
    case 'SQLITE_IOERR':
    case 'EIO':
      return new BackupError(`写入“${name}”时读写磁盘出错，请检查磁盘或换一个位置后重试。`, options);
    default:
      return new BackupError(`未能写入“${name}”${code ? `（错误代码 ${code}）` : ''}，请重试。`, options);
  }
}
