import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../../../main/db/errors';
import { LATEST_VERSION } from '../../../../main/db/migrations';
import { getNotice, listNotices, saveNotice } from '../../../../main/db/notices';
import { openStore } from '../../../../main/db/open-database';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { smallNotice, useTempDir } from './fixtures';

const { boilerplate } = loadLayoutTemplates();

/** The files of a database as a crash would leave them: main file and log copied while the connection is open. */
function crashCopy(from: string, to: string): void {
  copyFileSync(from, to);
  copyFileSync(`${from}-wal`, `${to}-wal`);
}

function bytesOf(path: string): { main: Buffer; wal: Buffer | null } {
  return { main: readFileSync(path), wal: existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : null };
}

function ids(path: string): string[] {
  const { db } = openStore(path);
  try {
    return listNotices(db, boilerplate)
      .map((n) => n.id)
      .sort();
  } finally {
    db.close();
  }
}

/** A database holding the given notices, closed (so complete in its main file). */
function databaseWith(path: string, noticeIds: string[]): void {
  const { db } = openStore(path);
  for (const id of noticeIds) saveNotice(db, smallNotice(id, `${id}-`));
  db.close();
}

describe('openStore and the log beside the file', () => {
  const temp = useTempDir();

  it('replays the log a session left when it did not close: no acknowledged save is lost', () => {
    const live = join(temp.dir(), 'live.sqlite');
    databaseWith(live, ['a']);
    const { db } = openStore(live);
    saveNotice(db, smallNotice('b', 'b-'));
    const crashed = join(temp.dir(), 'crashed.sqlite');
    crashCopy(live, crashed);
    db.close();

    const opened = openStore(crashed);
    temp.track(opened.db);
    expect(opened.status.mode).toBe('write');
    expect(opened.status.findings).toEqual([]);
    expect(getNotice(opened.db, 'b')).not.toBeNull();
  });

  it("sets aside another copy's log instead of replaying it, and keeps every notice of the file", () => {
    // The user's database, three notices, closed cleanly.
    const mine = join(temp.dir(), 'notices.sqlite');
    databaseWith(mine, ['n1', 'n2', 'n3']);
    const before = readFileSync(mine);
    // Another copy of the program's database, which crashed with its log full of its own notices.
    const other = join(temp.dir(), 'other.sqlite');
    databaseWith(other, ['x1']);
    const { db } = openStore(other);
    for (const id of ['x2', 'x3', 'x4']) saveNotice(db, smallNotice(id, `${id}-`));
    const otherCrash = join(temp.dir(), 'other-crash.sqlite');
    crashCopy(other, otherCrash);
    db.close();
    // What a user restoring a copied file gets: the other copy's log beside their file.
    copyFileSync(`${otherCrash}-wal`, `${mine}-wal`);
    const foreignLog = readFileSync(`${mine}-wal`);

    const opened = openStore(mine);
    expect(opened.status.mode).toBe('write');
    expect(opened.status.findings).toHaveLength(1);
    expect(opened.status.findings[0]).toMatch(/日志文件不是这个数据库的.*已改名保存为“notices\.sqlite-wal\.未合并-\d{8}-\d{6}”/);
    expect(
      listNotices(opened.db, boilerplate)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['n1', 'n2', 'n3']);
    opened.db.close();
    // The log is kept, byte for byte, under its new name; the file still has its three notices.
    const kept = readdirSync(temp.dir()).filter((name) => name.startsWith('notices.sqlite-wal.未合并-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(temp.dir(), kept[0]!)).equals(foreignLog)).toBe(true);
    expect(ids(mine)).toEqual(['n1', 'n2', 'n3']);
    expect(before.length).toBeGreaterThan(0);
  });

  it('sets aside a stale log of the same database when an older copy of the file is put back', () => {
    const path = join(temp.dir(), 'notices.sqlite');
    databaseWith(path, ['n1']);
    const olderCopy = join(temp.dir(), 'copy-made-by-hand.sqlite');
    copyFileSync(path, olderCopy);
    // Later sessions: one closes cleanly, the next one crashes with saves in its log.
    databaseWith(path, ['n2']);
    const { db } = openStore(path);
    saveNotice(db, smallNotice('n3', 'n3-'));
    const crash = join(temp.dir(), 'crash.sqlite');
    crashCopy(path, crash);
    db.close();
    // The user puts their older copy back; the log of the newer state is still beside it.
    const restored = join(temp.dir(), 'restored.sqlite');
    copyFileSync(olderCopy, restored);
    copyFileSync(`${crash}-wal`, `${restored}-wal`);

    const opened = openStore(restored);
    expect(opened.status.findings.join('')).toMatch(/未合并/);
    expect(listNotices(opened.db, boilerplate).map((n) => n.id)).toEqual(['n1']);
    opened.db.close();
  });

  it("sets aside a log a newer release wrote over this release's file, and says so", () => {
    const path = join(temp.dir(), 'newer.sqlite');
    databaseWith(path, ['n1']);
    const raw = new BetterSqlite3(path);
    raw.pragma('wal_autocheckpoint = 0');
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
    raw.exec("UPDATE notices SET layout_id = 'future'");
    const crash = join(temp.dir(), 'newer-crash.sqlite');
    crashCopy(path, crash);
    raw.close();
    const before = bytesOf(crash);
    expect(before.wal?.length).toBeGreaterThan(32);

    const opened = openStore(crash);
    expect(opened.status.findings.join('')).toMatch(/更新版本的整改通报写下的.*已改名保存为“newer-crash\.sqlite-wal\.未合并-/);
    expect(getNotice(opened.db, 'n1')?.layoutId).toBe('duizhao');
    opened.db.close();
    const kept = readdirSync(temp.dir()).find((name) => name.startsWith('newer-crash.sqlite-wal.未合并-'))!;
    expect(readFileSync(join(temp.dir(), kept)).equals(before.wal!)).toBe(true);
  });

  it("refuses a file whose header is a newer release's, with its log untouched", () => {
    const path = join(temp.dir(), 'newer.sqlite');
    databaseWith(path, ['n1']);
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
    raw.pragma('wal_autocheckpoint = 0');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.exec("UPDATE notices SET layout_id = 'future'");
    const crash = join(temp.dir(), 'crash.sqlite');
    crashCopy(path, crash);
    raw.close();
    const before = bytesOf(crash);
    expect(() => openStore(crash)).toThrow(DatabaseTooNewError);
    const after = bytesOf(crash);
    expect(after.main.equals(before.main) && after.wal!.equals(before.wal!)).toBe(true);
  });

  it("refuses another program's database whose tables are still in its log, leaving file and log as they were", () => {
    const path = join(temp.dir(), 'other.db');
    const other = new BetterSqlite3(path);
    other.pragma('journal_mode = WAL');
    other.pragma('wal_autocheckpoint = 0');
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三');");
    const crash = join(temp.dir(), 'other-crash.db');
    crashCopy(path, crash);
    other.close();
    const before = bytesOf(crash);

    expect(() => openStore(crash)).toThrow(/不是本程序的数据库/);
    const after = bytesOf(crash);
    expect(after.main.equals(before.main) && after.wal!.equals(before.wal!)).toBe(true);
  });
});
