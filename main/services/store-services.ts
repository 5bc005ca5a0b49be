import type { Api } from '../../shared/api';
import { noticeTitle } from '../../shared/document/generated-text';
import type { StoreStatus } from '../../shared/store/store-status';
import { StoreError } from '../db/errors';
import { getNotice } from '../db/notices';
import { readRawNotice } from '../db/raw-notice';
import { writeFileAtomic } from '../export/write-file-atomic';
import { exportExchange } from '../library/exchange';
import type { ServiceContext } from './create-services';
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
      // A notice that still reads goes out in the exchange format (import-json takes it back); a damaged one as its raw rows.
      let readable;
      try {
        readable = getNotice(db, noticeId);
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        readable = null;
      }
      const data = readable ? exportExchange(db, readable, now()) : readRawNotice(db, noticeId, now());
      const title = readable ? noticeTitle(readable.meta, templates.boilerplate) : `通报原始数据-${noticeId}`;
      const path = await dialogs.chooseExportPath(safeFileName(title, readable ? '（数据）.json' : '.json'), 'data');
      if (path === null) return { status: 'canceled' };
      writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`));
      dialogs.showInFolder(path);
      return { status: 'saved', path };
    },
  };
}
