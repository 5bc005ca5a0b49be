import type { VersionReason, VersionSummary } from '../../shared/versions/version-types';
import type { Database } from './database';

/** A version as it goes into the table. */
export interface VersionInput {
  noticeId: string;
  createdAt: string;
  reason: VersionReason;
  name: string | null;
  file: string | null;
  digest: string;
  data: Buffer;
}

interface VersionRow {
  id: number;
  notice_id: string;
  created_at: string;
  reason: VersionReason;
  name: string | null;
  file: string | null;
}

const SUMMARY_COLUMNS = 'id, notice_id, created_at, reason, name, file';

/** Stores a version; returns its id. The caller holds the write transaction. */
export function insertVersion(db: Database, input: VersionInput): number {
  const result = db
    .prepare(
      `INSERT INTO versions (notice_id, created_at, reason, name, file, digest, data)
       VALUES (@noticeId, @createdAt, @reason, @name, @file, @digest, @data)`,
    )
    .run(input);
  return Number(result.lastInsertRowid);
}

/** A notice's versions, the newest first. */
export function listVersions(db: Database, noticeId: string): VersionSummary[] {
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM versions WHERE notice_id = ? ORDER BY id DESC`).all(noticeId) as VersionRow[];
  return rows.map(toSummary);
}

/** One version with its packed notice, or null. */
export function getVersionRow(db: Database, id: number): (VersionSummary & { data: Buffer }) | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, data FROM versions WHERE id = ?`).get(id) as
    (VersionRow & { data: Buffer }) | undefined;
  return row ? { ...toSummary(row), data: row.data } : null;
}

/** The newest version of a notice: when it was taken and what it held, or null when there is none. */
export function newestVersion(db: Database, noticeId: string): { id: number; createdAt: string; digest: string } | null {
  const row = db.prepare('SELECT id, created_at, digest FROM versions WHERE notice_id = ? ORDER BY id DESC LIMIT 1').get(noticeId) as
    { id: number; created_at: string; digest: string } | undefined;
  return row ? { id: row.id, createdAt: row.created_at, digest: row.digest } : null;
}

export function deleteVersions(db: Database, ids: readonly number[]): void {
  if (ids.length === 0) return;
  db.prepare('DELETE FROM versions WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
}

function toSummary(row: VersionRow): VersionSummary {
  return { id: row.id, noticeId: row.notice_id, createdAt: row.created_at, reason: row.reason, name: row.name, file: row.file };
}

/** What the automatic versions need to know of a stored notice before a save, without reading it whole. */
export function noticeHead(db: Database, noticeId: string): { stage: string; createdAt: string } | null {
  // A malformed metadata cell must not fail the save meant to replace it.
  const row = db
    .prepare("SELECT CASE WHEN json_valid(meta) THEN meta ->> '$.stage' END AS stage, created_at FROM notices WHERE id = ?")
    .get(noticeId) as { stage: string; created_at: string } | undefined;
  return row ? { stage: row.stage, createdAt: row.created_at } : null;
}
