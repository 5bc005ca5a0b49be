import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import type { Notice } from '../../../../shared/model/notice';
import { allItems } from '../../../../shared/model/tree';
import type { VersionSummary } from '../../../../shared/versions/version-types';
import { cli } from '../../../support/run-cli';
import { seedNotices } from '../library/support';

let dir: string;
let db: string;
let seed: Notice;

/** Reads the database between runs, closing it again so the next run has it alone. */
function stored(id: string): Notice {
  const connection = openDatabase(db);
  try {
    return getNotice(connection, id)!;
  } finally {
    connection.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'version-cli-'));
  db = join(dir, 'notices.sqlite');
  seed = seedNotices()[0]!;
  const connection = openDatabase(db);
  saveNotice(connection, seed);
  connection.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('versions from the command line', () => {
  it('saves a named version, lists it, restores it over a change and as a new notice', async () => {
    const empty = await cli('versions', seed.id, '--db', db);
    expect(empty).toMatchObject({ code: 0, stdout: '这份通报还没有历史版本。\n' });

    const saved = await cli('version-save', seed.id, '--name', '送审稿', '--db', db);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/^已保存版本“送审稿”，版本编号：1\n$/);

    // Change the notice behind the version's back, as the window would.
    const changed = structuredClone(seed);
    allItems(changed.checklist)[0]!.problem = '命令行测试中改过的问题';
    const connection = openDatabase(db);
    saveNotice(connection, changed);
    connection.close();

    const exported = await cli('export', seed.id, '--out', join(dir, '通报.docx'), '--db', db);
    expect(exported.code, exported.stderr).toBe(0);

    const list = await cli('versions', seed.id, '--db', db);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('共 2 个历史版本（最新的在前）：');
    expect(list.stdout).toMatch(/^2\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\t导出时自动保存\tWord 文件\t文件：.*通报\.docx$/m);
    expect(list.stdout).toMatch(/^1\t.*\t手动保存\t送审稿$/m);
    const json = JSON.parse((await cli('versions', seed.id, '--json', '--db', db)).stdout) as VersionSummary[];
    expect(json.map((v) => [v.id, v.reason, v.name])).toEqual([
      [2, 'export', 'Word 文件'],
      [1, 'named', '送审稿'],
    ]);

    const restored = await cli('version-restore', seed.id, '1', '--db', db);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toBe('已将通报恢复为版本 1；恢复前的内容已自动保存为一个历史版本。\n');
    expect(allItems(stored(seed.id).checklist)[0]!.problem).toBe(allItems(seed.checklist)[0]!.problem);
    const after = JSON.parse((await cli('versions', seed.id, '--json', '--db', db)).stdout) as VersionSummary[];
    expect(after[0]).toMatchObject({ id: 3, reason: 'restore' });

    const copy = await cli('version-restore', seed.id, '3', '--as-new', '--db', db);
    expect(copy.code, copy.stderr).toBe(0);
    const newId = /新编号：(\S+)/.exec(copy.stdout)![1]!;
    expect(allItems(stored(newId).checklist)[0]!.problem).toBe('命令行测试中改过的问题');
    expect(allItems(stored(seed.id).checklist)[0]!.problem).toBe(allItems(seed.checklist)[0]!.problem);
  });

  it('refuses wrong calls in Chinese, with exit code 2, and unknown ids with exit code 1', async () => {
    const runs = await Promise.all([
      cli('version-save', seed.id, '--db', db),
      cli('version-restore', seed.id, '--db', db),
      cli('version-restore', seed.id, 'abc', '--db', db),
      cli('version-save', seed.id, '--name', '  ', '--db', db),
      cli('version-restore', seed.id, '999', '--db', db),
      cli('versions', '没有这份', '--db', db),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 1, 1, 1]);
    expect(runs[0]!.stderr).toContain('version-save 需要用 --name 指定版本名称');
    expect(runs[1]!.stderr).toContain('version-restore 需要两个参数');
    expect(runs[2]!.stderr).toContain('版本编号应为正整数：abc');
    expect(runs[3]!.stderr).toContain('请填写版本名称');
    expect(runs[4]!.stderr).toContain('这份通报没有编号为 999 的历史版本');
    expect(runs[5]!.stderr).toContain('找不到这份通报（编号 没有这份）');
    for (const run of runs) expect(run.stderr).not.toMatch(/Error|undefined|SQLITE|Cannot|Invalid/);
  });

  it('names the commands in --help', async () => {
    const help = await cli('--help');
    for (const command of ['versions <编号>', 'version-save <编号> --name 名称', 'version-restore <编号> <版本编号> [--as-new]']) {
      expect(help.stdout).toContain(command);
    }
  });
});
