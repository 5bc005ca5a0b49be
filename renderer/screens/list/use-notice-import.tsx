import { App, Button } from 'antd';
import { useRef, useState } from 'react';
import type { LedgerMapping } from '../../../shared/import/ledger/ledger-fields';
import type { Notice } from '../../../shared/model/notice';
import { ApiCallError } from '../../api-client';
import { useServices } from '../../app/services';
import { errorText } from '../../components/error-text';
import type { MappingImport } from './ColumnMappingModal';
import type { ReadyImport } from './import-review/ready-import';

export interface NoticeImport {
  /** The open dialog is up or the file is being read. */
  reading: boolean;
  /** The file read, waiting for the user's review; null otherwise. */
  preview: ReadyImport | null;
  start: () => Promise<void>;
  /** Saves the reviewed notice and opens it; rejects after telling the user why it could not. */
  save: (notice: Notice) => Promise<void>;
  cancel: () => void;
  /** A ledger waiting for its columns to be mapped (指定各列内容); null otherwise. */
  mapping: MappingImport | null;
  /** Imports the waiting ledger with the user's mapping and shows it for review; rejects after telling the user why it could not. */
  applyMapping: (mapping: LedgerMapping) => Promise<void>;
  cancelMapping: () => void;
}

/**
 * 导入: choose a file, read it, show it for review, and save only what the
 * user accepts. A file the importer refuses gets its reason in a dialog
 * (the sentence is long and names what to do) and nothing is saved.
 */
export function useNoticeImport(onOpen: (noticeId: string) => void): NoticeImport {
  const { api } = useServices();
  const { message, modal } = App.useApp();
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<ReadyImport | null>(null);
  const [mapping, setMapping] = useState<MappingImport | null>(null);
  // The spinner (and so the disabled look) comes late: a second click before it must not ask for a second file.
  const busy = useRef(false);
  // 取消 was clicked while the file was read.
  const stopped = useRef(false);

  const start = async () => {
    if (busy.current) return;
    busy.current = true;
    stopped.current = false;
    setReading(true);
    const hideReading = showReading(() => {
      stopped.current = true;
      void api.cancelImport();
    });
    try {
      const result = await api.previewImport();
      // 取消 wins even over a read that ended as it was clicked; canceling the open dialog is a choice, not a failure: nothing to say.
      if (stopped.current) void message.info('已取消导入，没有保存任何内容。');
      else if (result.status === 'ready') setPreview(result);
      else if (result.status === 'mapping') setMapping(result);
    } catch (error) {
      if (stopped.current) {
        void message.info('已取消导入，没有保存任何内容。');
        return;
      }
      refused(error);
    } finally {
      hideReading();
      busy.current = false;
      setReading(false);
    }
  };

  const applyMapping = async (chosen: LedgerMapping) => {
    if (!mapping) return;
    try {
      const result = await api.continueLedgerImport(mapping.pendingId, chosen);
      setMapping(null);
      if (result.status === 'ready') setPreview(result);
    } catch (error) {
      refused(error);
      throw error;
    }
  };

  const refused = (error: unknown) => {
    // The title already says the import failed: the main process's sentence alone says why.
    const reason = error instanceof ApiCallError ? error.message : errorText('导入', error);
    modal.error({
      title: '无法导入这个文件',
      content: (
        <>
          <p>{reason}</p>
          <p>没有保存任何内容。</p>
        </>
      ),
      okText: '知道了',
      className: 'import-failure',
    });
  };

  /**
   * 正在读取 with 取消, once the file has been chosen: shown after a moment
   * (a quick read shows nothing) and only while the window has the focus,
   * which the native open dialog takes while it is up. The main process
   * reads in a worker, so the window stays free meanwhile. Returns the hider.
   */
  const showReading = (onCancel: () => void): (() => void) => {
    const key = 'import-reading';
    let shown = false;
    const show = () => {
      if (!document.hasFocus()) return;
      window.removeEventListener('focus', show);
      shown = true;
      void message.open({
        key,
        type: 'loading',
        duration: 0,
        className: 'import-reading',
        content: (
          <>
            正在读取文件…
            <Button size="small" type="link" onClick={onCancel}>
              取消
            </Button>
          </>
        ),
      });
    };
    const timer = window.setTimeout(() => {
      window.addEventListener('focus', show);
      show();
    }, 300);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('focus', show);
      if (shown) message.destroy(key);
    };
  };

  // Like a new notice, an imported one is there to be worked on: it opens in the editor.
  const save = async (notice: Notice) => {
    try {
      await api.saveNotice(notice);
      setPreview(null);
      onOpen(notice.id);
    } catch (error) {
      message.error(errorText('保存导入的通报', error));
      throw error;
    }
  };

  return { reading, preview, start, save, cancel: () => setPreview(null), mapping, applyMapping, cancelMapping: () => setMapping(null) };
}
