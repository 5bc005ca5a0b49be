import { Button, Flex, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import type { AutomaticBackup, BackupSettingsView } from '../../../shared/model/backup';
import { MAX_KEPT_BACKUPS } from '../../../shared/model/settings';
import { formatChineseDateTime } from '../../components/format-time';
import { BACKUP_KIND_LABELS, formatSize } from './backup-labels';

/** How many of the newest automatic backups the card lists. */
const SHOWN = 5;

interface Props {
  settings: BackupSettingsView;
  backups: AutomaticBackup[];
  busy: boolean;
  onChangeFolder: () => void;
  onDefaultFolder: () => void;
  onKeep: (keep: number) => void;
}

/** The automatic backups: their folder (更改…), how many are kept, and the newest ones. */
export function AutomaticBackupsField({ settings, backups, busy, onChangeFolder, onDefaultFolder, onKeep }: Props) {
  const [keep, setKeep] = useState<number | null>(settings.keep);
  const commit = () => {
    if (keep !== null && keep !== settings.keep) onKeep(keep);
    else setKeep(settings.keep);
  };
  return (
    <div className="automatic-backups">
      <Typography.Paragraph type="secondary">
        每天第一次启动本程序时和每次退出时，自动备份全部通报。只有本程序自动生成的备份会按份数删除，文件夹中的其他文件不受影响。
      </Typography.Paragraph>
      <Flex align="center" gap={8} wrap>
        <Typography.Text>自动备份文件夹：</Typography.Text>
        <Typography.Text code className="backup-path" aria-label="自动备份文件夹">
          {settings.folder}
        </Typography.Text>
        {settings.isDefaultFolder && <Typography.Text type="secondary">（默认，在数据库旁边）</Typography.Text>}
        <Button size="small" onClick={onChangeFolder} disabled={busy}>
          更改…
        </Button>
        {!settings.isDefaultFolder && (
          <Button size="small" type="link" onClick={onDefaultFolder} disabled={busy}>
            恢复默认位置
          </Button>
        )}
      </Flex>
      <Flex align="center" gap={8} className="backup-keep">
        <label htmlFor="backup-keep">保留最近</label>
        <InputNumber
          id="backup-keep"
          aria-label="保留自动备份份数"
          min={1}
          max={MAX_KEPT_BACKUPS}
          precision={0}
          value={keep}
          onChange={(value) => setKeep(value)}
          onBlur={commit}
          onPressEnter={commit}
          onStep={(value) => onKeep(value)}
          style={{ width: 88 }}
        />
        <span>份自动备份</span>
      </Flex>
      <Typography.Text strong>最近的自动备份</Typography.Text>
      <Table<AutomaticBackup>
        size="small"
        rowKey="path"
        pagination={false}
        className="automatic-backup-list"
        aria-label="最近的自动备份"
        dataSource={backups.slice(0, SHOWN)}
        locale={{ emptyText: '还没有自动备份' }}
        columns={[
          { title: '时间', dataIndex: 'takenAt', width: 190, render: (iso: string) => formatChineseDateTime(iso) },
          { title: '类型', dataIndex: 'kind', width: 110, render: (kind: AutomaticBackup['kind']) => BACKUP_KIND_LABELS[kind] },
          { title: '大小', dataIndex: 'sizeBytes', width: 90, render: (bytes: number) => formatSize(bytes) },
          { title: '文件名', dataIndex: 'fileName', ellipsis: true },
        ]}
      />
      {backups.length > SHOWN && (
        <Typography.Text type="secondary">
          文件夹中共有 {backups.length} 份本程序的备份，这里列出最近 {SHOWN} 份。
        </Typography.Text>
      )}
    </div>
  );
}
