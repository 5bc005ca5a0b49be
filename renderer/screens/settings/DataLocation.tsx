import { Typography } from 'antd';

/**
 * Where the database file is. Backups are taken by 备份与恢复 below with
 * SQLite's online backup: a copy of this file made by hand while the
 * program runs can miss recent writes (kept in a side file) and is never
 * the way to back up.
 */
export function DataLocation({ databasePath }: { databasePath: string }) {
  return (
    <div className="data-location">
      <Typography.Paragraph>全部通报保存在本机的这个数据库文件中：</Typography.Paragraph>
      <Typography.Paragraph
        code
        copyable={{ text: databasePath, tooltips: ['复制路径', '已复制'] }}
        className="database-path"
        aria-label="数据库文件位置"
      >
        {databasePath}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        备份和恢复请使用下方的“备份与恢复”。
      </Typography.Paragraph>
    </div>
  );
}
