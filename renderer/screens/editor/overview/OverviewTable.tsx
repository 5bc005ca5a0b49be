import { Button, Table, Tooltip, Typography, type TableColumnsType, type TableProps } from 'antd';
import { ITEM_STATUSES, type ItemStatus } from '../../../../shared/model/notice';
import { formatChineseDate } from '../../../../shared/text/dates';
import { DEADLINE_COLOUR_LABELS, DEADLINE_COLOURS, type DeadlineColour } from '../../../../shared/tracking/deadlines';
import type { OverviewRow } from '../../../../shared/tracking/overview-rows';
import { StandingTag } from './StandingTag';

const collator = new Intl.Collator('zh-Hans-CN');
/** Unset leader or unit: filtered and sorted as one value, shown as a dash. */
const UNSET = '（未填）';

/** The distinct values of a column, in Chinese order, as antd column filters. */
function valueFilters(rows: readonly OverviewRow[], pick: (row: OverviewRow) => string) {
  const values = [...new Set(rows.map((row) => pick(row).trim() || UNSET))].sort(collator.compare);
  return values.map((value) => ({ text: value, value }));
}

/** Days left for sorting: overdue first, then soonest due; nothing to count goes last. */
const daysKey = (row: OverviewRow) => row.daysLeft ?? Number.POSITIVE_INFINITY;

export interface OverviewTableProps {
  rows: OverviewRow[];
  statusLabels: Record<ItemStatus, string>;
  /** The colours shown (null: all); the counts above the table set it too. */
  colourFilter: DeadlineColour[] | null;
  onColourFilter: (colours: DeadlineColour[] | null) => void;
  onSelect: (itemId: string) => void;
  onCloseOut: (itemId: string) => void;
  writable: boolean;
}

/** 整改总览's table: every item in notice order, its row marked by its deadline colour, sortable and filterable. */
export function OverviewTable({ rows, statusLabels, colourFilter, onColourFilter, onSelect, onCloseOut, writable }: OverviewTableProps) {
  const columns: TableColumnsType<OverviewRow> = [
    {
      title: '序号',
      dataIndex: 'number',
      key: 'number',
      width: 72,
      fixed: 'left',
      sorter: (a, b) => a.number - b.number,
      defaultSortOrder: 'ascend',
    },
    {
      title: '反馈问题',
      dataIndex: 'problem',
      key: 'problem',
      width: 200,
      fixed: 'left',
      ellipsis: { showTitle: false },
      render: (problem: string) =>
        problem ? (
          <Tooltip title={problem} placement="topLeft" overlayClassName="overview-problem-tip">
            <span className="overview-problem">{problem}</span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">（未填写反馈问题）</Typography.Text>
        ),
    },
    {
      title: '分组',
      dataIndex: 'groups',
      key: 'groups',
      width: 140,
      // Narrow windows drop it first: each row's number and problem say where it is.
      responsive: ['xl'],
      ellipsis: { showTitle: false },
      render: (groups: string[]) =>
        groups.length === 0 ? (
          '—'
        ) : (
          <Tooltip title={groups.join(' › ')} placement="topLeft">
            <span>{groups.at(-1)}</span>
          </Tooltip>
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      width: 96,
      sorter: (a, b) => ITEM_STATUSES.indexOf(a.status) - ITEM_STATUSES.indexOf(b.status),
      filters: ITEM_STATUSES.map((status) => ({ text: statusLabels[status], value: status })),
      onFilter: (value, row) => row.status === value,
      render: (_: ItemStatus, row) => row.statusLabel,
    },
    { title: '整改时限', dataIndex: 'deadline', key: 'deadline', width: 120, ellipsis: true, render: (text: string) => text || '—' },
    {
      title: '时限状态',
      key: 'colour',
      width: 100,
      filters: DEADLINE_COLOURS.map((colour) => ({ text: DEADLINE_COLOUR_LABELS[colour], value: colour })),
      filteredValue: colourFilter,
      onFilter: (value, row) => row.colour === value,
      render: (_, row) => <StandingTag colour={row.colour} text={row.colourText} />,
    },
    {
      title: '剩余天数',
      key: 'daysLeft',
      width: 96,
      sorter: (a, b) => daysKey(a) - daysKey(b),
      render: (_, row) => <span className={`overview-days overview-days-${row.colour}`}>{row.daysLeftText || '—'}</span>,
    },
    {
      title: '责任领导',
      dataIndex: 'leader',
      key: 'leader',
      width: 100,
      ellipsis: true,
      sorter: (a, b) => collator.compare(a.leader, b.leader),
      filters: valueFilters(rows, (row) => row.leader),
      onFilter: (value, row) => (row.leader.trim() || UNSET) === value,
      render: (leader: string) => leader || '—',
    },
    {
      title: '责任单位',
      dataIndex: 'unit',
      key: 'unit',
      width: 120,
      ellipsis: true,
      sorter: (a, b) => collator.compare(a.unit, b.unit),
      filters: valueFilters(rows, (row) => row.unit),
      onFilter: (value, row) => (row.unit.trim() || UNSET) === value,
      render: (unit: string) => unit || '—',
    },
    {
      title: '销号',
      key: 'closeOut',
      width: 110,
      fixed: 'right',
      render: (_, row) => (
        // A click here is the button's, not the row's (which opens the item).
        <span className="overview-close-out" onClick={(event) => event.stopPropagation()}>
          {row.status === 'done' ? (
            <Tooltip title={row.evidence ? `证明材料：${row.evidence}` : '修改完成日期和证明材料'}>
              <span>
                <Button
                  size="small"
                  type="link"
                  className="overview-closed-out"
                  disabled={!writable}
                  onClick={() => onCloseOut(row.itemId)}
                >
                  已销号
                </Button>
                {row.completedOn && <div className="overview-completed-on">{formatChineseDate(row.completedOn)}</div>}
              </span>
            </Tooltip>
          ) : (
            <Button size="small" disabled={!writable} onClick={() => onCloseOut(row.itemId)}>
              销号
            </Button>
          )}
        </span>
      ),
    },
  ];
  const onChange: TableProps<OverviewRow>['onChange'] = (_pagination, filters) => {
    const colours = filters.colour as DeadlineColour[] | null | undefined;
    onColourFilter(colours && colours.length > 0 ? colours : null);
  };
  return (
    <Table<OverviewRow>
      className="overview-table"
      rowKey="itemId"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      tableLayout="fixed"
      // The problem keeps at least its width: below that the middle columns scroll, the number, problem and 销号 stay.
      scroll={{ x: 1010 }}
      // A long checklist scrolls under its header, which stays at the top of the drawer.
      sticky={{ offsetHeader: 0 }}
      onChange={onChange}
      rowClassName={(row) => `overview-row overview-row-${row.colour}`}
      onRow={(row) => ({ onClick: () => onSelect(row.itemId), title: '点击打开此问题' })}
      locale={{ emptyText: rows.length === 0 ? '这份通报还没有反馈问题' : '没有符合筛选条件的问题' }}
    />
  );
}
