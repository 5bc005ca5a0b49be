import { formatRate } from '../../../../shared/figures/compute-figures';
import type { ResponsibilityRow, Statistics } from '../../../../shared/figures/statistics';
import { ITEM_STATUSES, type ItemStatus } from '../../../../shared/model/notice';

export type StatisticsView = 'status' | 'unit' | 'leader';

export const VIEW_LABELS: Record<StatisticsView, string> = { status: '按状态', unit: '按责任单位', leader: '按责任领导' };

/**
 * A table of the statistics exactly as shown and as copied: one model, so
 * what is pasted into Word or Excel is what the screen says.
 */
export interface StatisticsTable {
  header: string[];
  rows: string[][];
  /** The 合计 row: every item once. */
  total: string[];
  /** Items counted in more than one row (several units named in one cell). */
  countedTwice: number;
}

const rate = (value: number | null) => (value === null ? '—' : formatRate(value));

export function statisticsTable(statistics: Statistics, view: StatisticsView, labels: Record<ItemStatus, string>): StatisticsTable {
  if (view === 'status') {
    return {
      header: ['整改状态', '问题数', '占比'],
      rows: statistics.byStatus.map((row) => [labels[row.status], String(row.count), rate(row.share)]),
      total: ['合计', String(statistics.overall.total), statistics.overall.total === 0 ? '—' : formatRate(100)],
      countedTwice: 0,
    };
  }
  const rows = view === 'unit' ? statistics.byUnit : statistics.byLeader;
  const cells = (row: ResponsibilityRow) => [
    oneLine(row.name),
    String(row.total),
    ...ITEM_STATUSES.map((s) => String(row.byStatus[s])),
    rate(row.completionRate),
  ];
  const countedTwice = rows.reduce((sum, row) => sum + row.total, 0) - statistics.overall.total;
  // When rows overlap, the total must not read as their sum.
  const total = cells({ ...statistics.overall, name: countedTwice > 0 ? '合计（不重复计数）' : '合计' });
  return {
    header: [view === 'unit' ? '责任单位' : '责任领导', '问题数', ...ITEM_STATUSES.map((s) => labels[s]), '完成率'],
    rows: rows.map(cells),
    total,
    countedTwice,
  };
}

/**
 * Tab-separated lines with the header first, CRLF between rows: what Excel
 * and WPS 表格 paste as cells.
 */
export function tableAsTsv(table: StatisticsTable): string {
  return [table.header, ...table.rows, table.total].map((cells) => cells.join('\t')).join('\r\n');
}

/** The same table as HTML, which Word and WPS 文字 paste as a real table (tab-separated text stays text there). */
export function tableAsHtml(table: StatisticsTable): string {
  const line = (cells: string[], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  return [
    '<meta charset="utf-8"><table border="1" cellspacing="0" cellpadding="4">',
    `<thead>${line(table.header, 'th')}</thead>`,
    `<tbody>${[...table.rows, table.total].map((cells) => line(cells, 'td')).join('')}</tbody>`,
    '</table>',
  ].join('');
}

/** A name as one cell: a tab or line break typed into it would split the pasted row. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
