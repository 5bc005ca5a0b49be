import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/open-database';
import { deleteNotice } from '../../../../main/db/notices';
import { cli, type Run } from '../../../support/run-cli';
import { addNotices, fingerprint, foreignDatabase, noticeIds } from '../db/backup/support';

/** backup, restore and check-db as a user runs them: real processes on real files. */

let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backup-cli-'));
  dbPath = join(dir, 'notices.sqlite');
  const db = openDatabase(dbPath);
  addNotices(db, 'a', 'b');
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function oneLineError(run: Run, code = 1): string {
  expect(run.code, run.stderr).toBe(code);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^错误：[“\p{Script=Han}]/u);
  expect(lines.length, run.stderr).toBe(code === 2 ? 2 : 1);
  expect(run.stderr).not.toMatch(/\bat \S+ \(|SQLITE_|Error:/);
  return lines[0]!;
}

describe('backup, restore, check-db', () => {
  it('backs up, restores a deleted notice from it, and checks the database', async () => {
    const backup = join(dir, '通报备份.sqlite');
    const made = await cli('backup', '--out', backup, '--db', dbPath);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim()).toBe(`已备份到：${backup}（2 份通报，共 10 个问题，已通过完整性检查）`);

    const db = openDatabase(dbPath);
    deleteNotice(db, 'a');
    db.close();

    const restored = await cli('restore', backup, '--db', dbPath);
    expect(restored.code, restored.stderr).toBe(0);
    const [first, second] = restored.stdout.trim().split('\n');
    expect(first).toBe(`已从备份恢复：${backup}（2 份通报，共 10 个问题）`);
    expect(second).toMatch(/^恢复前的数据已备份到：.*备份\/整改通报-恢复前备份-\d{8}-\d{6}\.sqlite$/);
    expect(existsSync(second!.replace('恢复前的数据已备份到：', ''))).toBe(true);
    const after = openDatabase(dbPath);
    expect(noticeIds(after)).toEqual(['a', 'b']);
    after.close();

    const checked = await cli('check-db', '--db', dbPath);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/^数据库完好：完整性检查通过/);
  });

  it('says in one Chinese line why a backup or a restore cannot be done, and leaves the database as it was', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, '一段文字');
    const foreign = join(dir, 'other.db');
    foreignDatabase(foreign);
    const before = fingerprint(dbPath);

    const [noOut, noFolder, notDb, other, missing] = await Promise.all([
      cli('backup', '--db', dbPath),
      cli('backup', '--out', join(dir, '没有的文件夹', 'x.sqlite'), '--db', dbPath),
      cli('restore', text, '--db', dbPath),
      cli('restore', foreign, '--db', dbPath),
      cli('restore', join(dir, '没有这个备份.sqlite'), '--db', dbPath),
    ]);
    expect(oneLineError(noOut, 2)).toBe('错误：需要用 --out 指定备份文件，例如：backup --out 通报备份.sqlite');
    expect(oneLineError(noFolder)).toBe(`错误：保存位置不存在：${join(dir, '没有的文件夹')}`);
    expect(oneLineError(notDb)).toBe('错误：“notes.txt”不是整改通报的备份文件（它不是数据库文件）。');
    expect(oneLineError(other)).toBe('错误：“other.db”是其他程序的数据库，不是整改通报的备份，不能用它恢复。');
    expect(oneLineError(missing)).toMatch(/^错误：找不到文件：/);
    expect(fingerprint(dbPath)).toEqual(before);
  });

  it('restores over a damaged database, keeping the damaged file as it was', async () => {
    const damagedDir = mkdtempSync(join(tmpdir(), 'backup-cli-damaged-'));
    const path = join(damagedDir, 'notices.sqlite');
    const db = openDatabase(path);
    addNotices(db, 'x', 'y');
    db.close();
    const backup = join(damagedDir, '备份文件.sqlite');
    expect((await cli('backup', '--out', backup, '--db', path)).code).toBe(0);
    const damaged = Buffer.from(readFileSync(path));
    damaged.fill(0xa5, 3 * 4096, 3 * 4096 + 16);
    writeFileSync(path, damaged);
    expect((await cli('check-db', '--db', path)).code).toBe(1);

    const restored = await cli('restore', backup, '--db', path);
    expect(restored.code, restored.stderr).toBe(0);
    const kept = /恢复前的数据已备份到：(.+)$/m.exec(restored.stdout)![1]!;
    expect(readFileSync(kept).equals(damaged)).toBe(true);
    expect((await cli('check-db', '--db', path)).stdout).toMatch(/^数据库完好/);
    const reopened = openDatabase(path);
    expect(noticeIds(reopened)).toEqual(['x', 'y']);
    reopened.close();
    rmSync(damagedDir, { recursive: true, force: true });
  });
});
