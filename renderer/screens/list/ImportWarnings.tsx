import { Table, Typography } from 'antd';
import type { ImportPreviewWarning } from '../../../shared/api';

/** The importer's warnings, each with where it is in the file and the words it is about. */
export function ImportWarnings({ warnings }: { warnings: ImportPreviewWarning[] }) {
  return (
    <Table<ImportPreviewWarning & { key: number }>
      className="import-review-warnings"
      aria-label="需要核对的地方"
      size="small"
      pagination={false}
      dataSource={warnings.map((warning, key) => ({ ...warning, key }))}
      columns={[
        { title: '位置', dataIndex: 'place', width: 96 },
        { title: '提示', dataIndex: 'message' },
        // Warnings about the whole text (no title found …) quote nothing: no empty column for them.
        ...(warnings.some((w) => w.excerpt)
          ? [
              {
                title: '原文',
                dataIndex: 'excerpt',
                width: '40%',
                render: (excerpt: string) => (excerpt ? <Typography.Text type="secondary">{excerpt}</Typography.Text> : '—'),
              },
            ]
          : []),
      ]}
    />
  );
}
