import { basename } from 'node:path';
import type { Stats } from 'node:fs';
import type { BackupSummary } from '../../../shared/model/backup';
import { noticeTitle } from '../../../shared/document/generated-text';
import type { Boilerplate } from '../../../shared/layout/boilerplate';
import { noticeMetaSchema } from '../../../shared/model/schemas';
import type { Database } from '../database';

/** How many of the newest notices' titles a summary names. */
const TITLES = 5;

/**
 * What a backup holds, read with plain SQL on tables that every schema
 * version has had since the first (notices, nodes), so an older backup
 * reads the same. A title whose stored metadata does not parse is named by
 * its id rather than failing the whole summary.
 */
export function summarise(db: Database, path: string, stats: Stats, boilerplate: Boilerplate): BackupSummary {
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM notices) AS notices, (SELECT count(*) FROM nodes WHERE kind = 'item') AS items, (SELECT max(updated_at) FROM notices) AS lastChange`,
    )
    .get() as { notices: number; items: number; lastChange: string | null };
  const newest = db.prepare('SELECT id, meta FROM notices ORDER BY updated_at DESC, id LIMIT ?').all(TITLES) as {
    id: string;
    meta: string;
  }[];
  return {
    fileName: basename(path),
    path,
    sizeBytes: stats.size,
    madeAt: stats.mtime.toISOString(),
    notices: counts.notices,
    items: counts.items,
    lastChange: counts.lastChange,
    latestTitles: newest.map((row) => titleOf(row, boilerplate)),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
  };
}

function titleOf(row: { id: string; meta: string }, boilerplate: Boilerplate): string {
  try {
    const meta = noticeMetaSchema.safeParse(JSON.parse(row.meta));
    if (meta.success) return noticeTitle(meta.data, boilerplate).replace(/\n/g, '') || '（无标题）';
  } catch {
    // Unparseable JSON: named by id below.
  }
  return `（编号 ${row.id}，基本信息无法读取）`;
}
