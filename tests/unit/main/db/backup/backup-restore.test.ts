import { copyFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { checkBackupFile } from '../../../../../main/db/backup/check-backup';
import { restoreBackup } from '../../../../../main/db/backup/restore-backup';
import { writeBackup } from '../../../../../main/db/backup/write-backup';
import { checkDatabase } from '../../../../../main/db/backup/check-database';
import { migrate } from '../../../../../main/db/migrate';
import { LATEST_VERSION } from '../../../../../main/db/migrations';
import { deleteNotice, listNotices } from '../../../../../main/db/notices';
import { openDatabase, openStore } from '../../../../../main/db/open-database';
import { foldLog } from '../../../../../main/db/wal-ownership';
import { searchItems } from '../../../../../main/db/search/search-items';
import { loadLayoutTemplates } from '../../../../../main/layout-templates/load-layout-templates';
import { useTempDir } from '../fixtures';
import { addNotices, fingerprint, folderListing, foreignDatabase, namedNotice, noticeIds } from './support';

const { boilerplate } = loadLayoutTemplates();
const temp = useTempDir();

function liveDatabase(...ids: string[]) {
  const path = join(temp.dir(), 'notices.sqlite');
  const db = temp.track(openDatabase(path));
  addNotices(db, ...ids);
  return { db, path };
}

function restoreInto(db: ReturnType<typeof liveDatabase>['db'], path: string, source: string) {
  return restoreBackup({
    db,
    databasePath: path,
    source,
    boilerplate,
    keepCurrent: () => writeBackup(db, join(temp.dir(), `before-${Date.now()}.sqlite`), boilerplate).then((s) => s.path),
  });
}

describe('立即备份', () => {
  it('writes a standalone, checked copy that opens read-only with nothing beside it', async () => {
    const { db } = liveDatabase('a', 'b');
    const target = join(temp.dir(), '备份.sqlite');
    const summary = await writeBackup(db, target, boilerplate);

    expect(summary).toMatchObject({ fileName: '备份.sqlite', notices: 2, items: 10, schemaVersion: LATEST_VERSION });
    expect(summary.latestTitles[0]).toContain('第b轮');
    // Rollback-journal mode in the header: no -wal or -shm is needed to read it.
    expect(readFileSync(target)[18]).toBe(1);
    expect(folderListing(temp.dir()).filter((f) => f.startsWith('备份') || f.startsWith('.备份'))).toEqual(['备份.sqlite']);
    const copy = new BetterSqlite3(target, { readonly: true, fileMustExist: true });
    expect(copy.prepare('SELECT count(*) FROM notices').pluck().get()).toBe(2);
    copy.close();
    expect(existsSync(`${target}-wal`) || existsSync(`${target}-shm`)).toBe(false);
  });

  it('refuses a missing folder, a folder as the name and the live database itself, in Chinese, writing nothing', async () => {
    const { db, path } = liveDatabase('a');
    await expect(writeBackup(db, join(temp.dir(), '没有这个文件夹', 'x.sqlite'), boilerplate)).rejects.toThrow(/^保存位置不存在：/);
    await expect(writeBackup(db, temp.dir(), boilerplate)).rejects.toThrow(/是一个文件夹，不能作为备份文件名/);
    const before = fingerprint(path);
    db.pragma('wal_checkpoint(TRUNCATE)');
    await expect(writeBackup(db, path, boilerplate)).rejects.toThrow('不能把备份保存为当前正在使用的数据库文件本身');
    expect(noticeIds(db)).toEqual(['a']);
    expect(before.main).not.toBeNull();
  });
});

describe('从备份恢复', () => {
  it('leaves a log that the next start takes for the file’s own, should the app die right after a restore', async () => {
    const { db, path } = liveDatabase('a', 'b');
    // As a long session leaves it: the log folded into the file once, so the file holds a token of its own.
    foldLog(db);
    const backup = join(temp.dir(), 'backup.sqlite');
    await writeBackup(db, backup, boilerplate);
    deleteNotice(db, 'a');
    // Work goes on for days after the backup was made: the log is folded in again and again, the file's token moves on.
    foldLog(db);
    addNotices(db, 'x');
    foldLog(db);
    deleteNotice(db, 'x');
    // A reader keeps the restore from being folded into the file at once, as another window or the command line can.
    const reader = temp.track(new BetterSqlite3(path, { readonly: true }));
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT count(*) FROM notices').get();
    await restoreInto(db, path, backup);
    addNotices(db, 'c');
    // The files as a crash now would leave them.
    const crashed = join(temp.dir(), 'crashed.sqlite');
    copyFileSync(path, crashed);
    copyFileSync(`${path}-wal`, `${crashed}-wal`);
    reader.prepare('COMMIT').run();

    const reopened = openStore(crashed);
    temp.track(reopened.db);
    expect(reopened.status.findings).toEqual([]);
    expect(noticeIds(reopened.db)).toEqual(['a', 'b', 'c']);
  });

  it('brings back the notices of the backup in the running database, keeping the current data first', async () => {
    const { db, path } = liveDatabase('a', 'b');
    const backup = join(temp.dir(), 'backup.sqlite');
    await writeBackup(db, backup, boilerplate);
    deleteNotice(db, 'a');
    addNotices(db, 'c');
    const listBefore = listNotices(db, boilerplate);

    const outcome = await restoreInto(db, path, backup);

    expect(outcome.restored).toMatchObject({ notices: 2, fileName: 'backup.sqlite' });
    // The same connection, untouched by the app, now reads the restored notices.
    expect(noticeIds(db)).toEqual(['a', 'b']);
    expect(
      listNotices(db, boilerplate)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(searchItems(db, '问题A', {}, {}, boilerplate).hits.map((h) => h.noticeId)).toContain('a');
    // The data from before the restore is kept.
    const kept = new BetterSqlite3(outcome.previousDataBackup, { readonly: true });
    expect(kept.prepare('SELECT id FROM notices ORDER BY id').pluck().all()).toEqual(listBefore.map((n) => n.id).sort());
    kept.close();
    // And the app goes on saving into it.
    addNotices(db, 'd');
    db.close();
    const reopened = temp.track(openDatabase(path));
    expect(noticeIds(reopened)).toEqual(['a', 'b', 'd']);
    expect(checkDatabase(reopened).ok).toBe(true);
    // No staging file left beside the database.
    expect(folderListing(temp.dir()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never freezes a save of the app made while the restore runs, and puts the busy timeout back', async () => {
    const { db, path } = liveDatabase('a', 'b');
    const backup = join(temp.dir(), 'backup.sqlite');
    await writeBackup(db, backup, boilerplate);
    const timeout = db.pragma('busy_timeout', { simple: true });
    let running = true;
    const waits: number[] = [];
    let n = 0;
    // The window's autosaves, arriving on every turn of the event loop while the restore runs.
    const saves = (async () => {
      while (running) {
        const start = performance.now();
        try {
          addNotices(db, `s${(n += 1)}`);
        } catch {
          // Refused at once while the restore holds the lock: the window saves again.
        }
        waits.push(performance.now() - start);
        await new Promise((r) => setImmediate(r));
      }
    })();
    await restoreInto(db, path, backup);
    running = false;
    await saves;
    expect(Math.max(...waits)).toBeLessThan(1000);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(timeout);
    expect(noticeIds(db).filter((id) => !id.startsWith('s'))).toEqual(['a', 'b']);
    expect(checkDatabase(db).ok).toBe(true);
  });

  it('brings an older backup up to this release, in the staging copy, before switching', async () => {
    const olderPath = join(temp.dir(), 'older.sqlite');
    const older = new BetterSqlite3(olderPath);
    migrate(older, 20);
    older
      .prepare(`INSERT INTO notices (id, layout_id, status, meta, parts, created_at, updated_at) SELECT ?, 'duizhao', 'draft', ?, ?, ?, ?`)
      .run(
        'old',
        JSON.stringify(namedNotice('old', '旧轮').meta),
        JSON.stringify(namedNotice('old', '旧轮').parts),
        '2020-01-01T00:00:00.000Z',
        '2020-01-01T00:00:00.000Z',
      );
    older.close();
    const olderBytes = fingerprint(olderPath);

    const { db, path } = liveDatabase('a');
    const outcome = await restoreInto(db, path, olderPath);

    expect(outcome.restored.schemaVersion).toBe(20);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(noticeIds(db)).toEqual(['old']);
    // Tables of later migrations exist and work.
    expect(db.prepare('SELECT count(*) FROM templates').pluck().get()).toBe(0);
    expect(fingerprint(olderPath)).toEqual(olderBytes);
  });

  it('restores a hand-copied WAL-mode database through a private copy, never opening it in place', async () => {
    const { db, path } = liveDatabase('a', 'b');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const handCopy = join(temp.dir(), 'copied', 'notices.sqlite');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(temp.dir(), 'copied'));
    copyFileSync(path, handCopy);
    expect(readFileSync(handCopy)[18]).toBe(2);
    deleteNotice(db, 'b');

    const summary = checkBackupFile(handCopy, boilerplate);
    expect(summary.notices).toBe(2);
    expect(folderListing(join(temp.dir(), 'copied'))).toEqual(['notices.sqlite']);
    await restoreInto(db, path, handCopy);
    expect(noticeIds(db)).toEqual(['a', 'b']);
    expect(folderListing(join(temp.dir(), 'copied'))).toEqual(['notices.sqlite']);
  });
});

describe('a chosen file that is not a usable backup', () => {
  async function refused(prepare: (file: string, goodBackup: string) => void, message: RegExp) {
    const { db, path } = liveDatabase('a', 'b');
    const good = join(temp.dir(), 'good.sqlite');
    await writeBackup(db, good, boilerplate);
    addNotices(db, 'c');
    const chosenFolder = join(temp.dir(), 'chosen');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(chosenFolder);
    const chosen = join(chosenFolder, 'chosen.sqlite');
    prepare(chosen, good);

    const live = fingerprint(path);
    const chosenBytes = fingerprint(chosen);
    const listing = folderListing(chosenFolder);
    let kept = 0;
    expect(() => checkBackupFile(chosen, boilerplate)).toThrow(message);
    await expect(
      restoreBackup({ db, databasePath: path, source: chosen, boilerplate, keepCurrent: async () => String((kept += 1)) }),
    ).rejects.toThrow(message);

    // Nothing was kept, switched or written: the live database and the chosen file are byte-identical.
    expect(kept).toBe(0);
    expect(fingerprint(path)).toEqual(live);
    expect(fingerprint(chosen)).toEqual(chosenBytes);
    expect(folderListing(chosenFolder)).toEqual(listing);
    expect(folderListing(temp.dir()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(noticeIds(db)).toEqual(['a', 'b', 'c']);
  }

  it('refuses a file that is not a database', async () => {
    await refused((file) => writeFileSync(file, '这是一段文字，不是数据库。'.repeat(50)), /不是整改通报的备份文件（它不是数据库文件）/);
  });

  it('refuses an empty file', async () => {
    await refused((file) => writeFileSync(file, ''), /是一个空文件/);
  });

  it("refuses another program's database", async () => {
    await refused((file) => foreignDatabase(file), /是其他程序的数据库，不是整改通报的备份/);
  });

  it('refuses a backup from a newer release', async () => {
    await refused(
      (file, good) => {
        copyFileSync(good, file);
        const newer = new BetterSqlite3(file);
        newer.pragma(`user_version = ${LATEST_VERSION + 10}`);
        newer.close();
      },
      new RegExp(`由更新版本的整改通报创建（数据库版本 ${LATEST_VERSION + 10}，本程序最高支持 ${LATEST_VERSION}）`),
    );
  });

  it('refuses a truncated backup', async () => {
    await refused((file, good) => {
      copyFileSync(good, file);
      truncateSync(file, Math.floor(statSync(file).size / 2));
    }, /不完整（比它应有的大小短/);
  });

  it('refuses a backup with a damaged index page', async () => {
    await refused((file, good) => {
      copyFileSync(good, file);
      damageAnIndex(file);
    }, /已损坏（完整性检查未通过），不能用它恢复/);
  });

  it('refuses a database with a -wal beside it, which may be in use', async () => {
    await refused((file, good) => {
      copyFileSync(good, file);
      const wal = new BetterSqlite3(file);
      wal.pragma('journal_mode = WAL');
      wal.close();
      writeFileSync(`${file}-wal`, 'x'.repeat(100));
    }, /旁边还有一个日志文件/);
  });
});

describe('检查数据库', () => {
  it('says in Chinese that an intact database is intact', () => {
    const { db } = liveDatabase('a');
    const check = checkDatabase(db);
    expect(check.ok).toBe(true);
    expect(check.message).toMatch(/^数据库完好：完整性检查通过/);
  });

  it('finds no false damage after another connection changed the search index', () => {
    const { db, path } = liveDatabase('a');
    expect(checkDatabase(db).ok).toBe(true);
    // The first connection's FTS5 structure cache is now stale; integrity_check on it would report corruption.
    const other = temp.track(openDatabase(path));
    addNotices(other, 'b', 'c', 'd');
    expect(checkDatabase(db)).toMatchObject({ ok: true, problems: [] });
  });

  it('lists the problems of a damaged index in Chinese', async () => {
    const { db } = liveDatabase('a', 'b');
    const copyPath = join(temp.dir(), 'damaged.sqlite');
    await writeBackup(db, copyPath, boilerplate);
    damageAnIndex(copyPath);
    const damaged = temp.track(new BetterSqlite3(copyPath, { readonly: true }));
    const check = checkDatabase(damaged);
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(/^数据库有损坏：完整性检查发现 \d+ 处问题/);
    for (const problem of check.problems) expect(problem).toMatch(/\p{Script=Han}/u);
    expect(check.problems.join('')).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
  });
});

/**
 * Changes one character of a key in an index page (nodes_by_parent, which
 * holds the parent ids as text): the page stays well-formed, so quick_check
 * passes, but the index no longer matches its rows, which only the full
 * integrity_check finds.
 */
function damageAnIndex(path: string): void {
  const probe = new BetterSqlite3(path, { readonly: true });
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  const rootpage = probe.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'nodes_by_parent'").pluck().get() as number;
  probe.close();
  const bytes = readFileSync(path);
  const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
  const at = page.indexOf(Buffer.from('a-S1'));
  if (at < 0) throw new Error('no key to damage');
  page[at + 2] = 'T'.charCodeAt(0);
  writeFileSync(path, bytes);
  const damaged = new BetterSqlite3(path, { readonly: true });
  const quick = damaged.pragma('quick_check', { simple: true });
  damaged.close();
  if (quick !== 'ok') throw new Error(`meant to pass quick_check: ${String(quick)}`);
}
