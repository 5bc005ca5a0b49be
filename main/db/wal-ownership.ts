import { randomUUID } from 'node:crypto';
import { openFileOnly, openReader, withConnection, type ConnectionOptions, type Database } from './connections';
import { isDamageCode } from './translate-error';

/*
 * Whether a write-ahead log found beside a database file was written against
 * that very file (see migration 0050). SQLite itself checks only that the
 * log is well formed, so a log left by another copy — what a user restoring
 * a copied file gets — or an older copy put back under a newer log would be
 * replayed into the file and, on close, written into it for good.
 */

interface Marker {
  file_token: string;
  wal_base: string;
}

export type WalVerdict =
  /** The log's first transaction names the file's own token. */
  | { kind: 'belongs' }
  /** The log names another file's token: replaying it would mix two databases. */
  | { kind: 'foreign' }
  /** The log does not say (written by a release before the marker, or its first transaction was not ours). */
  | { kind: 'unknown' }
  /** With its log replayed the database is a newer release's. */
  | { kind: 'too-new'; version: number };

function readMarker(db: Database): Marker | null {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'store_marker'").get();
  if (!table) return null;
  return (db.prepare('SELECT file_token, wal_base FROM store_marker WHERE id = 1').get() as Marker | undefined) ?? null;
}

/** Compares the file as it is on disk with the file as its log makes it; writes nothing. */
export function judgeWal(path: string, latestVersion: number, options: ConnectionOptions = {}): WalVerdict {
  const replayed = unlessDamaged(() =>
    withConnection(
      () => openReader(path, options),
      (db) => ({ version: db.pragma('user_version', { simple: true }) as number, marker: readMarker(db) }),
    ),
  );
  if (replayed && replayed.version > latestVersion) return { kind: 'too-new', version: replayed.version };
  // The file alone may not read at all: a fold killed half way leaves it whole only together with its log.
  const onDisk = unlessDamaged(() => withConnection(() => openFileOnly(path, options), readMarker));
  if (!replayed?.marker || !onDisk) return { kind: 'unknown' };
  const touched = replayed.marker.file_token !== onDisk.file_token || replayed.marker.wal_base !== onDisk.wal_base;
  if (!touched || onDisk.file_token === '') return { kind: 'unknown' };
  return replayed.marker.wal_base === onDisk.file_token ? { kind: 'belongs' } : { kind: 'foreign' };
}

/** The read's answer, or null when SQLite finds the pages damaged (the caller then checks soundness instead). */
function unlessDamaged<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (isDamageCode(error)) return null;
    throw error;
  }
}

/** Above this the log is folded into the file (and the next write begins a fresh, marked log). */
const CHECKPOINT_WAL_BYTES = 8 * 1024 * 1024;

/**
 * Folds the whole log into the file, leaving it empty, when no other
 * connection is reading from it; false when that has to wait. Never waits
 * for another connection's readers (a save would freeze the window): the
 * log is folded later instead. The store turns SQLite's own automatic
 * checkpoints off, so that every log it starts is begun by markNewLog.
 */
export function foldLog(db: Database): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result !== undefined && result.busy === 0;
  } finally {
    db.pragma(`busy_timeout = ${Math.trunc(timeout)}`);
  }
}

/**
 * Inside a write transaction, before anything else is written: when the log
 * is empty this transaction begins it, so the marker goes first —
 * `wal_base` = the token the file now holds, and a new token for the file
 * to hold once this log is folded in. A log already begun is left as it is
 * (marking it twice would name a token the file never held). Nothing is
 * written while nothing else is, so merely opening a database changes no byte.
 */
export function markNewLog(db: Database, walBytes: number): void {
  if (walBytes > 0 || !hasMarker(db)) return;
  db.prepare('UPDATE store_marker SET wal_base = file_token, file_token = ? WHERE id = 1').run(randomUUID());
}

/**
 * Gives a database file a token of its own, for a copy made of the store
 * (a backup, a restore's staging copy): a copy must never carry the token
 * of the file it was copied from, or a log of that file could later be
 * taken for the copy's. `walBase` names the file whose log the copy's
 * pages will be written into (a restore), or '' for a file on its own.
 */
export function giveOwnToken(db: Database, walBase = ''): void {
  if (!hasMarker(db)) return;
  db.prepare('UPDATE store_marker SET file_token = ?, wal_base = ? WHERE id = 1').run(randomUUID(), walBase);
}

/** The marker token a database file holds on disk, its log aside; null for a file without one. */
export function tokenOnDisk(path: string, options: ConnectionOptions = {}): string | null {
  const marker = unlessDamaged(() => withConnection(() => openFileOnly(path, options), readMarker));
  return marker?.file_token ?? null;
}

const marked = new WeakMap<Database, boolean>();

function hasMarker(db: Database): boolean {
  let known = marked.get(db);
  if (known === undefined) {
    known = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'store_marker'").get() !== undefined;
    // Only a yes is kept: a database migrated later on this connection gains the table.
    if (known) marked.set(db, true);
  }
  return known;
}

/** After a write: folds a long log, so that it neither grows without end nor is folded by SQLite unmarked. */
export function checkpointIfLong(db: Database, walBytes: () => number): void {
  if (walBytes() > CHECKPOINT_WAL_BYTES) foldLog(db);
}
