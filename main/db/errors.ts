/**
 * Errors the store throws on purpose. Each carries a message a user can read
 * as is (Simplified Chinese); the IPC layer can tell them apart by class.
 */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The file is not a SQLite database, is damaged, or belongs to another program. */
export class DatabaseDamagedError extends StoreError {
  override name = 'DatabaseDamagedError';
  constructor(
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`数据库文件已损坏或不是本程序的数据库：${path}`, options);
  }
}

/** The database was written by a newer release whose schema this one does not know. */
export class DatabaseTooNewError extends StoreError {
  override name = 'DatabaseTooNewError';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `此数据库由更新版本的整改通报创建（数据库版本 ${found}，本程序最高支持 ${supported}），为免损坏数据，本程序不会打开它。请升级程序。`,
    );
  }
}

/** The file could not be opened or created at all (no permission, a folder in the way …). */
export class DatabaseOpenError extends StoreError {
  override name = 'DatabaseOpenError';
  constructor(
    readonly path: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`无法打开数据库文件：${path}（${reason}）`, options);
  }
}

/** A notice, node or setting that the caller named does not exist. */
export class NotFoundError extends StoreError {
  override name = 'NotFoundError';
}

/** Arguments that fail validation or would break the checklist's rules. */
export class InvalidInputError extends StoreError {
  override name = 'InvalidInputError';
}

/** Rows that exist but cannot be read back as a valid notice. */
export class StoredDataError extends StoreError {
  override name = 'StoredDataError';
}

/** The file or its folder cannot be written, for a caller that needs to write. */
export class DatabaseReadOnlyError extends StoreError {
  override name = 'DatabaseReadOnlyError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`数据库只能以只读方式打开：${path}（${reason}）`);
  }
}

/** The notice the caller named does not exist: one sentence for the window and the command line alike. */
export class NoticeNotFoundError extends NotFoundError {
  override name = 'NoticeNotFoundError';
  constructor(readonly noticeId: string) {
    super(`找不到这份通报（编号 ${noticeId}），它可能已被删除。`);
  }
}
