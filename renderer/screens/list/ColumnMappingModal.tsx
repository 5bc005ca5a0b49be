import { Alert, Modal, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ImportPreview } from '../../../shared/api';
import type { LedgerColumnInfo } from '../../../shared/import/ledger/find-header';
import {
  LEDGER_FIELDS,
  LEDGER_FIELD_LABELS,
  mappingProblem,
  type LedgerField,
  type LedgerMapping,
} from '../../../shared/import/ledger/ledger-fields';

/** A ledger waiting for its columns to be mapped. */
export type MappingImport = Extract<ImportPreview, { status: 'mapping' }>;

export interface ColumnMappingModalProps {
  /** The ledger to map; null when none waits. */
  pending: MappingImport | null;
  /** Imports with the mapping; rejects (after saying why) when it could not. */
  onApply: (mapping: LedgerMapping) => Promise<void>;
  onCancel: () => void;
}

const SKIP = '__skip__';
const OPTIONS = [{ value: SKIP, label: '不导入' }, ...LEDGER_FIELDS.map((field) => ({ value: field, label: LEDGER_FIELD_LABELS[field] }))];

/**
 * 指定各列内容: a ledger whose headers the importer does not all know. Each
 * column shows its header and first values beside a choice of what it
 * holds (or 不导入), recognised columns already chosen; the import then runs
 * with that mapping and goes to the usual review.
 */
export function ColumnMappingModal({ pending, onApply, onCancel }: ColumnMappingModalProps) {
  const [mapping, setMapping] = useState<LedgerMapping>([]);
  const [applying, setApplying] = useState(false);

  useEffect(() => {
    setMapping(pending ? pending.columns.map((c) => c.field) : []);
  }, [pending]);

  const problem = pending ? mappingProblem(mapping) : null;
  const choose = (index: number, value: string) =>
    setMapping((m) => m.map((f, i) => (i === index ? (value === SKIP ? null : (value as LedgerField)) : f)));

  const apply = async () => {
    if (problem) return;
    setApplying(true);
    try {
      await onApply(mapping);
    } catch {
      // onApply has told the user; the step stays open to change the mapping.
    } finally {
      setApplying(false);
    }
  };

  return (
    <Modal
      title="指定各列内容"
      open={pending !== null}
      width={900}
      centered
      okText="继续导入"
      cancelText="取消"
      okButtonProps={{ disabled: problem !== null }}
      confirmLoading={applying}
      onOk={apply}
      onCancel={onCancel}
      mask={{ closable: false }}
      destroyOnHidden
      className="ledger-mapping"
      styles={{ body: { maxHeight: 'calc(100vh - 190px)', overflowY: 'auto', paddingRight: 8 } }}
    >
      {pending && (
        <>
          <Alert
            type="info"
            showIcon
            title={pending.reason}
            description={`文件：${pending.fileName}。已识别的列已选好，请为其余各列选择内容，或选“不导入”。`}
            style={{ marginBottom: 12 }}
          />
          <Table<LedgerColumnInfo & { key: number }>
            className="ledger-mapping-columns"
            size="small"
            pagination={false}
            dataSource={pending.columns.filter((c) => c.hasData || c.header !== '').map((c) => ({ ...c, key: c.index }))}
            rowClassName={(c) => (c.field === null && c.hasData ? 'ledger-mapping-unknown' : '')}
            columns={[
              {
                title: '表头',
                dataIndex: 'header',
                width: 160,
                render: (header: string) => header || <Typography.Text type="secondary">（空表头）</Typography.Text>,
              },
              {
                title: '前几行的内容',
                dataIndex: 'samples',
                render: (samples: string[]) =>
                  samples.length === 0 ? (
                    <Typography.Text type="secondary">（空）</Typography.Text>
                  ) : (
                    samples.map((s, i) => (
                      <div key={i} className="ledger-mapping-sample">
                        {s}
                      </div>
                    ))
                  ),
              },
              {
                title: '这一列是',
                key: 'field',
                width: 210,
                render: (_: unknown, c) => (
                  <Select
                    aria-label={`“${c.header || '空表头'}”列的内容`}
                    style={{ width: '100%' }}
                    value={mapping[c.index] ?? SKIP}
                    options={OPTIONS}
                    // Every choice in view at once: eleven short labels, no scrolling inside the list.
                    listHeight={OPTIONS.length * 32 + 8}
                    onChange={(value: string) => choose(c.index, value)}
                  />
                ),
              },
            ]}
          />
          {problem && <Alert type="warning" showIcon title={problem} style={{ marginTop: 12 }} />}
        </>
      )}
    </Modal>
  );
}
