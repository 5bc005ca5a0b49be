import type { Api } from '../../shared/api';
import { trackingSettings } from '../db/settings';
import { importInWorker, type RunningImport } from '../import/import-in-worker';
import { createLedgerImports } from './ledger-import';
import type { ServiceContext } from './service-context';

export type ImportApi = Pick<Api, 'previewImport' | 'continueLedgerImport' | 'cancelImport'>;

/** 导入通报: a chosen file read in a worker for review, a ledger's mapping step, and 取消. Saving is saveNotice's. */
export function createImportServices(context: ServiceContext): ImportApi {
  const { db, templates, dialogs } = context;
  const now = context.now ?? (() => new Date());
  const ledgers = createLedgerImports(templates, now, () => trackingSettings(db).statusLabels);
  // The file being read for previewImport, if any: one at a time, and cancelImport ends it.
  let reading: RunningImport | null = null;

  return {
    async previewImport() {
      const path = await dialogs.chooseImportPath();
      if (path === null) return { status: 'canceled' };
      reading?.cancel();
      const running = importInWorker(path, templates, now());
      reading = running;
      try {
        const outcome = await running.outcome;
        return outcome.status === 'ledger' ? ledgers.fromTable(outcome.fileName, outcome.table) : outcome;
      } finally {
        if (reading === running) reading = null;
      }
    },
    async continueLedgerImport(pendingId, mapping) {
      return ledgers.continue(pendingId, mapping);
    },
    async cancelImport() {
      reading?.cancel();
    },
  };
}
