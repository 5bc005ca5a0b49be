import type { Api } from '../../shared/api';
import { noticeTitle } from '../../shared/document/generated-text';
import type { Notice } from '../../shared/model/notice';
import { versionOnExport } from '../versions/automatic-versions';
import { safeFileName } from './file-names';
import { requireNotice } from './notice-lookup';
import { exportOptions } from './read-settings';
import type { ServiceContext } from './service-context';

export type ExportApi = Pick<Api, 'exportDocx' | 'exportLedger'>;

/**
 * 导出 Word 文件 and 导出整改台账: asks where (the window's dialog, the
 * command line's --out), writes the file, keeps the notice as exported.
 * The writers (docx, exceljs) load on the first export only, so that
 * starting the app or a command that exports nothing never waits for them.
 */
export function createExportServices(context: ServiceContext): ExportApi {
  const { db, templates, dialogs } = context;
  const now = context.now ?? (() => new Date());
  const suggestedName = (notice: Notice, suffix: string): string =>
    safeFileName(noticeTitle(notice.meta, templates.boilerplate), `${suffix}.docx`);

  return {
    async exportDocx(noticeId, options) {
      const notice = requireNotice(db, noticeId);
      const path = await dialogs.chooseExportPath(suggestedName(notice, ''), 'notice');
      if (path === null) return { status: 'canceled' };
      const { exportNoticeToFile } = await import('../export/export-notice');
      await exportNoticeToFile(notice, path, templates, exportOptions(db, options?.attachLedger ?? false));
      versionOnExport(db, notice, path, options?.attachLedger ? 'notice-with-ledger' : 'notice', now());
      dialogs.showInFolder(path);
      return { status: 'saved', path };
    },
    async exportLedger(noticeId) {
      const notice = requireNotice(db, noticeId);
      const path = await dialogs.chooseExportPath(suggestedName(notice, '（整改台账）'), 'ledger');
      if (path === null) return { status: 'canceled' };
      const { exportLedgerFile } = await import('../export/ledger-file');
      await exportLedgerFile(notice, path, templates, exportOptions(db, false));
      versionOnExport(db, notice, path, 'ledger', now());
      dialogs.showInFolder(path);
      return { status: 'saved', path };
    },
  };
}
