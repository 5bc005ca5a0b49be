import { App } from 'antd';
import { useRef, useState } from 'react';
import type { LedgerMapping } from '../../../shared/import/ledger/ledger-fields';
import type { Notice } from '../../../shared/model/notice';
import { ApiCallError } from '../../api-client';
import { useServices } from '../../app/services';
import { errorText } from '../../components/error-text';
import type { MappingImport } from './ColumnMappingModal';
import type { ReadyImport } from './ImportReviewModal';

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

  const start = async () => {
    if (busy.current) return;
    busy.current = true;
    setReading(true);
    try {
      const result = await api.previewImport();
      // Canceling the open dialog is a choice, not a failure: nothing to say.
      if (result.status === 'ready') setPreview(result);
      else if (result.status === 'mapping') setMapping(result);
    } catch (error) {
      refused(error);
    } finally {
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
