import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../../shared/model/notice';
import { items, ROOT, SEEDS_DIR, templates } from './helpers';
import { cli } from '../../support/run-cli';

/** `npm run notice -- import …` as a user runs it: a real node process, real files, a real database. */

const dir = mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEED = path.join(SEEDS_DIR, '000_fca5672edf850d55.txt');

async function noticesIn(db: string): Promise<unknown[]> {
  const run = await cli('list', '--json', '--db', db);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as unknown[];
}

// Each test has its own files and database, so they run side by side (a spawn costs ~1 s of CPU).
describe.concurrent('import', () => {
  it('--dry-run --json prints what was recognised and saves nothing', async () => {
    const db = path.join(dir, 'dry.sqlite');
    const run = await cli('import', SEED, '--dry-run', '--json', '--db', db);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ saved: false, id: null, layout: { layoutId: 'duizhao', name: '对照式' }, warnings: [] });
    expect(report.recognised).toMatchObject({
      title: true,
      opening: true,
      closing: true,
      signature: true,
      date: true,
      items: 28,
      groups: 20,
      contacts: 3,
    });
    expect(report.otherLayouts).toHaveLength(templates.layouts.length - 1);
    expect(report.notice.meta.inspectionGroup).toBe('市委第二巡察组');
    expect(existsSync(db)).toBe(false); // not even an empty database is left behind
  });

  it('without --dry-run prints the parts, counts, layout, metadata, and saves the notice', async () => {
    const db = path.join(dir, 'saved.sqlite');
    const run = await cli('import', SEED, '--db', db);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('标题：中共东莞市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报');
    expect(run.stdout).toContain('分组 20 个（一级 6 个，二级 14 个），问题 28 个');
    expect(run.stdout).toContain('版式：对照式（duizhao）');
    expect(run.stdout).toContain('巡察：十四届市委第十轮，市委第二巡察组；2020年5月19日至2020年6月19日；2020年9月23日反馈');
    expect(run.stdout).toContain('提醒：无');
    const id = /已保存，编号：(\S+)/u.exec(run.stdout)?.[1];
    expect(id).toBeDefined();
    const show = await cli('show', id!, '--json', '--db', db);
    expect(show.code, show.stderr).toBe(0);
    expect(items((JSON.parse(show.stdout) as Notice).checklist)).toHaveLength(28);

    // A second import of the same file is a second notice: ids are fresh.
    const again = await cli('import', SEED, '--db', db);
    expect(again.code, again.stderr).toBe(0);
    expect(await noticesIn(db)).toHaveLength(2);
  });

  it('lists the warnings with the line each is about', async () => {
    const text =
      '根据市委统一部署，2022年4月1日至5月31日，市委第五巡察组对市文化广电旅游局党组进行了巡察。7月12日，市委巡察组向市文化广电旅游局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n（一）针对“党组会议议事规则不健全”问题\n一是修订党组会议议事规则。\n（二）“以工代干”问题\n';
    const file = path.join(dir, 'partial.txt');
    writeFileSync(file, text);
    const run = await cli('import', file, '--dry-run', '--db', path.join(dir, 'partial.sqlite'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('全文：未找到标题，导入后标题为空，请手工填写');
    expect(run.stdout).toContain('第 4 行：这个问题没有识别出整改措施（“（二）“以工代干”问题”）');
    expect(run.stdout).toContain('试运行（--dry-run）：未保存。');
  });

  describe('refuses bad input in one Chinese line, exit 1, and saves nothing', () => {
    const cases: [string, () => string, RegExp][] = [
      ['an empty file', () => write('empty.txt', ''), /文件是空的/u],
      [
        'a binary file',
        () =>
          write(
            'binary.txt',
            Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24),
          ),
        /不是文本/u,
      ],
      [
        'a 50 MB file',
        () => {
          const at = write('huge.txt', '');
          truncateSync(at, 50 * 1024 * 1024);
          return at;
        },
        /文件过大/u,
      ],
      ['a .docx that is not a zip', () => write('fake.docx', '这不是 Word 文档'), /不是 Word 文档/u],
      ['a text that is not a notice', () => write('other.txt', '会议纪要\n今天讨论了明年的工作安排。'), /不像巡察整改情况的通报/u],
      ['a missing file', () => path.join(dir, 'nowhere.txt'), /文件不存在/u],
    ];
    it.each(cases)('%s', async (what, make, reason) => {
      const db = path.join(dir, `bad-${cases.findIndex((c) => c[0] === what)}.sqlite`);
      const run = await cli('import', make(), '--db', db);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const lines = run.stderr.replace(/\n$/u, '').split('\n');
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^错误：\p{Script=Han}/u);
      expect(lines[0]).toMatch(reason);
      expect(await noticesIn(db)).toEqual([]);
    });
  });

  const LEDGERS = path.join(ROOT, 'tests', 'fixtures', 'ledgers');

  it('reads a spreadsheet ledger into the checklist and saves it, as the app does', async () => {
    const db = path.join(dir, 'ledger.sqlite');
    const run = await cli('import', path.join(LEDGERS, '01-审计局整改台账.xlsx'), '--db', db);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('标题：中共某某市审计局党组巡察反馈问题整改台账');
    expect(run.stdout).toContain('问题：5 个，分组 2 个');
    const [summary] = (await noticesIn(db)) as { id: string }[];
    const shown = await cli('show', summary!.id, '--json', '--db', db);
    const notice = JSON.parse(shown.stdout) as Notice;
    expect(items(notice.checklist)[0]!.problem).toMatch(/^学习贯彻习近平新时代中国特色社会主义思想不够深入/u);
  });

  it('stops at an unfamiliar ledger header until --columns says what each column holds', async () => {
    const db = path.join(dir, 'ledger-columns.sqlite');
    const file = path.join(LEDGERS, '03-任务清单（陌生表头）.xlsx');
    const asked = await cli('import', file, '--db', db);
    expect(asked.code).toBe(1);
    expect(asked.stdout).toContain('第 4 列 “具体做法”：（未识别）');
    expect(asked.stdout).toContain('--columns 序号,问题类别,反馈问题,不导入,责任单位,整改时限,完成情况');
    expect(await noticesIn(db)).toEqual([]);

    const wrong = await cli('import', file, '--columns', '序号,问题', '--db', db);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^错误：--columns 列出了 2 项，台账有 7 列/u);

    const mapped = await cli(
      'import',
      file,
      '--columns',
      '序号,问题类别,反馈问题,整改措施,责任单位,整改时限,完成情况',
      '--json',
      '--db',
      db,
    );
    expect(mapped.code, mapped.stderr).toBe(0);
    const report = JSON.parse(mapped.stdout) as { saved: boolean; notice: Notice };
    expect(report.saved).toBe(true);
    expect(items(report.notice.checklist).every((item) => item.measures.paragraphs.length > 0)).toBe(true);
    // No title row: the title stays empty for the user to write, never one made up.
    expect(report.notice.meta.titleOverride).toBe('');
  });

  it('is a usage error without a file', async () => {
    const run = await cli('import', '--db', path.join(dir, 'usage.sqlite'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^错误：命令 import 需要一个参数/u);
  });
});

function write(name: string, content: string | Uint8Array): string {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
}
