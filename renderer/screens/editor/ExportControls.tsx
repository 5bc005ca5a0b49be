import { App as AntApp, Button, Checkbox, Tooltip } from 'antd';
import { memo, useState } from 'react';
import type { ExportOutcome } from '../../../shared/api';
import { ApiCallError } from '../../api-client';
import { useServices } from '../../app/services';
import { errorText } from '../../components/error-text';
import { useAttachLedger } from './attach-ledger';

type ExportKind = 'word' | 'ledger';

const ACTION: Record<ExportKind, string> = { word: '导出 Word', ledger: '导出台账' };
const FAILED: Record<ExportKind, string> = { word: '导出 Word 失败', ledger: '导出台账失败' };

/** The 送审检查's errors that stand in the way of 导出 Word until the user says otherwise: how many, and the first few with their places. */
export interface ExportBlockers {
  total: number;
  listed: { message: string; place: string }[];
}

/** How many errors the question before exporting lists; the rest are counted. */
export const LISTED_BEFORE_EXPORT = 8;

/**
 * 导出 Word (with the ledger attached as 附件 when ticked) and 导出台账. Both
 * read the stored notice, so what is on screen is saved first. 导出 Word runs
 * the 送审检查 first: with errors it asks, 仍然导出 or 返回修改. The 附带台账
 * choice holds for the rest of the session.
 */
export const ExportControls = memo(function ExportControls({
  noticeId,
  flush,
  errorsBeforeExport,
  onReviewFindings,
}: {
  noticeId: string;
  flush: () => Promise<boolean>;
  errorsBeforeExport: () => ExportBlockers;
  onReviewFindings: () => void;
}) {
  const { api } = useServices();
  const { modal, message } = AntApp.useApp();
  const [attachLedger, setAttachLedger] = useAttachLedger();
  const [running, setRunning] = useState<ExportKind | null>(null);

  const run = async (kind: ExportKind, exportFile: () => Promise<ExportOutcome>) => {
    setRunning(kind);
    try {
      if (!(await flush())) {
        modal.error({ title: '无法导出', content: '通报的最新修改尚未保存成功，请先点击“重试”保存后再导出。', okText: '知道了' });
        return;
      }
      const outcome = await exportFile();
      if (outcome.status === 'saved') {
        const what = kind === 'ledger' ? '整改台账' : attachLedger ? 'Word 文件（附整改台账）' : 'Word 文件';
        // One key: a second export replaces the first one's message rather than stack under it.
        message.success({
          key: 'export',
          content: `已导出${what}，并已在文件夹中显示：${outcome.path}`,
          duration: 8,
          className: 'export-success',
        });
      }
    } catch (error) {
      const content = error instanceof ApiCallError ? error.message : errorText(ACTION[kind], error);
      modal.error({ title: FAILED[kind], content, okText: '知道了', className: 'export-failure' });
    } finally {
      setRunning(null);
    }
  };

  /** True when the check finds no error, or the user chose 仍然导出. */
  const mayExportWord = (): Promise<boolean> => {
    const errors = errorsBeforeExport();
    if (errors.total === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      modal.confirm({
        title: `送审检查发现 ${errors.total} 处错误`,
        className: 'export-check-question',
        width: 560,
        content: (
          <div className="export-check-list">
            <p>导出前建议先修改以下问题：</p>
            <ul>
              {errors.listed.map((error, index) => (
                <li key={index}>
                  {error.message}
                  <span className="export-check-place">（{error.place}）</span>
                </li>
              ))}
            </ul>
            {errors.total > errors.listed.length && <p>另有 {errors.total - errors.listed.length} 处，见“检查”。</p>}
          </div>
        ),
        okText: '仍然导出',
        cancelText: '返回修改',
        onOk: () => resolve(true),
        onCancel: () => {
          resolve(false);
          onReviewFindings();
        },
      });
    });
  };

  const exportWord = async () => {
    if (await mayExportWord()) await run('word', () => api.exportDocx(noticeId, { attachLedger }));
  };

  const busy = running !== null;
  return (
    <span className="export-controls">
      <Tooltip title="导出 Word 时，把整改台账作为附件（横向表格）放在正文之后">
        <Checkbox checked={attachLedger} disabled={busy} onChange={(event) => setAttachLedger(event.target.checked)}>
          附带台账
        </Checkbox>
      </Tooltip>
      <Button type="primary" loading={running === 'word'} disabled={busy && running !== 'word'} onClick={() => void exportWord()}>
        导出 Word
      </Button>
      <Tooltip title="把整改台账单独导出为横向表格：保存时选择 Word（.docx）或 Excel（.xlsx），列在“设置”中选择">
        <Button
          loading={running === 'ledger'}
          disabled={busy && running !== 'ledger'}
          onClick={() => void run('ledger', () => api.exportLedger(noticeId))}
        >
          导出台账
        </Button>
      </Tooltip>
    </span>
  );
});
