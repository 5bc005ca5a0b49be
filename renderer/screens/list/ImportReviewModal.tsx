import { App, Descriptions, Modal, Typography, type DescriptionsProps } from 'antd';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { inspectionPeriod, noticeTitle } from '../../../shared/document/generated-text';
import type { Boilerplate } from '../../../shared/layout/boilerplate';
import { STAGE_LABELS, type Notice } from '../../../shared/model/notice';
import { allItems, countGroups } from '../../../shared/model/tree';
import { formatChineseDate } from '../../../shared/text/dates';
import { useServices } from '../../app/services';
import type { ReadyImport } from './import-review/ready-import';
import { ReviewWorkspace } from './import-review/ReviewWorkspace';
import './import-review/import-review.css';

export interface ImportReviewModalProps {
  /** What to review; null when no import is under way. */
  preview: ReadyImport | null;
  /** Saves the notice and opens it; rejects (after showing why) when it could not. */
  onSave: (notice: Notice) => Promise<void>;
  onCancel: () => void;
}

/**
 * 核对导入结果: what the importer recognised in the file, shown before anything
 * is saved, beside the file's own lines, so the user can tell a clean import
 * from one that needs work (or from the wrong file) and correct what was
 * recognised wrongly before it joins the list. 保存并打开 saves the notice as
 * corrected here.
 */
export function ImportReviewModal({ preview, onSave, onCancel }: ImportReviewModalProps) {
  const [saving, setSaving] = useState(false);
  const { modal } = App.useApp();
  // The workspace keeps the corrected notice; saving reads the latest.
  const corrected = useRef<{ of: ReadyImport; notice: Notice } | null>(null);
  const keep = useCallback(
    (notice: Notice) => {
      if (preview) corrected.current = { of: preview, notice };
    },
    [preview],
  );

  const save = async () => {
    if (!preview) return;
    setSaving(true);
    try {
      // Corrections made to another import (one canceled before) do not count.
      await onSave(corrected.current?.of === preview ? corrected.current.notice : preview.notice);
    } catch {
      // onSave has told the user; the review stays open so they can retry.
    } finally {
      setSaving(false);
    }
  };

  // Corrections are work: closing the review (取消, Esc, ×) after some asks first.
  const cancel = () => {
    const corrections = corrected.current;
    if (!preview || corrections?.of !== preview || corrections.notice === preview.notice) return onCancel();
    modal.confirm({
      title: '放弃这次导入？',
      content: '在核对中所做的更正不会保存，通报也不会导入。',
      okText: '放弃',
      okButtonProps: { danger: true },
      cancelText: '继续核对',
      onOk: onCancel,
    });
  };

  return (
    <Modal
      title="核对导入结果"
      open={preview !== null}
      // Nearly the whole window: the tree and the file's lines side by side need the room.
      width="calc(100vw - 32px)"
      style={{ top: 16, paddingBottom: 0, maxWidth: 1600 }}
      okText="保存并打开"
      cancelText="取消"
      confirmLoading={saving}
      onOk={save}
      onCancel={cancel}
      // A stray click beside the dialog should not throw the review away.
      mask={{ closable: false }}
      destroyOnHidden
      className="import-review"
      styles={{ body: { height: 'calc(100vh - 150px)', overflow: 'hidden', display: 'flex', flexDirection: 'column' } }}
    >
      {preview && <ReviewBody preview={preview} onChange={keep} />}
    </Modal>
  );
}

function ReviewBody({ preview, onChange }: { preview: ReadyImport; onChange: (notice: Notice) => void }) {
  const { templates } = useServices();
  const [notice, setNotice] = useState(preview.notice);
  const layout = templates.layouts.find((l) => l.id === notice.layoutId) ?? templates.layouts[0]!;
  const changed = useCallback(
    (next: Notice) => {
      setNotice(next);
      onChange(next);
    },
    [onChange],
  );

  return (
    <div className="review-body">
      <Descriptions
        className="import-review-facts"
        bordered
        size="small"
        column={4}
        styles={{ label: { width: 80, whiteSpace: 'nowrap' } }}
        items={facts(preview, notice, templates.boilerplate, layout.name)}
      />
      <ReviewWorkspace preview={preview} layout={layout} onChange={changed} />
    </div>
  );
}

/** The facts table, four to a row: the title, the metadata as recognised, then what was found (as corrected) and from which file. */
function facts(preview: ReadyImport, notice: Notice, boilerplate: Boilerplate, layoutName: string): DescriptionsProps['items'] {
  const { meta } = notice;
  const period = inspectionPeriod(meta, boilerplate);
  return [
    { key: 'title', label: '标题', children: orMissing(noticeTitle(meta, boilerplate)), span: 4 },
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
      children:
        preview.origin === 'ledger'
          ? `${layoutName}（从台账导入，可在编辑界面更换）`
          : `${layoutName}（与原文相似度 ${percent(preview.similarity)}）`,
      span: 2,
    },
    { key: 'counts', label: '识别结果', children: `${countGroups(notice.checklist)} 个分组，${allItems(notice.checklist).length} 个问题` },
    // File names run long (and unbroken): the rest of the row.
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
