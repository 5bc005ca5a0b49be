import { Alert, Descriptions, Flex, Modal, Typography, type DescriptionsProps } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ImportPreview } from '../../../shared/api';
import { inspectionPeriod, noticeTitle } from '../../../shared/document/generated-text';
import type { Boilerplate } from '../../../shared/layout/boilerplate';
import { STAGE_LABELS, type Notice } from '../../../shared/model/notice';
import { allItems } from '../../../shared/model/tree';
import { formatChineseDate } from '../../../shared/text/dates';
import { useServices } from '../../app/services';
import { ImportedChecklist } from './ImportedChecklist';
import { ImportWarnings } from './ImportWarnings';

/** A file the importer has read, not yet saved. */
export type ReadyImport = Extract<ImportPreview, { status: 'ready' }>;

export interface ImportReviewModalProps {
  /** What to review; null when no import is under way. */
  preview: ReadyImport | null;
  /** Saves the notice and opens it; rejects (after showing why) when it could not. */
  onSave: (notice: Notice) => Promise<void>;
  onCancel: () => void;
}

/**
 * 核对导入结果: what the importer recognised in the file, shown before anything
 * is saved, so the user can tell a clean import from one that needs work (or
 * from the wrong file) before it joins the list.
 */
export function ImportReviewModal({ preview, onSave, onCancel }: ImportReviewModalProps) {
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!preview) return;
    setSaving(true);
    try {
      await onSave(preview.notice);
    } catch {
      // onSave has told the user; the review stays open so they can retry.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title="核对导入结果"
      open={preview !== null}
      width={900}
      centered
      okText="保存并打开"
      cancelText="取消"
      confirmLoading={saving}
      onOk={save}
      onCancel={onCancel}
      // A stray click beside the dialog should not throw the review away.
      mask={{ closable: false }}
      destroyOnHidden
      className="import-review"
      styles={{ body: { maxHeight: 'calc(100vh - 190px)', overflowY: 'auto', paddingRight: 8 } }}
    >
      {preview && <ReviewBody preview={preview} />}
    </Modal>
  );
}

function ReviewBody({ preview }: { preview: ReadyImport }) {
  const { templates } = useServices();
  const { notice, warnings } = preview;
  const layout = templates.layouts.find((l) => l.id === notice.layoutId) ?? templates.layouts[0]!;
  const itemCount = allItems(notice.checklist).length;
  const groupCount = countGroups(notice.checklist);

  return (
    <Flex vertical gap={16}>
      {warnings.length > 0 ? (
        <Alert type="warning" showIcon title={`有 ${warnings.length} 处需要核对：请对照原文件检查下面列出的提示，保存后也可以在编辑界面中修改。`} />
      ) : (
        <Alert type="success" showIcon title="已识别通报的各个部分，请核对后保存。" />
      )}
      <Descriptions
        className="import-review-facts"
        bordered
        size="small"
        column={3}
        styles={{ label: { width: 80, whiteSpace: 'nowrap' } }}
        items={facts(preview, templates.boilerplate, layout.name, groupCount, itemCount)}
      />
      {warnings.length > 0 && <ImportWarnings warnings={warnings} />}
      <section aria-label="问题清单">
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          问题清单
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginLeft: 8 }}>
            按“{layout.name}”编号，与编辑界面一致
          </Typography.Text>
        </Typography.Title>
        <ImportedChecklist checklist={notice.checklist} layout={layout} />
      </section>
    </Flex>
  );
}

/** The facts table, three to a row: the title, the metadata as recognised, then what was found and from which file. */
function facts(
  preview: ReadyImport,
  boilerplate: Boilerplate,
  layoutName: string,
  groupCount: number,
  itemCount: number,
): DescriptionsProps['items'] {
  const { meta } = preview.notice;
  const period = inspectionPeriod(meta, boilerplate);
  return [
    { key: 'title', label: '标题', children: orMissing(noticeTitle(meta, boilerplate)), span: 3 },
    { key: 'issuer', label: '发文机关', children: orMissing(meta.issuer) },
    { key: 'stage', label: '阶段', children: STAGE_LABELS[meta.stage] },
    { key: 'group', label: '巡察组', children: orMissing(meta.inspectionGroup) },
    { key: 'period', label: '巡察时间', children: orMissing(period) },
    { key: 'feedback', label: '反馈日期', children: orMissing(meta.feedbackDate && formatChineseDate(meta.feedbackDate)) },
    { key: 'date', label: '成文日期', children: orMissing(meta.publicationDate && formatChineseDate(meta.publicationDate)) },
    {
      key: 'layout',
      label: '版式',
      // A ledger has no text to compare a layout with: the default one is taken.
      children: preview.source === 'ledger' ? `${layoutName}（从台账导入，可在编辑界面更换）` : `${layoutName}（与原文相似度 ${percent(preview.similarity)}）`,
    },
    { key: 'counts', label: '识别结果', children: `${groupCount} 个分组，${itemCount} 个问题`, span: 2 },
    // File names run long (and unbroken): a row of their own.
    { key: 'file', label: '文件', children: preview.fileName, span: 3 },
  ];
}

/** What the importer did not find is said so, rather than left blank. */
function orMissing(text: string | null): ReactNode {
  return text && text.trim() !== '' ? text : <Typography.Text type="secondary">未识别</Typography.Text>;
}

/** 0.9949 → 99.4%; rounded down, so only an exact match reads 100%. */
function percent(fraction: number): string {
  const value = Math.floor(fraction * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

function countGroups(nodes: Notice['checklist']): number {
  return nodes.reduce((n, node) => (node.kind === 'group' ? n + 1 + countGroups(node.children) : n), 0);
}
