import { describe, expect, it } from 'vitest';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { createGroup, createItem, createSubItem } from '../../../../shared/model/factory';
import { allItems } from '../../../../shared/model/tree';
import { overviewCounts, overviewRows, shortProblem } from '../../../../shared/tracking/overview-rows';
import { LARGEST_SEED, seedNotice } from '../../../support/seed-notice';

const templates = loadLayoutTemplates();
const duizhao = templates.layouts.find((l) => l.id === 'duizhao')!;
const TODAY = '2024-06-20';

/** Nested groups, a lone item in a group, and items at the top level after a group. */
function checklist() {
  return [
    createGroup('第一类', [
      createGroup('分类甲', [createItem({ problem: '超期的问题', deadline: '2024-06-10', responsibleUnit: '办公室' })]),
      createItem({ problem: '临期的问题', deadline: '2024-06-25', responsibleLeader: '张三' }),
    ]),
    createGroup('第二类', [
      createItem({ problem: '宽裕的问题', deadline: '2024-08-01' }),
      createItem({ problem: '已销号的问题', deadline: '2024-01-01', status: 'done', completedOn: '2024-05-30', evidence: '《整改报告》' }),
    ]),
    createItem({
      problem: '',
      deadlineKind: 'immediate',
      subItems: [createSubItem({ problem: '一部分' }), createSubItem({ problem: '另一部分' })],
    }),
    createItem({ problem: '长期坚持的问题', deadlineKind: 'longTerm' }),
    createItem({ problem: '未定时限的问题' }),
  ];
}

describe('整改总览 rows', () => {
  it('number the items 1…N in notice order under every layout, with the groups each sits in', () => {
    for (const layout of templates.layouts) {
      const rows = overviewRows(checklist(), layout, { today: TODAY, feedbackDate: '2024-06-01' });
      expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
    const rows = overviewRows(checklist(), duizhao, { today: TODAY, feedbackDate: '2024-06-01' });
    expect(rows.map((r) => r.groups)).toEqual([
      ['第一，第一类', '（一）分类甲'],
      ['第一，第一类'],
      ['第二，第二类'],
      ['第二，第二类'],
      [],
      [],
      [],
    ]);
    expect(rows[4]!.problem).toBe('一部分；另一部分');
  });

  it('stand each item against a fixed today: red, yellow, green, done, 立行立改 from the feedback date, 长期坚持, none', () => {
    const rows = overviewRows(checklist(), duizhao, { today: TODAY, feedbackDate: '2024-06-01', dueSoonDays: 10 });
    expect(rows.map((r) => r.colour)).toEqual(['red', 'yellow', 'green', 'green', 'red', 'green', 'none']);
    expect(rows.map((r) => r.daysLeftText)).toEqual(['超期10天', '还剩5天', '还剩42天', '', '超期19天', '', '']);
    expect(rows.map((r) => r.colourText)).toEqual(['已超期', '即将到期', '正常', '已完成', '已超期', '正常', '未定时限']);
    expect(rows.map((r) => r.deadline)).toEqual([
      '2024年6月10日',
      '2024年6月25日',
      '2024年8月1日',
      '2024年1月1日',
      '立行立改',
      '长期坚持',
      '',
    ]);
    expect(overviewCounts(rows)).toEqual({ red: 2, yellow: 1, green: 3, none: 1 });
    expect(rows[3]).toMatchObject({ completedOn: '2024-05-30', evidence: '《整改报告》' });
    expect(rows[0]).toMatchObject({ unit: '办公室', leader: '' });
  });

  it('take the warning days and the office’s status labels from the settings', () => {
    const statusLabels = { done: '已销号', mostlyDone: '基本完成', ongoing: '正在整改', longTerm: '长期坚持' };
    const rows = overviewRows(checklist(), duizhao, { today: TODAY, feedbackDate: null, dueSoonDays: 3, statusLabels });
    // Due in 5 days is green with 3 warning days; 立行立改 with no feedback date is due now but not known late.
    expect(rows.map((r) => r.colour)).toEqual(['red', 'green', 'green', 'green', 'yellow', 'green', 'none']);
    expect(rows[0]!.statusLabel).toBe('正在整改');
    expect(rows[3]!.colourText).toBe('已销号');
  });

  it('list every item of the largest real notice once, in its order', () => {
    const notice = seedNotice(LARGEST_SEED);
    const layout = templates.layouts.find((l) => l.id === notice.layoutId)!;
    const rows = overviewRows(notice.checklist, layout, { today: TODAY, feedbackDate: notice.meta.feedbackDate });
    expect(rows.map((r) => r.itemId)).toEqual(allItems(notice.checklist).map((i) => i.id));
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
  });

  it('shorten a long problem to one line, by characters', () => {
    expect(shortProblem('一二三四五\n六七八', 5)).toBe('一二三四五…');
    expect(shortProblem('短 问题', 5)).toBe('短 问题');
  });
});
