import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../../../../../main/db/database';
import { saveNotice } from '../../../../../main/db/notices';
import { smallNotice } from '../fixtures';

/** A notice whose title names it, so a list shows which ones a database holds. */
export function namedNotice(id: string, round: string): ReturnType<typeof smallNotice> {
  const notice = smallNotice(id, `${id}-`);
  notice.meta.round = round;
  notice.updatedAt = new Date(Date.UTC(2026, 0, 1) + id.length * 1000 + id.charCodeAt(id.length - 1)).toISOString();
  return notice;
}

export function addNotices(db: Database, ...ids: string[]): void {
  for (const id of ids) saveNotice(db, namedNotice(id, `第${id}轮`));
}

export function noticeIds(db: Database): string[] {
  return db.prepare('SELECT id FROM notices ORDER BY id').pluck().all() as string[];
}

/** The bytes of a database and whatever lies beside it (-wal, -shm, -journal), as hashes: "byte-identical" compares these. */
export function fingerprint(path: string): Record<string, string | null> {
  const result: Record<string, string | null> = {};
  for (const suffix of ['', '-wal', '-journal']) {
    const file = `${path}${suffix}`;
    result[suffix || 'main'] = existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
  }
  return result;
}

/** The names in a folder, sorted, to show that nothing was left behind. */
export function folderListing(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

/** A database of some other program: SQLite, but no application id of ours. */
export function foreignDatabase(path: string): void {
  const other = new BetterSqlite3(path);
  other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三');");
  other.close();
}
