import { Descriptions, Typography } from 'antd';
import type { BackupSummary } from '../../../shared/model/backup';
import { formatChineseDateTime } from '../../components/format-time';
import { formatSize } from './backup-labels';

/** What a backup file holds, shown before it is restored and after it was written. */
export function BackupSummaryView({ summary }: { summary: BackupSummary }) {
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      className="backup-summary"
      styles={{ label: { width: 104, whiteSpace: 'nowrap' } }}
      items={[
        { key: 'file', label: '备份文件', children: <Typography.Text className="backup-path">{summary.path}</Typography.Text> },
        { key: 'made', label: '备份时间', children: formatChineseDateTime(summary.madeAt) },
        {
          key: 'content',
          label: '内容',
          children: `${summary.notices} 份通报，共 ${summary.items} 个问题（${formatSize(summary.sizeBytes)}）`,
        },
        { key: 'change', label: '最后修改', children: summary.lastChange ? formatChineseDateTime(summary.lastChange) : '（没有通报）' },
        {
          key: 'titles',
          label: '最近的通报',
          children:
            summary.latestTitles.length === 0 ? (
              '（没有通报）'
            ) : (
              <ul className="backup-titles">
                {summary.latestTitles.map((title, index) => (
                  <li key={index}>{title}</li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
