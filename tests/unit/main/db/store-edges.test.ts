import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeBackup } from '../../../../main/db/backup/write-backup';
import { migrate } from '../../../../main/db/migrate';
import { listNotices, saveNotice } from '../../../../main/db/notices';
import { openStore } from '../../../../main/db/open-database';
import { foldLog } from '../../../../main/db/wal-ownership';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { foldPartly } from '../../../support/wal-frames';
import type { Notice } from '../../../../shared/model/notice';
import { plainList } from '../../../../shared/model/rich-text';
import { saveNoticesAtOldSchema } from '../../../support/old-schema';
import { smallNotice, useTempDir } from './fixtures';

const { boilerplate } = loadLayoutTemplates();
const ids = (db: BetterSqlite3.Database) =>
  listNotices(db, boilerplate)
    .map((n) => n.id)
    .sort();

/** The main file and its log as a crash leaves them, copied while the connection is open. */
function crashCopy(from: string, to: string): void {
  copyFileSync(from, to);
  copyFileSync(`${from}-wal`, `${to}-wal`);
  rmSync(`${to}-shm`, { force: true });
}

function bulky(parts: Notice['parts']): Notice['parts'] {
  return { ...parts, organisation: { ...parts.organisation, body: plainList(['整改工作扎实推进，'.repeat(300)], 'none') } };
}

describe('openStore at the edges', () => {
  const temp = useTempDir();

  it('does not take the live log for the log of one of its own backups put back by hand', async () => {
    const path = join(temp.dir(), 'notices.sqlite');
    const { db } = openStore(path);
    saveNotice(db, smallNotice('kept', 'kept-'));
    const backup = join(temp.dir(), 'backup.sqlite');
    await writeBackup(db, backup, boilerplate);
    // The session goes on and crashes with newer saves in its log.
    foldLog(db);
    saveNotice(db, smallNotice('later', 'later-'));
    const crashed = join(temp.dir(), 'crashed.sqlite');
    crashCopy(path, crashed);
    db.close();
    // The user copies the backup over the database by hand; the log stays beside it.
    copyFileSync(backup, crashed);

    const opened = openStore(crashed);
    temp.track(opened.db);
    expect(opened.status.findings.join('')).toMatch(/未合并/);
    expect(ids(opened.db)).toEqual(['kept']);
  });

  it('opens a database whose fold was killed half way, whatever page it stopped at', () => {
    // A database of the previous release, migrated by this one, the session killed before the log was folded.
    const source = join(temp.dir(), 'old.sqlite');
    const old = new BetterSqlite3(source);
    old.pragma('journal_mode = WAL');
    migrate(old, 40);
    // Long enough that the tables the migration adds land past the end of the old file.
    const notices = Array.from({ length: 12 }, (_, n) => ({ ...smallNotice(`n${n}`, `n${n}-`), parts: bulky(smallNotice(`n${n}`).parts) }));
    saveNoticesAtOldSchema(old, notices, temp.dir());
    old.close();
    // This release migrates it, as the store does (its own folding only), and dies before folding the log.
    const db = new BetterSqlite3(source);
    db.pragma('wal_autocheckpoint = 0');
    migrate(db);
    saveNotice(db, smallNotice('new', 'new-'));
    const crashed = join(temp.dir(), 'crashed.sqlite');
    crashCopy(source, crashed);
    db.close();
    const file = readFileSync(crashed);
    const log = readFileSync(`${crashed}-wal`);

    const path = join(temp.dir(), 'notices.sqlite');
    const pages = foldPartly(crashed, 0);
    expect(pages).toBeGreaterThan(3);
    for (let count = 0; count <= pages; count += 1) {
      writeFileSync(path, file);
      writeFileSync(`${path}-wal`, log);
      rmSync(`${path}-shm`, { force: true });
      foldPartly(path, count);
      const opened = openStore(path);
      expect({ count, mode: opened.status.mode, findings: opened.status.findings }).toEqual({ count, mode: 'write', findings: [] });
      expect(ids(opened.db)).toHaveLength(13);
      opened.db.close();
    }
  });

  it('opens a file with a damaged page for salvage, never refuses it, and leaves it as it was', () => {
    const source = join(temp.dir(), 'whole.sqlite');
    const { db } = openStore(source);
    for (let n = 0; n < 20; n += 1) saveNotice(db, smallNotice(`n${n}`, `n${n}-`));
    db.close();
    const whole = readFileSync(source);
    const pageSize = whole.readUInt16BE(16);
    const path = join(temp.dir(), 'notices.sqlite');
    // Page 1 holds the header and the schema: without them nothing can be salvaged, so from page 2 on.
    for (let page = 2; page <= whole.length / pageSize; page += 3) {
      const damaged = Buffer.from(whole);
      damaged.fill(0xa5, (page - 1) * pageSize, (page - 1) * pageSize + 16);
      writeFileSync(path, damaged);
      const opened = openStore(path);
      expect({ page, mode: opened.status.mode }).toEqual({ page, mode: 'salvage' });
      opened.db.close();
      expect(readFileSync(path).equals(damaged)).toBe(true);
    }
  });
});
