import { closeSync, openSync, readSync } from 'node:fs';

/** The fields of an SQLite file's 100-byte header that decide whether a file can be one of our backups. */
export interface SqliteHeader {
  pageSize: number;
  /** True when the file was last in WAL mode: its newest commits may be in a -wal file beside it. */
  wal: boolean;
  /** Pages the header says the file holds, or null when that count is not trustworthy (written by an old SQLite). */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
}

const MAGIC = 'SQLite format 3\0';
export const HEADER_BYTES = 100;

/** Reads the header with plain file reads, so that nothing (not even a -shm file) is created. Null when it is not SQLite. */
export function readSqliteHeader(path: string): SqliteHeader | null {
  const bytes = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, bytes, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read < HEADER_BYTES || bytes.toString('latin1', 0, 16) !== MAGIC) return null;
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The in-header size is valid only when the change counter matches "version-valid-for" (SQLite ≥ 3.7.0 wrote both).
  const sizeValid = bytes.readUInt32BE(24) === bytes.readUInt32BE(92) && bytes.readUInt32BE(28) > 0;
  return {
    pageSize,
    wal: bytes[18] === 2 || bytes[19] === 2,
    pageCount: sizeValid ? bytes.readUInt32BE(28) : null,
    userVersion: bytes.readInt32BE(60),
    applicationId: bytes.readInt32BE(68),
  };
}

/** Bytes 18–19 say "rollback journal": a WAL-mode copy whose log was fully merged reads the same without a -wal or -shm. */
export const ROLLBACK_MODE_BYTES = Buffer.from([1, 1]);
export const JOURNAL_MODE_OFFSET = 18;
