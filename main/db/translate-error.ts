import { DatabaseDamagedError, DatabaseOpenError, StoreError } from './errors';

/** SQLite's result codes as a user reads them. */
const REASONS: Record<string, string> = {
  SQLITE_CANTOPEN: '文件无法打开，可能没有访问权限，或该路径是一个文件夹',
  SQLITE_PERM: '没有访问权限',
  SQLITE_READONLY: '文件或文件夹是只读的',
  SQLITE_BUSY: '数据库正被另一个程序占用，请关闭后重试',
  SQLITE_LOCKED: '数据库正被另一个程序占用，请关闭后重试',
  SQLITE_FULL: '磁盘空间已满',
  SQLITE_IOERR: '读写磁盘时出错',
  SQLITE_NOMEM: '内存不足',
  SQLITE_CONSTRAINT: '数据不符合数据库的规则（可能是数据已损坏）',
};

/** The short Chinese reason for a SQLite error code (SQLITE_READONLY_DIRECTORY → 文件或文件夹是只读的), or null. */
export function sqliteReason(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  return REASONS[code.replace(/^(SQLITE_[A-Z]+).*$/, '$1')] ?? null;
}

export function isDamageCode(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT'));
}

/** Any failure while opening, as a StoreError with a Chinese message. */
export function translateSqliteError(error: unknown, path: string): Error {
  if (error instanceof StoreError) return error;
  if (isDamageCode(error)) return new DatabaseDamagedError(path, { cause: error });
  const reason = sqliteReason(error) ?? systemReason(error);
  return new DatabaseOpenError(path, reason ?? '未知原因', { cause: error });
}

/** Node's file-system error codes as a user reads them. */
const SYSTEM_REASONS: Record<string, string> = {
  ENOSPC: '磁盘空间已满',
  EDQUOT: '磁盘配额已用完',
  EACCES: '没有访问权限',
  EPERM: '没有访问权限，或文件正被其他程序（如 WPS、Word）占用',
  EROFS: '磁盘或文件夹是只读的',
  EBUSY: '文件正被其他程序占用',
  ENOENT: '文件不存在（或所在文件夹不存在）',
  ENOTDIR: '路径中有一段不是文件夹',
  EISDIR: '该路径是一个文件夹',
  ENAMETOOLONG: '文件名或路径过长',
  EMFILE: '同时打开的文件过多',
  EIO: '读写磁盘时出错',
  EFBIG: '文件超出了该位置允许的大小',
};

export function systemReason(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? (SYSTEM_REASONS[code] ?? null) : null;
}
