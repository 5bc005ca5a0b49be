import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { setSetting } from '../../../../main/db/settings';
import { createGroup, createItem, createNotice } from '../../../../shared/model/factory';
import { DEFAULT_TRACKING_SETTINGS, SETTINGS_KEYS, trackingSettingsSchema } from '../../../../shared/model/settings';
import { formatChineseDate, type IsoDate } from '../../../../shared/text/dates';
import { localIsoDate } from '../../../../shared/tracking/deadlines';
import { cli } from '../../../support/run-cli';

/** A day counted from today: the command stands items against the real today, as a user runs it. */
function inDays(days: number): IsoDate {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return localIsoDate(day);
}

let db: string;
let noticeId: string;
beforeAll(() => {
  db = join(mkdtempSync(join(tmpdir(), 'overview-cli-')), 'notices.sqlite');
  const notice = createNotice(
    {
      layoutId: 'duizhao',
      partHeadings: { organisation: '一、整改工作的组织开展情况', checklist: '二、整改落实情况', nextSteps: '三、下一步工作打算' },
      measuresEnumeration: '1.',
      progressEnumeration: '1.',
    },
    { issuer: '中共某某局党组', round: '十四届市委第十轮', feedbackDate: inDays(-60) },
  );
  notice.checklist = [
    createGroup('党的领导方面', [
      createItem({
        problem: '超期未改的问题，描述写得很长很长，长到一行放不下，要在总览里截短显示的那一种',
        deadline: inDays(-3),
        status: 'ongoing',
      }),
      createItem({ problem: '快到期的问题', deadline: inDays(4), status: 'mostlyDone' }),
    ]),
    createItem({ problem: '时间宽裕的问题', deadline: inDays(40) }),
    createItem({ problem: '早已销号的问题', deadline: inDays(-30), status: 'done', completedOn: inDays(-31) }),
    createItem({ problem: '立行立改的问题', deadlineKind: 'immediate' }),
    createItem({ problem: '没有时限的问题' }),
  ];
  const connection = openDatabase(db);
  saveNotice(connection, notice);
  // The office's own word for 持续推进 and five warning days, as 设置 saves them.
  const tracking = { statusLabels: { ...DEFAULT_TRACKING_SETTINGS.statusLabels, ongoing: '正在整改' }, dueSoonDays: 5 };
  setSetting(connection, SETTINGS_KEYS.tracking, tracking, trackingSettingsSchema);
  connection.close();
  noticeId = notice.id;
});

describe('overview from the command line', () => {
  it('prints each item with its standing, the office’s status words, deadline and days left, then the counts', async () => {
    const run = await cli('overview', noticeId, '--db', db);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('序号\t时限状态\t整改状态\t整改时限\t剩余天数\t反馈问题');
    expect(lines.slice(1, 7)).toEqual([
      `1\t已超期\t正在整改\t${formatChineseDate(inDays(-3))}\t超期3天\t超期未改的问题，描述写得很长很长，长到一行放不下，要在总览里…`,
      `2\t即将到期\t基本完成\t${formatChineseDate(inDays(4))}\t还剩4天\t快到期的问题`,
      `3\t正常\t正在整改\t${formatChineseDate(inDays(40))}\t还剩40天\t时间宽裕的问题`,
      `4\t已完成\t已完成\t${formatChineseDate(inDays(-30))}\t—\t早已销号的问题`,
      `5\t已超期\t正在整改\t立行立改\t超期60天\t立行立改的问题`,
      `6\t未定时限\t正在整改\t—\t—\t没有时限的问题`,
    ]);
    expect(lines.at(-1)).toBe(
      `共 6 个问题：已超期 2 个，即将到期 1 个，正常 2 个，未定时限 1 个（截至${formatChineseDate(inDays(0))}，到期前 5 天起为即将到期；已销号的计为正常）`,
    );
  });

  it('gives the rows and counts as data with --json', async () => {
    const run = await cli('overview', noticeId, '--json', '--db', db);
    expect(run.code, run.stderr).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data).toMatchObject({ today: inDays(0), dueSoonDays: 5, counts: { red: 2, yellow: 1, green: 2, none: 1 } });
    expect(data.rows.map((r: { colour: string }) => r.colour)).toEqual(['red', 'yellow', 'green', 'green', 'red', 'none']);
    expect(data.rows[0]).toMatchObject({
      number: 1,
      groups: ['第一，党的领导方面'],
      statusLabel: '正在整改',
      daysLeft: -3,
      due: inDays(-3),
    });
    expect(data.rows[3]).toMatchObject({ status: 'done', completedOn: inDays(-31), daysLeft: null });
  });

  it('is in the usage', async () => {
    const run = await cli('--help');
    expect(run.stdout).toContain('overview <编号>               整改总览');
    expect(run.stdout).toMatch(/--json .*figures、overview、/);
  });

  it('names a notice that is not there, in Chinese', async () => {
    const run = await cli('overview', 'no-such-notice', '--db', db);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('找不到这份通报（编号 no-such-notice）');
  });
});
