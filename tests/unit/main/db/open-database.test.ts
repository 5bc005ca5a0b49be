import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseDamagedError, DatabaseOpenError, DatabaseTooNewError } from '../../../../main/db/errors';
import { LATEST_VERSION } from '../../../../main/db/migrations';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { largeNotice, useTempDir } from './fixtures';

describe('openDatabase', () => {
  const temp = useTempDir();

  it('creates missing folders and sets WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const path = join(temp.dir(), 'nested', 'deeper', 'notices.sqlite');
    const db = temp.track(openDatabase(path));
    expect(existsSync(path)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    // Ordinary tables only: the search index's FTS5 tables are virtual, with shadow tables of their own.
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all();
    expect(tables).toEqual(
      ['nodes', 'notices', 'search_items', 'search_notices', 'search_slots', 'settings', 'store_marker', 'templates', 'versions'].map(
        (name) => ({
          name,
          strict: 1,
        }),
      ),
    );
  });

  it('opens an in-memory database with the latest schema', () => {
    const db = temp.track(openDatabase(':memory:'));
    expect(db.memory).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('keeps committed data across close and reopen', () => {
    const path = join(temp.dir(), 'notices.sqlite');
    const notice = largeNotice();
    const db = openDatabase(path);
    saveNotice(db, notice);
    db.close();
    expect(getNotice(temp.track(openDatabase(path)), notice.id)).toStrictEqual(notice);
  });

  const damaged: [string, (dir: string) => Buffer][] = [
    ['random bytes', () => randomBytes(16 * 1024)],
    ['a text file', () => Buffer.from('这不是数据库，只是一段文字。\n')],
    [
      'a truncated database',
      (dir) => {
        const source = join(dir, 'whole.sqlite');
        const db = openDatabase(source);
        saveNotice(db, largeNotice());
        db.close();
        const whole = readFileSync(source);
        expect(whole.length).toBeGreaterThan(64 * 1024);
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
    ],
    [
      // Header and length intact, one page of the checklist overwritten: only a full page walk notices.
      'a database with a damaged page in the middle',
      (dir) => {
        const source = join(dir, 'whole.sqlite');
        const db = openDatabase(source);
        saveNotice(db, largeNotice());
        db.close();
        const bytes = Buffer.from(readFileSync(source));
        const pageSize = 4096;
        const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
        randomBytes(pageSize).copy(bytes, middle);
        return bytes;
      },
    ],
  ];

  for (const [what, make] of damaged) {
    it(`refuses ${what} in Chinese and leaves the file byte for byte as it was`, () => {
      const path = join(temp.dir(), 'broken.sqlite');
      const bytes = make(temp.dir());
      writeFileSync(path, bytes);
      let thrown: unknown;
      try {
        temp.track(openDatabase(path));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DatabaseDamagedError);
      expect((thrown as Error).message).toBe(`数据库文件已损坏或不是本程序的数据库：${path}`);
      expect(readFileSync(path).equals(bytes)).toBe(true);
    });
  }

  it("refuses another program's SQLite database without adding tables to it", () => {
    const path = join(temp.dir(), 'other.sqlite');
    const other = new BetterSqlite3(path);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三');");
    other.close();
    const before = readFileSync(path);
    expect(() => temp.track(openDatabase(path))).toThrow(DatabaseDamagedError);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a database written by a newer release, untouched', () => {
    const path = join(temp.dir(), 'notices.sqlite');
    openDatabase(path).close();
    const raw = new BetterSqlite3(path);
    raw.pragma('user_version = 990');
    raw.close();
    const before = readFileSync(path);
    let thrown: unknown;
    try {
      temp.track(openDatabase(path));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseTooNewError);
    expect((thrown as DatabaseTooNewError).found).toBe(990);
    expect((thrown as Error).message).toMatch(/^此数据库由更新版本的整改通报创建.*请升级程序。$/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('explains in Chinese when the path is a folder', () => {
    const dir = temp.dir();
    expect(() => openDatabase(dir)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(dir)).toThrow(`无法打开数据库文件：${dir}（`);
  });
});
