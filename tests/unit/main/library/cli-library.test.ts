import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { createItemTemplate, listItemTemplates } from '../../../../main/db/item-templates';
import type { ItemSearchResult } from '../../../../shared/library/search-types';
import { createItem } from '../../../../shared/model/factory';
import { allItems } from '../../../../shared/model/tree';
import { plainScan, seedNotices } from './support';
import { cli } from '../../../support/run-cli';

/** The library commands as a user runs them: a real node process on a real database file. */

let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zgtb-cli-library-'));
  dbPath = join(dir, 'notices.sqlite');
  const db = openDatabase(dbPath);
  for (const notice of seedNotices()) saveNotice(db, notice);
  createItemTemplate(db, { name: '常用条目', tags: ['常用'], node: createItem({ problem: '模板里的问题' }) });
  db.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('npm run notice -- search', () => {
  it('prints the items found, the match marked, with their notice and place', async () => {
    const run = await cli('search', '民主生活会', '--db', dbPath);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^共找到 \d+ 个条目：/);
    expect(run.stdout).toContain('【民主生活会】');
    expect(run.stdout).toContain('编号：s003-');
  });

  it('--json gives the result as data: exactly the items a plain scan finds', async () => {
    const run = await cli('search', '整改', '制度', '--json', '--db', dbPath);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ItemSearchResult;
    expect(result.words).toEqual(['整改', '制度']);
    const db = openDatabase(dbPath);
    try {
      const expected = plainScan(db, '整改 制度');
      expect(result.total).toBe(expected.length);
      expect(result.hits.map((hit) => hit.itemId).sort()).toEqual(expected);
    } finally {
      db.close();
    }
  });

  it('searches FTS5 syntax and punctuation as plain text, never failing', async () => {
    const queries = ['"', '*', '(', 'AND', 'NEAR', '：', '，', 'a"b(c'];
    const runs = await Promise.all(queries.map((query) => cli('search', query, '--json', '--db', dbPath)));
    runs.forEach((run, index) => {
      expect(run.stderr, queries[index]).toBe('');
      expect(run.code, queries[index]).toBe(0);
      expect(Array.isArray((JSON.parse(run.stdout) as ItemSearchResult).hits)).toBe(true);
    });
  });

  it('says so when nothing is found, and refuses a call without a query', async () => {
    const none = await cli('search', '绝不会出现的词语', '--db', dbPath);
    expect(none).toMatchObject({ code: 0, stdout: '没有找到包含“绝不会出现的词语”的条目。\n' });
    const missing = await cli('search', '--db', dbPath);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^错误：search 需要搜索内容/);
  });

  it('is listed in --help', async () => {
    const run = await cli('--help');
    expect(run.stdout).toContain('search <搜索内容>');
    expect(run.stdout).toContain('next-stage <编号>');
  });
});

describe('npm run notice -- next-stage', () => {
  it('makes the next report as a draft copy whose items point back', async () => {
    const run = await cli('next-stage', 'seed-000', '--db', dbPath);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const id = /编号：(\S+)/.exec(run.stdout)?.[1];
    expect(run.stdout).toContain('进展');
    const db = openDatabase(dbPath);
    try {
      const next = getNotice(db, id!)!;
      const before = getNotice(db, 'seed-000')!;
      expect(next.meta.stage).toBe('progress');
      expect(next.status).toBe('draft');
      expect(allItems(next.checklist).map((item) => item.sourceItemId)).toEqual(allItems(before.checklist).map((item) => item.id));
    } finally {
      db.close();
    }
  });

  it('names an unknown notice in one Chinese line, exit 1', async () => {
    const run = await cli('next-stage', 'no-such', '--db', dbPath);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^错误：找不到这份通报（编号 no-such）/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('templates through export-json and import-json', () => {
  it('travel to another database with the notice', async () => {
    const file = join(dir, 'seed-002.json');
    const out = await cli('export-json', 'seed-002', '--out', file, '--db', dbPath);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).templates.map((t: { name: string }) => t.name)).toEqual(['常用条目']);
    const other = join(dir, 'other.sqlite');
    const run = await cli('import-json', file, '--db', other);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('已导入，编号：seed-002\n导入条目模板 1 个。\n');
    const db = openDatabase(other);
    try {
      expect(listItemTemplates(db).map((t) => t.name)).toEqual(['常用条目']);
    } finally {
      db.close();
    }
  });
});
