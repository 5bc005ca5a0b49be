import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { setSetting } from '../../../../main/db/settings';
import type { Finding } from '../../../../shared/check/finding';
import { createItem, createNotice } from '../../../../shared/model/factory';
import type { Notice } from '../../../../shared/model/notice';
import { paragraphText, plainList } from '../../../../shared/model/rich-text';
import { checkSettingsSchema, SETTINGS_KEYS } from '../../../../shared/model/settings';
import { cli } from '../../../support/run-cli';

function notice(organisation: string[]): Notice {
  const n = createNotice(
    {
      layoutId: 'duizhao',
      partHeadings: { organisation: '加强组织领导', checklist: '巡察反馈问题的整改落实情况', nextSteps: '下一步工作计划' },
      measuresEnumeration: '一是',
      progressEnumeration: '一是',
    },
    {
      issuer: '中共某某市民政局党组',
      signature: '中共某某市民政局党组',
      publicationDate: '2020-12-21',
      inspectionStart: '2020-05-19',
      inspectionEnd: '2020-06-19',
      feedbackDate: '2020-09-23',
    },
  );
  n.parts.organisation.body = plainList(organisation);
  n.checklist = [
    createItem({
      problem: '班子分工不规范',
      measures: plainList(['调整分工。', '明确责任。']),
      progress: plainList(['已印发通知。']),
      status: 'done',
      completedOn: '2020-09-22',
    }),
    createItem({ problem: '学习不深入', measures: plainList(['加强学习。']), progress: plainList(['已组织学习。']), status: 'ongoing' }),
  ];
  return n;
}

let db: string;
const dirty = notice(['局党组召开会议,研究部署整改工作。', '截止目前，其它问题正在推进。']);
const unfixable = notice(['整治“活人墓问题。']);
const clean = notice(['局党组召开会议，研究部署整改工作。']);
beforeAll(() => {
  db = join(mkdtempSync(join(tmpdir(), 'check-cli-')), 'notices.sqlite');
  const connection = openDatabase(db);
  for (const n of [dirty, unfixable, clean]) saveNotice(connection, n);
  setSetting(connection, SETTINGS_KEYS.check, { words: [{ wrong: '莞城区', right: '莞城街道' }] }, checkSettingsSchema);
  connection.close();
});

describe('check from the command line', () => {
  it('prints one finding a line with its place, a count, and exits 1 while errors remain; 0 for a clean notice', async () => {
    const [plain, ok] = await Promise.all([cli('check', dirty.id, '--db', db), cli('check', clean.id, '--db', db)]);
    expect(plain.code, plain.stderr).toBe(1);
    const lines = plain.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      '提示\t一、加强组织领导 第1段：半角逗号“,”应为全角“，”（导出时会自动更正，可自动修正）',
      '错误\t一、加强组织领导 第2段：表示“到某时为止”应写“截至”：“截止目前”应为“截至目前”（可自动修正）',
      '错误\t一、加强组织领导 第2段：“其它”应为“其他”（可自动修正）',
      '共 3 处：错误 2 处，提示 1 处；其中 3 处可自动修正（加 --fix）。',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout.trim()).toBe('检查完毕，未发现问题。');
  });

  it('prints the findings as JSON', async () => {
    const run = await cli('check', dirty.id, '--json', '--db', db);
    const findings = JSON.parse(run.stdout) as Finding[];
    expect(findings.map((f) => [f.rule, f.severity, f.match?.text, f.fix, f.selection])).toEqual([
      ['punctuation.half-width', 'hint', ',', '，', 'part:organisation'],
      ['words.confused', 'error', '截止目前', '截至目前', 'part:organisation'],
      ['words.confused', 'error', '其它', '其他', 'part:organisation'],
    ]);
    expect(run.code).toBe(1);
  });

  it('--fix applies the safe fixes, saves, prints what was fixed and what remains', async () => {
    const [fixed, left] = await Promise.all([cli('check', dirty.id, '--fix', '--db', db), cli('check', unfixable.id, '--fix', '--db', db)]);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stdout).toContain('已修正 3 处，已保存：');
    expect(fixed.stdout.trimEnd().split('\n').at(-1)).toBe('检查完毕，未发现问题。');
    const connection = openDatabase(db);
    const stored = getNotice(connection, dirty.id)!;
    expect(getNotice(connection, unfixable.id)!.updatedAt).toBe(unfixable.updatedAt);
    connection.close();
    expect(stored.parts.organisation.body.paragraphs.map(paragraphText)).toEqual([
      '局党组召开会议，研究部署整改工作。',
      '截至目前，其他问题正在推进。',
    ]);
    expect(left.code).toBe(1);
    expect(left.stdout).toContain('没有可以自动修正的问题。');
    expect(left.stdout).toContain('错误\t一、加强组织领导 第1段：左双引号没有配对');
  });

  it('uses the office’s own words from the settings', async () => {
    const extra = notice(['莞城区召开会议。']);
    const connection = openDatabase(db);
    saveNotice(connection, extra);
    connection.close();
    const run = await cli('check', extra.id, '--db', db);
    expect(run.stdout).toContain('“莞城区”应为“莞城街道”');
  });

  it('names a missing notice in Chinese', async () => {
    const run = await cli('check', 'no-such', '--db', db);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('错误：找不到这份通报（编号 no-such），它可能已被删除。可用 list 命令查看全部通报。\n');
  });
});
