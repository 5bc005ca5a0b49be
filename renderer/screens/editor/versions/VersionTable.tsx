import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { memo } from 'react';
import { VERSION_REASON_LABELS, type VersionReason, type VersionSummary } from '../../../../shared/versions/version-types';
import { useWritable } from '../../../app/services';
import { formatChineseDateTime } from '../../../components/format-time';
import { fileName } from './version-labels';

const REASON_COLOURS: Record<VersionReason, string> = {
  named: 'blue',
  export: 'green',
  stage: 'purple',
  'next-stage': 'purple',
  restore: 'orange',
  timed: 'default',
};

export interface VersionTableProps {
  versions: VersionSummary[];
  loading: boolean;
  /** The (at most two) versions ticked for 比较所选. */
  selected: number[];
  onSelect: (ids: number[]) => void;
  onView: (version: VersionSummary) => void;
  onCompareWithCurrent: (version: VersionSummary) => void;
  onRestore: (version: VersionSummary) => void;
}

/** The list: time, reason, name and exported file of each version, newest first, with what can be done to it. */
export const VersionTable = memo(function VersionTable({
  versions,
  loading,
  selected,
  onSelect,
  onView,
  onCompareWithCurrent,
  onRestore,
}: VersionTableProps) {
  // A read-only database: versions can be read and compared, not restored.
  const writable = useWritable();
  return (
    <Table<VersionSummary>
      className="version-table"
      rowKey="id"
      size="small"
      // Fixed, so a long file name is cut with … instead of pushing 操作 off the drawer.
      tableLayout="fixed"
      loading={loading}
      dataSource={versions}
      pagination={versions.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: '还没有历史版本：导出、修改阶段、每编辑 10 分钟，或点击“保存当前版本”时都会保存一个版本。' }}
      rowSelection={{
        selectedRowKeys: selected,
        hideSelectAll: true,
        columnTitle: '比较',
        columnWidth: 56,
        // Two at most: the newest two ticks are kept.
        onChange: (keys) => onSelect((keys as number[]).slice(-2)),
        getCheckboxProps: (version) => ({ 'aria-label': `选择版本 ${formatChineseDateTime(version.createdAt)} 用于比较` }),
      }}
      columns={[
        {
          title: '时间',
          dataIndex: 'createdAt',
          width: 150,
          render: (createdAt: string) => <span className="version-time">{formatChineseDateTime(createdAt)}</span>,
        },
        {
          title: '版本',
          key: 'what',
          render: (_, version) => (
            <div className="version-what">
              <Space size={6} wrap>
                <Tag color={REASON_COLOURS[version.reason]} className="version-reason">
                  {VERSION_REASON_LABELS[version.reason]}
                </Tag>
                {version.name && <strong className="version-name">{version.name}</strong>}
              </Space>
              {version.file && (
                <Tooltip title={version.file}>
                  <Typography.Text type="secondary" className="version-file" ellipsis>
                    文件：{fileName(version.file)}
                  </Typography.Text>
                </Tooltip>
              )}
            </div>
          ),
        },
        {
          title: '操作',
          key: 'actions',
          width: 196,
          render: (_, version) => (
            <Space size={0} className="version-actions">
              <Button type="link" size="small" onClick={() => onView(version)}>
                查看
              </Button>
              <Button type="link" size="small" onClick={() => onCompareWithCurrent(version)}>
                与当前比较
              </Button>
              <Button type="link" size="small" disabled={!writable} onClick={() => onRestore(version)}>
                恢复
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
});
