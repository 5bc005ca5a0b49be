import type { Api, CreateNoticeInput, LayoutTemplates } from '../../shared/api';
import { noticeTitle } from '../../shared/document/generated-text';
import { withFreshIds } from '../../shared/model/exchange';
import { createNotice } from '../../shared/model/factory';
import type { Notice } from '../../shared/model/notice';
import {
  appSettingsSchema,
  checkSettingsSchema,
  DEFAULT_CHECK_SETTINGS,
  trackingSettingsSchema,
  DEFAULT_EXPORT_SETTINGS,
  DEFAULT_NOTICE_DEFAULTS,
  exportSettingsSchema,
  noticeDefaultsSchema,
  SETTINGS_KEYS,
  type AppSettings,
} from '../../shared/model/settings';
import { DEFAULT_LEDGER_SETTINGS, ledgerSettingsSchema } from '../../shared/ledger/ledger-columns';
import type { Database } from '../db/database';
import { NotFoundError } from '../db/errors';
import { deleteNotice, getNotice, listNotices, saveNotice } from '../db/notices';
import { getSetting, setSetting, trackingSettings } from '../db/settings';
import { localIsoDate } from '../../shared/tracking/deadlines';
import { exportNoticeToFile, type ExportOptions } from '../export/export-notice';
import { exportLedgerFile } from '../export/ledger-file';
import { printOptions } from '../../shared/document/compose-printed';
import { importInWorker, type RunningImport } from '../import/import-in-worker';
import { createLedgerImports } from './ledger-import';
import { findLayout } from '../layout-templates/load-layout-templates';
import type { StoreStatus } from '../../shared/store/store-status';
import type { Dialogs } from './dialogs';
import { safeFileName } from './file-names';
import { createLibraryServices } from './library-services';
import { createStoreServices } from './store-services';
import { createVersionServices } from './version-services';
import { saveNoticeWithVersions, versionOnExport } from '../versions/automatic-versions';
import { createBackupServices } from './backup-services';

export interface ServiceContext {
  db: Database;
  databasePath: string;
  templates: LayoutTemplates;
  dialogs: Dialogs;
  /** The clock, so tests can fix it. */
  now?: () => Date;
  /** How the database was opened (openStore); writable when not given. */
  status?: StoreStatus;
  /** Starts the program again; the desktop app gives it, the command line and tests may not. */
  restart?: () => void;
}

/**
 * The API behind the window: every method of the contract, on the real
 * database and the real exporter. The IPC loop and the end-to-end tests call
 * exactly these.
 */
export function createServices(context: ServiceContext): Api {
  const { db, templates, dialogs } = context;
  const now = context.now ?? (() => new Date());

  const requireNotice = (id: string): Notice => {
    const notice = getNotice(db, id);
    if (!notice) throw new NotFoundError(`找不到这份通报（编号 ${id}），它可能已被删除。`);
    return notice;
  };

  const readSettings = (): AppSettings => ({
    export: getSetting(db, SETTINGS_KEYS.export, exportSettingsSchema, DEFAULT_EXPORT_SETTINGS),
    defaults: getSetting(db, SETTINGS_KEYS.defaults, noticeDefaultsSchema, DEFAULT_NOTICE_DEFAULTS),
    ledger: getSetting(db, SETTINGS_KEYS.ledger, ledgerSettingsSchema, DEFAULT_LEDGER_SETTINGS),
    check: getSetting(db, SETTINGS_KEYS.check, checkSettingsSchema, DEFAULT_CHECK_SETTINGS),
    tracking: trackingSettings(db),
  });

  const exportOptions = (attachLedger: boolean): ExportOptions => printOptions(readSettings(), attachLedger);

  const suggestedName = (notice: Notice, suffix: string): string =>
    safeFileName(noticeTitle(notice.meta, templates.boilerplate), `${suffix}.docx`);

  const freshNotice = (input: Exclude<CreateNoticeInput, { kind: 'copy' }>): Notice => {
    const layout = findLayout(templates, input.kind === 'layout' ? input.layoutId : templates.layouts[0]!.id);
    const { defaults } = readSettings();
    return createNotice(
      {
        layoutId: layout.id,
        partHeadings: templates.boilerplate.partHeadings,
        measuresEnumeration: layout.defaults.measures,
        progressEnumeration: layout.defaults.progress,
      },
      {
        issuer: defaults.issuer,
        issuerShort: defaults.issuerShort,
        inspectingBody: defaults.inspectingBody,
        signature: defaults.signature,
        contactsLead: defaults.contactsLead,
        contacts: defaults.contacts,
      },
      now(),
    );
  };

  const ledgers = createLedgerImports(templates, now, () => trackingSettings(db).statusLabels);
  // The file being read for previewImport, if any: one at a time, and cancelImport ends it.
  let reading: RunningImport | null = null;

  const copyOf = (sourceId: string): Notice => {
    const stamp = now().toISOString();
    return { ...withFreshIds(requireNotice(sourceId)), status: 'draft', createdAt: stamp, updatedAt: stamp };
  };

  return {
    ...createLibraryServices(context),
    ...createStoreServices(context),
    ...createVersionServices(context),
    ...createBackupServices(context),
    async listNotices() {
      const { dueSoonDays } = trackingSettings(db);
      return listNotices(db, templates.boilerplate, { today: localIsoDate(now()), dueSoonDays });
    },
    async getNotice(id) {
      return requireNotice(id);
    },
    async createNotice(input) {
      const notice = input.kind === 'copy' ? copyOf(input.sourceId) : freshNotice(input);
      saveNotice(db, notice);
      return notice;
    },
    async saveNotice(notice) {
      findLayout(templates, notice.layoutId);
      const at = now();
      const updatedAt = at.toISOString();
      saveNoticeWithVersions(db, { ...notice, updatedAt }, at);
      return { updatedAt };
    },
    async deleteNotice(id) {
      if (!deleteNotice(db, id)) throw new NotFoundError(`找不到这份通报（编号 ${id}），它可能已被删除。`);
    },
    async getLayoutTemplates(): Promise<LayoutTemplates> {
      return { layouts: templates.layouts, boilerplate: templates.boilerplate, style: templates.style, check: templates.check };
    },
    async exportDocx(noticeId, options) {
      const notice = requireNotice(noticeId);
      const path = await dialogs.chooseExportPath(suggestedName(notice, ''), 'notice');
      if (path === null) return { status: 'canceled' };
      await exportNoticeToFile(notice, path, templates, exportOptions(options?.attachLedger ?? false));
      versionOnExport(db, notice, path, options?.attachLedger ? 'notice-with-ledger' : 'notice', now());
      dialogs.showInFolder(path);
      return { status: 'saved', path };
    },
    async exportLedger(noticeId) {
      const notice = requireNotice(noticeId);
      const path = await dialogs.chooseExportPath(suggestedName(notice, '（整改台账）'), 'ledger');
      if (path === null) return { status: 'canceled' };
      await exportLedgerFile(notice, path, templates, exportOptions(false));
      versionOnExport(db, notice, path, 'ledger', now());
      dialogs.showInFolder(path);
      return { status: 'saved', path };
    },
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
    async getSettings() {
      return readSettings();
    },
    async saveSettings(settings) {
      const valid = appSettingsSchema.parse(settings);
      setSetting(db, SETTINGS_KEYS.export, valid.export, exportSettingsSchema);
      setSetting(db, SETTINGS_KEYS.defaults, valid.defaults, noticeDefaultsSchema);
      setSetting(db, SETTINGS_KEYS.ledger, valid.ledger, ledgerSettingsSchema);
      if (valid.check) setSetting(db, SETTINGS_KEYS.check, valid.check, checkSettingsSchema);
      if (valid.tracking) setSetting(db, SETTINGS_KEYS.tracking, valid.tracking, trackingSettingsSchema);
      return readSettings();
    },
    async getDataLocation() {
      return { databasePath: context.databasePath };
    },
  };
}
