import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { NOTICE_STATUS_LABELS, NOTICE_STATUSES, STAGE_LABELS, STAGES } from '../../../shared/model/notice';
import type { NoticeSummary } from '../../../shared/model/notice-summary';
import { formatChineseDateTime } from '../../components/format-time';
import { NeedsUpdateTag } from './NeedsUpdateTag';
import { STATUS_COLORS } from './notice-labels';
import { DeadlineAttention } from './DeadlineAttention';

export interface NoticeTableProps {
  notices: NoticeSummary[];
  loading: boolean;
  /** The row to mark, e.g. a copy just made. */
  highlightId: string | null;
  /** The row whose copy or delete is under way. */
  busyId: string | null;
  onOpen: (id: string) => void;
  onCopy: (notice: NoticeSummary) => void;
  /** 生成下一阶段通报 from this notice (its dialog asks the rest). */
  onNextStage: (notice: NoticeSummary) => void;
  onDelete: (notice: NoticeSummary) => void;
  /** 导出数据 (a readable notice, when the database is read-only) or 导出原始数据 (a damaged one). */
  onExportData: (notice: NoticeSummary) => void;
  /** False when the database cannot be written: nothing to copy or delete, every notice's data to export. */
  writable: boolean;
}

/** Every notice, in the order the database answers (newest change first). */
export function NoticeTable({
  notices,
  loading,
  highlightId,
  busyId,
  onOpen,
  onCopy,
  onNextStage,
  onDelete,
  onExportData,
  writable,
}: NoticeTableProps) {
  const columns: TableColumnsType<NoticeSummary> = [
    {
      title: '标题',
      dataIndex: 'title',
      // Titles are long and differ near the end (阶段性进展 / 整改情况): wrap rather than cut them.
      render: (title: string, notice) =>
        notice.damaged ? (
          <Space className="notice-title-damaged">
            <Tooltip title={notice.damaged}>
              <Tag color="error">已损坏</Tag>
            </Tooltip>
            <Typography.Text type="secondary">{title}</Typography.Text>
          </Space>
        ) : (
          <>
            <Button type="link" className="notice-title" onClick={() => onOpen(notice.id)}>
              {title}
            </Button>
            <DeadlineAttention attention={notice.attention} />
          </>
        ),
    },
    {
      title: '阶段',
      dataIndex: 'stage',
      width: 170,
      filters: STAGES.map((stage) => ({ text: STAGE_LABELS[stage], value: stage })),
      onFilter: (value, notice) => notice.stage === value,
      render: (stage: NoticeSummary['stage'], notice) =>
        notice.damaged ? (
          '—'
        ) : (
          <Space size={4} wrap>
            {STAGE_LABELS[stage]}
            <NeedsUpdateTag count={notice.attention?.needsUpdate} />
          </Space>
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      filters: NOTICE_STATUSES.map((status) => ({ text: NOTICE_STATUS_LABELS[status], value: status })),
      onFilter: (value, notice) => notice.status === value,
      render: (status: NoticeSummary['status']) => <Tag color={STATUS_COLORS[status]}>{NOTICE_STATUS_LABELS[status]}</Tag>,
    },
    {
      title: '最后修改',
      dataIndex: 'updatedAt',
      width: 190,
      render: (updatedAt: string) => formatChineseDateTime(updatedAt),
    },
    {
      title: '操作',
      key: 'actions',
      width: 300,
      render: (_, notice) => (
        <Space size={0}>
          {notice.damaged ? (
            <Button type="link" loading={busyId === notice.id} disabled={busyId !== null} onClick={() => onExportData(notice)}>
              导出原始数据
            </Button>
          ) : (
            <Button type="link" onClick={() => onOpen(notice.id)}>
              打开
            </Button>
          )}
          {writable && !notice.damaged && (
            <Button type="link" loading={busyId === notice.id} disabled={busyId !== null} onClick={() => onCopy(notice)}>
              复制
            </Button>
          )}
          {writable && !notice.damaged && (
            <Button
              type="link"
              disabled={busyId !== null}
              onClick={() => onNextStage(notice)}
              title="以这份通报为基础，生成下一阶段的通报草稿"
            >
              生成下一阶段
            </Button>
          )}
          {!writable && !notice.damaged && (
            <Button type="link" loading={busyId === notice.id} disabled={busyId !== null} onClick={() => onExportData(notice)}>
              导出数据
            </Button>
          )}
          {writable && (
            <Button type="link" danger disabled={busyId !== null} onClick={() => onDelete(notice)}>
              删除
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<NoticeSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={notices}
      loading={loading}
      rowClassName={(notice) => (notice.id === highlightId ? 'notice-row-new' : '')}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: '没有符合筛选条件的通报' }}
    />
  );
}
