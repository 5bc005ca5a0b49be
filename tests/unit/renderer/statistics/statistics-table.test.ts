import { describe, expect, it } from 'vitest';
import { computeStatistics } from '../../../../shared/figures/statistics';
import { createItem } from '../../../../shared/model/factory';
import { DEFAULT_STATUS_LABELS, type ItemStatus } from '../../../../shared/model/notice';
import { chartRows, OTHERS, TOP_ROWS } from '../../../../renderer/screens/editor/statistics/chart-options';
import { statisticsTable, tableAsHtml, tableAsTsv } from '../../../../renderer/screens/editor/statistics/statistics-table';

const item = (status: ItemStatus, responsibleUnit = '') => createItem({ status, responsibleUnit });

describe('the statistics table as copied', () => {
  it('is tab-separated with a header row, one line per unit and the total every item once', () => {
    const statistics = computeStatistics([item('done', '局办公室、局人事科'), item('ongoing', '局办公室'), item('longTerm')]);
    const table = statisticsTable(statistics, 'unit', DEFAULT_STATUS_LABELS);
    expect(tableAsTsv(table).split('\r\n')).toEqual([
      '责任单位\t问题数\t已完成\t基本完成\t持续推进\t长期坚持\t完成率',
      '局办公室\t2\t1\t0\t1\t0\t50.0%',
      '局人事科\t1\t1\t0\t0\t0\t100.0%',
      '未填写\t1\t0\t0\t0\t1\t0.0%',
      // Four rows' worth of items in three problems: the total says it is not their sum.
      '合计（不重复计数）\t3\t1\t0\t1\t1\t33.3%',
    ]);
    expect(table.countedTwice).toBe(1);
  });

  it('says 合计 plainly when no item counts twice, and uses the labels it is given', () => {
    const statistics = computeStatistics([item('done', '甲'), item('mostlyDone', '乙')]);
    const labels = { ...DEFAULT_STATUS_LABELS, done: '已办结', mostlyDone: '基本办结' };
    const table = statisticsTable(statistics, 'unit', labels);
    expect(table.header).toEqual(['责任单位', '问题数', '已办结', '基本办结', '持续推进', '长期坚持', '完成率']);
    expect(table.total[0]).toBe('合计');
    expect(statisticsTable(statistics, 'status', labels).rows).toEqual([
      ['已办结', '1', '50.0%'],
      ['基本办结', '1', '50.0%'],
      ['持续推进', '0', '0.0%'],
      ['长期坚持', '0', '0.0%'],
    ]);
  });

  it('is the same table as HTML for Word, names escaped and a tab typed in a name kept out of the cells', () => {
    const table = statisticsTable(computeStatistics([item('done', '<研究室>\t& 办公室')]), 'unit', DEFAULT_STATUS_LABELS);
    const html = tableAsHtml(table);
    expect(html).toContain('<th>责任单位</th>');
    expect(html).toContain('<td>&lt;研究室&gt; &amp; 办公室</td>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(tableAsTsv(table).split('\r\n')[1]).toBe('<研究室> & 办公室\t1\t1\t0\t0\t0\t100.0%');
  });
});

describe('the rows a bar chart draws', () => {
  it('draws every row when there are few, 未填写 last', () => {
    const rows = computeStatistics([item('done'), item('done', '甲'), item('ongoing', '乙')]).byUnit;
    expect(chartRows(rows, TOP_ROWS.narrow).map((row) => row.name)).toEqual(['甲', '乙', '未填写']);
  });

  it('sums the rows beyond the first few as 其他, keeping 未填写 apart', () => {
    const names = Array.from({ length: TOP_ROWS.narrow + 3 }, (_, i) => `单位${i + 1}`);
    // Unit 1 has the most items and the last the fewest; the last unit's first item is done.
    const items = names.flatMap((name, i) =>
      Array.from({ length: names.length - i }, (_, k) => item(k === 0 && i === names.length - 1 ? 'done' : 'ongoing', name)),
    );
    const rows = chartRows(computeStatistics([...items, item('done')]).byUnit, TOP_ROWS.narrow);
    expect(rows.map((row) => row.name)).toEqual([...names.slice(0, TOP_ROWS.narrow), OTHERS, '未填写']);
    const others = rows[TOP_ROWS.narrow]!;
    expect(others.total).toBe(3 + 2 + 1);
    expect(others.byStatus).toEqual({ done: 1, mostlyDone: 0, ongoing: 5, longTerm: 0 });
  });
});
