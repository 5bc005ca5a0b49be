import type { Api } from '../../shared/api';
import { noticeTitle } from '../../shared/document/generated-text';
import type { StoreStatus } from '../../shared/store/store-status';
import { StoreError } from '../db/errors';
import { getNotice } from '../db/notices';
import { readRawNotice } from '../db/raw-notice';
import { writeFileAtomic } from '../export/write-file-atomic';
import { exportExchange } from '../library/exchange';
import type { ServiceContext } from './service-context';
import { safeFileName } from './file-names';

type StoreServices = Pick<Api, 'getStoreStatus' | 'exportNoticeData' | 'restartApp'>;

/** How the database was opened, and getting each notice's data out whatever state it is in. */
export function createStoreServices(context: ServiceContext): StoreServices {
  const { db, templates, dialogs } = context;
  const now = context.now ?? (() => new Date());
  const status: StoreStatus = context.status ?? { mode: 'write', reason: null, findings: [], databasePath: context.databasePath };

  return {
    async getStoreStatus() {
      return status;
    },
    async restartApp() {
      if (!context.restart) throw new StoreError('请关闭本程序后重新打开。');
      context.restart();
    },
    async exportNoticeData(noticeId) {
      const { text, suggestedName } = noticeData({ db, templates }, noticeId, now());
      const path = await dialogs.chooseExportPath(suggestedName, 'data');
      if (path === null) return { status: 'canceled' };
      writeFileAtomic(path, new TextEncoder().encode(text));
      dialogs.showInFolder(path);
      return { status: 'saved', path };
    },
  };
}

/**
 * A notice's data as 导出数据 writes it (the command line's export-json
 * prints it): one that still reads in the exchange format, which
 * import-json takes back; a damaged one as its raw rows.
 */
export function noticeData(
  context: Pick<ServiceContext, 'db' | 'templates'>,
  noticeId: string,
  now: Date,
): { text: string; suggestedName: string } {
  const { db, templates } = context;
  let readable;
  try {
    readable = getNotice(db, noticeId);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    readable = null;
  }
  const data = readable ? exportExchange(db, readable, now) : readRawNotice(db, noticeId, now);
  const title = readable ? noticeTitle(readable.meta, templates.boilerplate) : `通报原始数据-${noticeId}`;
  return { text: `${JSON.stringify(data, null, 2)}\n`, suggestedName: safeFileName(title, readable ? '（数据）.json' : '.json') };
}
