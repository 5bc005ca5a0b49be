import { Table, Typography } from 'antd';
import type { ImportPreviewWarning } from '../../../shared/api';

export interface ImportWarningsProps {
  warnings: ImportPreviewWarning[];
  /** The warning last clicked. */
  active?: number | null;
  /** A click on a warning: the review shows what it is about. */
  onPick?: (index: number) => void;
}

/** The importer's warnings, each with where it is in the file and the words it is about; a click shows the place. */
export function ImportWarnings({ warnings, active = null, onPick }: ImportWarningsProps) {
  return (
    <Table<ImportPreviewWarning & { key: number }>
      className="import-review-warnings"
      aria-label="需要核对的地方"
      size="small"
      pagination={false}
      dataSource={warnings.map((warning, key) => ({ ...warning, key }))}
      rowClassName={(row) => (row.key === active ? 'is-active' : '')}
      onRow={(row) => ({ onClick: () => onPick?.(row.key), title: onPick ? '点击查看原文中的位置' : undefined })}
      columns={[
        { title: '位置', dataIndex: 'place', width: 80 },
        { title: '提示', dataIndex: 'message' },
        // Warnings about the whole text (no title found …) quote nothing: no empty column for them.
        ...(warnings.some((w) => w.excerpt)
          ? [
              {
                title: '原文',
                dataIndex: 'excerpt',
                width: '38%',
                render: (excerpt: string) => (excerpt ? <Typography.Text type="secondary">{excerpt}</Typography.Text> : '—'),
              },
            ]
          : []),
      ]}
    />
  );
}
