import { formatRate } from '../../../../shared/figures/compute-figures';
import { UNFILLED, type ResponsibilityRow, type Statistics } from '../../../../shared/figures/statistics';
import { ITEM_STATUSES, type ItemStatus } from '../../../../shared/model/notice';
import type { ChartOption } from './echarts-setup';
import type { StatisticsView } from './statistics-table';

/** Green done, blue nearly, orange under way, grey ongoing for good: the colours offices use for these states. */
export const STATUS_COLORS: Record<ItemStatus, string> = {
  done: '#52c41a',
  mostlyDone: '#1677ff',
  ongoing: '#fa8c16',
  longTerm: '#8c8c8c',
};

/** Bars drawn by name in the properties column and in the enlarged view; the rest share one 其他 bar (the table lists them all). */
export const TOP_ROWS = { narrow: 6, wide: 12 } as const;
export type ChartSize = keyof typeof TOP_ROWS;
export const OTHERS = '其他';

const TEXT = 'rgba(0, 0, 0, 0.75)';
/** A bar and its name above it. */
const ROW_HEIGHT = 36;
const FONT = 12;

export interface Chart {
  /** The option for a chart this many pixels wide (a name above its bar is cut at the chart's width). */
  option: (width: number) => ChartOption;
  /** Pixels: the bars decide it, so a long list never squeezes them. */
  height: number;
}

export function statisticsChart(
  statistics: Statistics,
  view: StatisticsView,
  labels: Record<ItemStatus, string>,
  size: ChartSize = 'narrow',
): Chart {
  if (view === 'status') return statusChart(statistics, labels);
  return responsibilityChart(chartRows(view === 'unit' ? statistics.byUnit : statistics.byLeader, TOP_ROWS[size]), labels);
}

/**
 * The rows a bar chart draws: the first TOP_ROWS named ones, the other named
 * ones summed as 其他, then 未填写 on its own (it is no unit, and may be the
 * largest row of a checklist whose units were never filled in).
 */
export function chartRows(rows: readonly ResponsibilityRow[], top: number): ResponsibilityRow[] {
  const named = rows.filter((row) => row.name !== UNFILLED);
  const unfilled = rows.filter((row) => row.name === UNFILLED);
  // One row more than the limit is drawn as itself: a 其他 bar standing for one name would hide it for nothing.
  if (named.length <= top + 1) return [...named, ...unfilled];
  const rest = named.slice(top);
  const others: ResponsibilityRow = {
    name: OTHERS,
    total: rest.reduce((sum, row) => sum + row.total, 0),
    byStatus: Object.fromEntries(ITEM_STATUSES.map((s) => [s, rest.reduce((sum, row) => sum + row.byStatus[s], 0)])) as Record<
      ItemStatus,
      number
    >,
    completionRate: null,
  };
  return [...named.slice(0, top), others, ...unfilled];
}

/** A ring of the statuses, the completion rate in its middle, the counts in the legend. */
function statusChart(statistics: Statistics, labels: Record<ItemStatus, string>): Chart {
  const counts = new Map(statistics.byStatus.map((row) => [labels[row.status], row.count]));
  const rate = statistics.overall.completionRate;
  return {
    height: 220,
    option: () => ({
      animationDuration: 300,
      color: ITEM_STATUSES.map((s) => STATUS_COLORS[s]),
      tooltip: { trigger: 'item', confine: true, formatter: '{b}：{c} 个（{d}%）', textStyle: { fontSize: FONT } },
      title: {
        text: rate === null ? '—' : formatRate(rate),
        subtext: '完成率',
        left: 'center',
        top: 58,
        itemGap: 2,
        textStyle: { fontSize: 18, fontWeight: 600, color: TEXT },
        subtextStyle: { fontSize: FONT, color: 'rgba(0, 0, 0, 0.45)' },
      },
      legend: {
        bottom: 0,
        left: 'center',
        itemWidth: 10,
        itemHeight: 10,
        itemGap: 10,
        textStyle: { fontSize: FONT, color: TEXT },
        formatter: (name: string) => `${name} ${counts.get(name) ?? 0}`,
      },
      series: [
        {
          type: 'pie',
          radius: ['46%', '70%'],
          center: ['50%', '38%'],
          label: { show: false },
          data: statistics.byStatus
            .filter((row) => row.count > 0)
            .map((row) => ({ name: labels[row.status], value: row.count, itemStyle: { color: STATUS_COLORS[row.status] } })),
        },
      ],
    }),
  };
}

/**
 * One horizontal bar per unit or leader, its items stacked by status, the
 * first row on top. Each name stands above its bar, so in the narrow column
 * the bars keep the whole width and a name the width of a bar.
 */
function responsibilityChart(rows: ResponsibilityRow[], labels: Record<ItemStatus, string>): Chart {
  const legendHeight = 56;
  return {
    height: rows.length * ROW_HEIGHT + legendHeight + 24,
    option: (width) => ({
      animationDuration: 300,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, textStyle: { fontSize: FONT } },
      legend: { top: 0, left: 0, itemWidth: 10, itemHeight: 10, itemGap: 8, textStyle: { fontSize: FONT, color: TEXT } },
      grid: { top: legendHeight, left: 2, right: 14, bottom: 4, containLabel: true },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { fontSize: 11, color: 'rgba(0, 0, 0, 0.45)' },
        splitLine: { lineStyle: { color: '#f0f0f0' } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => row.name),
        axisTick: { show: false },
        axisLine: { show: false },
        // Inside the grid, above the bar; a name longer than the chart is cut, the tooltip and the table give it whole.
        axisLabel: {
          inside: true,
          margin: 0,
          verticalAlign: 'bottom',
          align: 'left',
          padding: [0, 0, 9, 0],
          fontSize: FONT,
          color: TEXT,
          width: Math.max(40, width - 20),
          overflow: 'truncate',
        },
        z: 3,
      },
      series: ITEM_STATUSES.map((status) => ({
        type: 'bar' as const,
        name: labels[status],
        stack: 'items',
        barWidth: 14,
        itemStyle: { color: STATUS_COLORS[status] },
        label: { show: true, fontSize: 11, color: '#fff', formatter: (p: { value: unknown }) => (p.value ? String(p.value) : '') },
        data: rows.map((row) => row.byStatus[status]),
      })),
    }),
  };
}
