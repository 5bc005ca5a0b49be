import { App as AntApp, Button, ConfigProvider, Modal, Segmented, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { computeStatistics, UNFILLED } from '../../../../shared/figures/statistics';
import type { ChecklistNode, ItemStatus } from '../../../../shared/model/notice';
import { statisticsChart, type ChartSize } from './chart-options';
import { copyToClipboard } from './copy-to-clipboard';
import { StatisticsChart } from './StatisticsChart';
import { statisticsTable, tableAsHtml, tableAsTsv, VIEW_LABELS, type StatisticsView } from './statistics-table';
import './statistics.css';

const VIEWS: StatisticsView[] = ['status', 'unit', 'leader'];
/** Tighter cells in the narrow column, so more of a row shows before it scrolls. */
const NARROW_TABLE = { components: { Table: { cellPaddingBlockSM: 4, cellPaddingInlineSM: 6 } } };
/** Three segments of 按责任单位 do not fit the 248px column; there they say less, with the full name as their title. */
const SHORT_LABELS: Record<StatisticsView, string> = { status: '按状态', unit: '按单位', leader: '按领导' };

interface TableRecord {
  key: string;
  cells: string[];
}

interface StatisticsProps {
  checklist: ChecklistNode[];
  labels: Record<ItemStatus, string>;
  /** The figures sentence, as the notice prints it. */
  sentence: string;
}

/**
 * The checklist counted by status, by responsible unit and by responsible
 * leader: a small chart, the whole table under it, and both ready to paste
 * (the table, or the figures sentence the notice prints). 放大 shows the
 * same in a dialog wide enough for every column at once.
 */
export function StatisticsPanel(props: StatisticsProps) {
  const [view, setView] = useState<StatisticsView>('status');
  const [enlarged, setEnlarged] = useState(false);
  return (
    <>
      <StatisticsBody {...props} view={view} onView={setView} size="narrow" onEnlarge={() => setEnlarged(true)} />
      <Modal title="整改统计" open={enlarged} onCancel={() => setEnlarged(false)} footer={null} width={760} destroyOnHidden>
        <StatisticsBody {...props} view={view} onView={setView} size="wide" />
      </Modal>
    </>
  );
}

function StatisticsBody({
  checklist,
  labels,
  sentence,
  view,
  onView,
  size,
  onEnlarge,
}: StatisticsProps & { view: StatisticsView; onView: (view: StatisticsView) => void; size: ChartSize; onEnlarge?: () => void }) {
  const { message } = AntApp.useApp();
  const computed = useMemo(() => computeStatistics(checklist), [checklist]);
  // Typing a group's title changes the checklist but no count: the chart is drawn again only when a count changes.
  const counted = JSON.stringify(computed);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the counts, not by the object holding them
  const statistics = useMemo(() => computed, [counted]);
  const table = useMemo(() => statisticsTable(statistics, view, labels), [statistics, view, labels]);
  const chart = useMemo(() => statisticsChart(statistics, view, labels, size), [statistics, view, labels, size]);
  const records: TableRecord[] = table.rows.map((cells) => ({ key: cells[0]!, cells }));
  const cellClass = (index: number) => (index === 0 ? 'statistics-name' : 'statistics-number');
  const columns: TableColumnsType<TableRecord> = table.header.map((title, index) => ({
    key: title,
    title,
    fixed: index === 0 ? 'start' : undefined,
    align: index === 0 ? 'left' : 'right',
    className: cellClass(index),
    render: (_: unknown, record: TableRecord) => record.cells[index],
  }));
  const who = view === 'unit' ? '责任单位' : '责任领导';
  const nobodyNamed = view !== 'status' && table.rows.length === 1 && table.rows[0]![0] === UNFILLED;

  const copy = (what: string, text: string, html?: string) => {
    if (copyToClipboard(text, html)) message.success(`已复制${what}`);
    else message.error(`未能复制${what}，请选中后按 Ctrl+C 复制`);
  };

  return (
    <div className={`statistics-panel statistics-${size}`}>
      <div className="statistics-head">
        <Segmented
          block
          size="small"
          aria-label="统计方式"
          value={view}
          options={VIEWS.map((value) => ({
            value,
            label: size === 'narrow' ? SHORT_LABELS[value] : VIEW_LABELS[value],
            title: VIEW_LABELS[value],
          }))}
          onChange={(value) => onView(value as StatisticsView)}
        />
        {onEnlarge && (
          <Button size="small" type="link" onClick={onEnlarge}>
            放大
          </Button>
        )}
      </div>
      <StatisticsChart option={chart.option} height={chart.height} label={`${VIEW_LABELS[view]}统计图`} />
      <ConfigProvider theme={size === 'narrow' ? NARROW_TABLE : undefined}>
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
                <Table.Summary.Cell key={index} index={index} align={index === 0 ? 'left' : 'right'} className={cellClass(index)}>
                  {cell}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )}
        />
      </ConfigProvider>
      {table.countedTwice > 0 && <p className="form-hint">写有多个{who}的问题，在每个名下各计一次，因此各行之和多于合计。</p>}
      {nobodyNamed && <p className="form-hint">各问题都还没有填写{who}，选中问题后可在右侧填写。</p>}
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
