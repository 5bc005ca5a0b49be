import { App, Button, Empty, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import type { CreateNoticeInput } from '../../../shared/api';
import type { NoticeSummary } from '../../../shared/model/notice-summary';
import { useServices, useWritable } from '../../app/services';
import { useExportNoticeData } from '../../components/use-export-notice-data';
import { errorText } from '../../components/error-text';
import { NextStageDialog } from '../../components/NextStageDialog';
import { ColumnMappingModal } from './ColumnMappingModal';
import { ImportReviewModal } from './ImportReviewModal';
import { NewNoticeModal } from './NewNoticeModal';
import { NoticeTable } from './NoticeTable';
import { useNoticeImport } from './use-notice-import';
import { useNoticeList } from './use-notice-list';
import './list.css';

/**
 * 通报列表: every notice with its stage, status and last change; 新建 (blank,
 * from a layout, or a copy), 生成下一阶段通报, 导入 (an earlier notice from a Word or text
 * file, reviewed before it is saved), open, copy and delete.
 */
export function NoticeListScreen({ onOpen }: { onOpen: (noticeId: string) => void }) {
  const { api } = useServices();
  const writable = useWritable();
  const { exporting, exportData } = useExportNoticeData();
  const { message, modal } = App.useApp();
  const { notices, loading, failure, reload } = useNoticeList();
  const importing = useNoticeImport(onOpen);
  const [newOpen, setNewOpen] = useState(false);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [nextStageOf, setNextStageOf] = useState<NoticeSummary | null>(null);

  // A new notice is made to be written: it opens in the editor at once.
  const create = async (input: CreateNoticeInput) => {
    try {
      const notice = await api.createNotice(input);
      setNewOpen(false);
      onOpen(notice.id);
    } catch (error) {
      message.error(errorText('新建通报', error));
      throw error;
    }
  };

  // A copy from the list stays in the list, on top and marked, so the user sees which one is new.
  const copy = async (notice: NoticeSummary) => {
    setBusyId(notice.id);
    try {
      const created = await api.createNotice({ kind: 'copy', sourceId: notice.id });
      await reload();
      setHighlightId(created.id);
      message.success('已复制为新的草稿，列在最上面');
    } catch (error) {
      message.error(errorText('复制', error));
    } finally {
      setBusyId(null);
    }
  };

  const remove = (notice: NoticeSummary) => {
    modal.confirm({
      title: '删除这份通报？',
      content: (
        <Flex vertical gap={8}>
          <Typography.Text strong>{notice.title}</Typography.Text>
          <span>删除后无法恢复，其中的全部问题条目也会一并删除。</span>
        </Flex>
      ),
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        setBusyId(notice.id);
        try {
          await api.deleteNotice(notice.id);
          message.success('已删除');
        } catch (error) {
          message.error(errorText('删除', error));
        } finally {
          setBusyId(null);
          await reload();
        }
      },
    });
  };

  return (
    <div className="notice-list-screen">
      <Flex align="center" justify="space-between" className="notice-list-header">
        <Flex align="baseline" gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            通报列表
          </Typography.Title>
          {notices && notices.length > 0 && <Typography.Text type="secondary">共 {notices.length} 份</Typography.Text>}
        </Flex>
        <Flex gap={8}>
          {/* The spinner waits a moment, so a quick answer (a canceled dialog, a refused file) does not flash one. */}
          <Button
            loading={importing.reading ? { delay: 300 } : false}
            aria-busy={importing.reading}
            onClick={() => void importing.start()}
            disabled={!writable}
            title="从 Word 文档（.docx）或文本文件（.txt）导入以前的通报，核对后保存"
          >
            导入通报
          </Button>
          <Button type="primary" onClick={() => setNewOpen(true)} disabled={!notices || !writable}>
            新建通报
          </Button>
        </Flex>
      </Flex>
      {failure && !notices ? (
        <Result status="error" title="无法读取通报列表" subTitle={failure} extra={<Button onClick={() => void reload()}>重试</Button>} />
      ) : notices && notices.length === 0 ? (
        <Empty className="notice-list-empty" description="还没有通报。新建一份空白通报、按版式新建，或导入以前的 Word 文档或文本。">
          <Button type="primary" onClick={() => setNewOpen(true)} disabled={!writable}>
            新建第一份通报
          </Button>
        </Empty>
      ) : (
        <NoticeTable
          notices={notices ?? []}
          loading={loading}
          highlightId={highlightId}
          busyId={busyId ?? exporting}
          onOpen={onOpen}
          onCopy={copy}
          onNextStage={setNextStageOf}
          onDelete={remove}
          onExportData={(notice) => void exportData(notice.id, notice.damaged ? '导出原始数据' : '导出数据')}
          writable={writable}
        />
      )}
      {/* The next stage's notice is made to be written: it opens in the editor at once, like a new one. */}
      <NextStageDialog source={nextStageOf} onCreated={(created) => onOpen(created.id)} onCancel={() => setNextStageOf(null)} />
      <NewNoticeModal open={newOpen} notices={notices ?? []} onCreate={create} onCancel={() => setNewOpen(false)} />
      <ColumnMappingModal pending={importing.mapping} onApply={importing.applyMapping} onCancel={importing.cancelMapping} />
      <ImportReviewModal preview={importing.preview} onSave={importing.save} onCancel={importing.cancel} />
    </div>
  );
}
