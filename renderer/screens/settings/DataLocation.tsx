import { Typography } from 'antd';

/**
 * Where the database file is, to copy for a backup. The file is complete on
 * disk only after the program closes (SQLite keeps recent writes in a side
 * file while it runs), hence the advice.
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
        如需备份，请先关闭本程序，再复制这个文件。
      </Typography.Paragraph>
    </div>
  );
}
