import { App as AntApp, Button, Segmented, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { computeStatistics } from '../../../../shared/figures/statistics';
import type { ChecklistNode, ItemStatus } from '../../../../shared/model/notice';
import { statisticsChart } from './chart-options';
import { copyToClipboard } from './copy-to-clipboard';
import { StatisticsChart } from './StatisticsChart';
import { statisticsTable, tableAsHtml, tableAsTsv, VIEW_LABELS, type StatisticsView } from './statistics-table';
import './statistics.css';

const VIEWS: StatisticsView[] = ['status', 'unit', 'leader'];

interface TableRecord {
  key: string;
  cells: string[];
}

/**
 * The checklist counted by status, by responsible unit and by responsible
 * leader: a small chart, the whole table under it, and both ready to paste
 * (the table, or the figures sentence the notice prints).
 */
export function StatisticsPanel({ checklist, labels, sentence }: { checklist: ChecklistNode[]; labels: Record<ItemStatus, string>; sentence: string }) {
  const { message } = AntApp.useApp();
  const [view, setView] = useState<StatisticsView>('status');
  const statistics = useMemo(() => computeStatistics(checklist), [checklist]);
  const table = useMemo(() => statisticsTable(statistics, view, labels), [statistics, view, labels]);
  const chart = useMemo(() => statisticsChart(statistics, view, labels), [statistics, view, labels]);
  const records: TableRecord[] = table.rows.map((cells) => ({ key: cells[0]!, cells }));
  const columns: TableColumnsType<TableRecord> = table.header.map((title, index) => ({
    key: title,
    title,
    fixed: index === 0 ? 'start' : undefined,
    align: index === 0 ? 'left' : 'right',
    className: index === 0 ? 'statistics-name' : 'statistics-number',
    render: (_: unknown, record: TableRecord) => record.cells[index],
  }));

  const copy = (what: string, text: string, html?: string) => {
    if (copyToClipboard(text, html)) message.success(`已复制${what}`);
    else message.error(`未能复制${what}，请选中后按 Ctrl+C 复制`);
  };
  const nobodyNamed = view !== 'status' && table.rows.length === 1 && statistics.overall.total > 0 && table.rows[0]![0] === '未填写';

  return (
    <div className="statistics-panel">
      <Segmented
        block
        size="small"
        aria-label="统计方式"
        value={view}
        options={VIEWS.map((value) => ({ value, label: VIEW_LABELS[value] }))}
        onChange={(value) => setView(value as StatisticsView)}
      />
      <StatisticsChart option={chart.option} height={chart.height} label={`${VIEW_LABELS[view]}统计图`} />
      <Table<TableRecord>
        className="statistics-table"
        aria-label={`${VIEW_LABELS[view]}统计表`}
        size="small"
        bordered
        pagination={false}
        columns={columns}
        dataSource={records}
        scroll={{ x: 'max-content' }}
        summary={() => (
          <Table.Summary.Row className="statistics-total">
            {table.total.map((cell, index) => (
              <Table.Summary.Cell key={index} index={index} align={index === 0 ? 'left' : 'right'} className={index === 0 ? 'statistics-name' : 'statistics-number'}>
                {cell}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
      {table.countedTwice > 0 && (
        <p className="form-hint">写有多个{view === 'unit' ? '责任单位' : '责任领导'}的问题，在每个名下各计一次，因此各行之和多于合计。</p>
      )}
      {nobodyNamed && <p className="form-hint">各问题都还没有填写{view === 'unit' ? '责任单位' : '责任领导'}，可在选中问题后于右侧填写。</p>}
      <div className="statistics-actions">
        <Button size="small" onClick={() => copy('表格，可粘贴到 Word、WPS 或 Excel', tableAsTsv(table), tableAsHtml(table))}>
          复制表格
        </Button>
        <Button size="small" disabled={sentence === ''} onClick={() => copy('表述', sentence)}>
          复制表述
        </Button>
      </div>
    </div>
  );
}
