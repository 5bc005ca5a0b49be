import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../shared/figures/compute-figures';
import { computeStatistics, UNFILLED, type ResponsibilityRow } from '../../../shared/figures/statistics';
import { createGroup, createItem, createSubItem } from '../../../shared/model/factory';
import type { ChecklistNode, ItemStatus } from '../../../shared/model/notice';

const item = (status: ItemStatus, responsibleUnit = '', responsibleLeader = '', subItems = 0) =>
  createItem({
    status,
    responsibleUnit,
    responsibleLeader,
    subItems: Array.from({ length: subItems }, () => createSubItem({ problem: '分项' })),
  });

/** Two levels of groups with items at every depth, one item in parts, units written every way a notice writes them. */
function tree(): ChecklistNode[] {
  return [
    createGroup('一、党的领导方面', [
      createGroup('（一）理论学习', [
        item('done', '局办公室', '张局长'),
        item('ongoing', '局办公室、局人事科', '张局长'),
        item('done', '', ''),
      ]),
      item('mostlyDone', '局人事科', '李副局长', 3),
    ]),
    createGroup('二、作风建设方面', [
      createGroup('（一）公务用车', [item('done', '机关服务中心/局办公室', '局党组书记、局长')]),
      item('longTerm', '  ', '王副局长，李副局长'),
      item('done', '机关服务中心', ''),
    ]),
    item('ongoing', '局财务科，局财务科', '张局长'),
  ];
}

const byName = (rows: ResponsibilityRow[]) =>
  Object.fromEntries(rows.map((row) => [row.name, { total: row.total, ...row.byStatus, rate: row.completionRate }]));

describe('statistics of a checklist', () => {
  it('counts each status over items at every depth, an item in parts once', () => {
    const statistics = computeStatistics(tree());
    expect(statistics.overall.total).toBe(8);
    expect(statistics.byStatus.map((row) => [row.status, row.count])).toEqual([
      ['done', 4],
      ['mostlyDone', 1],
      ['ongoing', 2],
      ['longTerm', 1],
    ]);
    expect(statistics.byStatus.map((row) => row.share)).toEqual([50, 12.5, 25, 12.5]);
    // The same numbers as the figures the notice prints.
    const figures = computeFigures(tree());
    expect(statistics.overall.byStatus).toEqual(figures.byStatus);
    expect(statistics.overall.completionRate).toBe(figures.completionRate);
  });

  it('counts an item under each unit its cell names, once per unit, empty cells under 未填写 last', () => {
    const rows = computeStatistics(tree()).byUnit;
    expect(rows.map((row) => row.name)).toEqual(['局办公室', '局人事科', '机关服务中心', '局财务科', UNFILLED]);
    expect(byName(rows)).toEqual({
      局办公室: { total: 3, done: 2, mostlyDone: 0, ongoing: 1, longTerm: 0, rate: 66.7 },
      局人事科: { total: 2, done: 0, mostlyDone: 1, ongoing: 1, longTerm: 0, rate: 0 },
      机关服务中心: { total: 2, done: 2, mostlyDone: 0, ongoing: 0, longTerm: 0, rate: 100 },
      // Named twice in one cell: still one item.
      局财务科: { total: 1, done: 0, mostlyDone: 0, ongoing: 1, longTerm: 0, rate: 0 },
      // An empty cell and one of spaces only.
      [UNFILLED]: { total: 2, done: 1, mostlyDone: 0, ongoing: 0, longTerm: 1, rate: 50 },
    });
  });

  it('splits units a line break or a run of spaces stands between, keeping one space inside a name', () => {
    const rows = computeStatistics([
      createItem({ responsibleUnit: '区财政局\n区审计局' }),
      createItem({ responsibleUnit: '区财政局  区民政局' }),
      createItem({ responsibleUnit: '区财政局　区民政局' }),
      createItem({ responsibleUnit: 'XX 公司' }),
    ]).byUnit;
    expect(rows.map((row) => [row.name, row.total])).toEqual([
      ['区财政局', 3],
      ['区民政局', 2],
      ['区审计局', 1],
      ['XX 公司', 1],
    ]);
  });

  it('keeps the posts of one leader together and splits leaders listed with ，', () => {
    const rows = computeStatistics(tree()).byLeader;
    expect(rows.map((row) => [row.name, row.total])).toEqual([
      ['张局长', 3],
      ['李副局长', 2],
      ['局党组书记、局长', 1],
      ['王副局长', 1],
      [UNFILLED, 2],
    ]);
    expect(rows[0]!.completionRate).toBe(33.3);
  });

  it('orders equal counts by first appearance in the notice, whatever the names', () => {
    const rows = computeStatistics([
      item('done', '乙单位'),
      item('done', '甲单位'),
      item('ongoing', '丙单位'),
      item('ongoing', '甲单位'),
    ]).byUnit;
    expect(rows.map((row) => row.name)).toEqual(['甲单位', '乙单位', '丙单位']);
  });

  it('rounds rates half up to one decimal, as the figures sentence does', () => {
    const checklist = [
      item('done', '甲'),
      ...Array.from({ length: 15 }, () => item('ongoing', '甲')),
      item('done', '乙'),
      item('done', '乙'),
      item('ongoing', '乙'),
    ];
    const rows = computeStatistics(checklist).byUnit;
    // 1/16 = 6.25% and 2/3 = 66.666…%.
    expect(rows.map((row) => [row.name, row.completionRate])).toEqual([
      ['甲', 6.3],
      ['乙', 66.7],
    ]);
    expect(computeStatistics(checklist).overall.completionRate).toBe(15.8);
  });

  it('has no rows and no rates without items', () => {
    const statistics = computeStatistics([createGroup('空分组', [createGroup('（一）', [])])]);
    expect(statistics.overall.total).toBe(0);
    expect(statistics.overall.completionRate).toBeNull();
    expect(statistics.byStatus.every((row) => row.count === 0 && row.share === null)).toBe(true);
    expect(statistics.byUnit).toEqual([]);
    expect(statistics.byLeader).toEqual([]);
  });
});
