import type { ReviewSourceLine } from './import/review/source-map';
import type { Boilerplate } from './layout/boilerplate';
import type { Layout } from './layout/layout';
import type { DocumentStyle } from './layout/style';
import type { ItemSearchFilters, ItemSearchOptions, ItemSearchResult } from './library/search-types';
import type { InsertSource, ItemTemplate, SaveItemTemplateInput, ItemTemplateChanges } from './library/item-templates';
import type { NextStageOptions } from './library/next-stage';
import type { ChecklistNode, Notice } from './model/notice';
import type { NoticeSummary } from './model/notice-summary';
import type { AppSettings } from './model/settings';
import type { CheckRules } from './check/rules-schema';
import type { LedgerColumnInfo } from './import/ledger/find-header';
import type { LedgerMapping } from './import/ledger/ledger-fields';
import type { StoreStatus } from './store/store-status';
import type { NoticeComparison } from './versions/compare-notices';
import type { NoticeVersion, RestoreMode, VersionRef, VersionSummary } from './versions/version-types';
import type { AutomaticBackup, BackupOutcome, BackupSettingsView, DatabaseCheck, RestoreChoice, RestoreOutcome } from './model/backup';

/**
 * The one contract between the window and the main process. Main registers
 * every method in API_METHODS on ipcMain in one loop and validates each
 * call's arguments with API_ARGUMENTS (api-arguments.ts, kept apart so the
 * preload stays small); the preload builds `window.api` from the same list.
 * Nothing else crosses the process boundary.
 */
export interface Api {
  listNotices(): Promise<NoticeSummary[]>;
  getNotice(id: string): Promise<Notice>;
  /** A new notice, saved at once: blank, from a layout, or a copy of an earlier one. */
  createNotice(input: CreateNoticeInput): Promise<Notice>;
  /** Saves the whole notice; returns the time it was saved. */
  saveNotice(notice: Notice): Promise<{ updatedAt: string }>;
  deleteNotice(id: string): Promise<void>;
  /** The layouts, boilerplate and style values in templates/, for numbering and titles in the editor. */
  getLayoutTemplates(): Promise<LayoutTemplates>;
  /** Asks where to save (a native dialog), exports, and shows the file in its folder; the ledger attached as 附件 if asked. */
  exportDocx(noticeId: string, options?: ExportDocxOptions): Promise<ExportOutcome>;
  /** The same for the rectification ledger (整改台账) alone, in the columns the settings name. */
  exportLedger(noticeId: string): Promise<ExportOutcome>;
  /**
   * Asks for an earlier notice (.docx or .txt, a native open dialog) and
   * reads it with the importer, in a worker thread bounded in time and
   * memory (the main process stays free; cancelImport stops it); nothing is
   * saved: the window shows the result for review and saves it with
   * saveNotice once the user accepts.
   */
  previewImport(): Promise<ImportPreview>;
  /**
   * The mapping step's answer for a ledger previewImport stopped at ('mapping'):
   * what each column holds (null: 不导入). Main keeps the file meanwhile; the
   * window names it only by pendingId. Answers the notice for review.
   */
  continueLedgerImport(pendingId: string, mapping: LedgerMapping): Promise<ImportPreview>;
  /**
   * Stops the file being read for previewImport (取消 while it reads): its
   * previewImport answers { status: 'canceled' }. Does nothing when no file is being read.
   */
  cancelImport(): Promise<void>;
  getSettings(): Promise<AppSettings>;
  saveSettings(settings: AppSettings): Promise<AppSettings>;
  /** Where the database file is. */
  getDataLocation(): Promise<{ databasePath: string }>;
  /** How the database was opened (for writing, read-only, for salvage) and what the checks at open found. */
  getStoreStatus(): Promise<StoreStatus>;
  /** Starts the program again (after a restore over a damaged database, which only a new start can open for writing). */
  restartApp(): Promise<void>;
  /**
   * Asks where to save and writes one notice's data as JSON: the exchange
   * format when it reads, its raw stored rows when it is damaged.
   */
  exportNoticeData(noticeId: string): Promise<ExportOutcome>;

  /**
   * 条目库: every item of every notice whose text (problem, measures,
   * progress, responsible unit) holds all the words of the query, as plain
   * text; exact phrase first, then newest notice first, each with a snippet.
   * An empty query lists the newest items.
   */
  searchItems(query: string, filters?: ItemSearchFilters, options?: ItemSearchOptions): Promise<ItemSearchResult>;
  /** A stored item or group (a search hit), or a template, as a fresh copy to insert; its items' sourceItemId name their originals. */
  copyForInsert(source: InsertSource): Promise<ChecklistNode>;
  /** Every item template, the most recently changed first. */
  listItemTemplates(): Promise<ItemTemplate[]>;
  /** Saves an item or a group (stored, or as the window holds it) as a named template. */
  saveItemTemplate(input: SaveItemTemplateInput): Promise<ItemTemplate>;
  /** Renames and/or retags a template. */
  updateItemTemplate(id: string, changes: ItemTemplateChanges): Promise<ItemTemplate>;
  deleteItemTemplate(id: string): Promise<void>;
  /**
   * The next report of a notice (阶段性进展 → 进展 → 整改情况), saved as a draft
   * copy to update, each item 待更新; its 成文日期 as given (none when left out).
   */
  createNextStage(noticeId: string, options?: NextStageOptions): Promise<Notice>;

  /** 历史版本: a notice's versions, the newest first (automatic ones thinned over time). */
  listVersions(noticeId: string): Promise<VersionSummary[]>;
  /** One version with the notice as it was then, to read (never to edit). */
  getVersion(noticeId: string, versionId: number): Promise<NoticeVersion>;
  /** Keeps the notice as stored now as a version with a name (送审稿, 定稿 …). */
  saveVersion(noticeId: string, name: string): Promise<VersionSummary>;
  /** What changed from one side to the other; either may be a version or 'current' (as stored now). */
  compareVersions(noticeId: string, older: VersionRef, newer: VersionRef): Promise<NoticeComparison>;
  /**
   * Restores a version: as the current state ('current': what it replaces
   * is kept as a version first) or as a new draft notice under fresh ids ('new').
   * Returns the notice as saved.
   */
  restoreVersion(noticeId: string, versionId: number, mode: RestoreMode): Promise<Notice>;
  /** 立即备份: asks where to save (a native dialog) and writes a checked, standalone backup there. */
  backupNow(): Promise<BackupOutcome>;
  /** 从备份恢复, first step: asks for a backup file (a native dialog) and checks it without changing it. */
  chooseRestoreFile(): Promise<RestoreChoice>;
  /**
   * Second step: keeps the current data as a backup, then switches the
   * running app to the chosen file's data, all or nothing. Only a path that
   * chooseRestoreFile's dialog returned in this session is accepted.
   */
  restoreBackup(path: string): Promise<RestoreOutcome>;
  /** 检查数据库: SQLite's full integrity check of the open database, told in Chinese. */
  checkDatabase(): Promise<DatabaseCheck>;
  /** Where automatic backups go and how many are kept. */
  getBackupSettings(): Promise<BackupSettingsView>;
  /** How many automatic backups to keep (1–100); older ones are deleted at the next automatic backup. */
  saveBackupKeep(keep: number): Promise<BackupSettingsView>;
  /** Asks for another folder for automatic backups (a native dialog); unchanged when cancelled. */
  chooseBackupFolder(): Promise<BackupSettingsView>;
  /** Automatic backups go to 备份 beside the database again. */
  resetBackupFolder(): Promise<BackupSettingsView>;
  /** The app's own backups in the backup folder, newest first. */
  listAutomaticBackups(): Promise<AutomaticBackup[]>;
}

export interface LayoutTemplates {
  layouts: Layout[];
  boilerplate: Boilerplate;
  style: DocumentStyle;
  /** The word lists of the 送审检查 (templates/check); the office's own words come with getSettings. */
  check: CheckRules;
}

export type CreateNoticeInput = { kind: 'blank' } | { kind: 'layout'; layoutId: string } | { kind: 'copy'; sourceId: string };

export interface ExportDocxOptions {
  /** Attach the ledger as 附件 after the notice (FORMAT.md). */
  attachLedger?: boolean;
}

/** An import read for review: the unsaved notice, the layout it matched and what to check before saving. */
export type ImportPreview =
  | { status: 'canceled' }
  | {
      status: 'ready';
      fileName: string;
      notice: Notice;
      /** The layout chosen and how closely its output matches the source (0–1). */
      layoutName: string;
      similarity: number;
      warnings: ImportPreviewWarning[];
      /**
       * The file's lines as the importer read them, for the review to show
       * beside the tree. Absent where there are no lines of text to show.
       */
      source?: ImportPreviewSource;
      /** Read from a ledger (.xlsx or a Word table), so no layout was compared with a source text. */
      origin?: 'ledger';
    }
  | {
      /** A ledger whose columns are not all recognised: the user says what each holds, then continueLedgerImport. */
      status: 'mapping';
      fileName: string;
      pendingId: string;
      /** Why the mapping is asked for, in Chinese. */
      reason: string;
      columns: LedgerColumnInfo[];
    };

export interface ImportPreviewWarning {
  /** Where in the source: 第 N 行 / 第 N 段, or 全文. */
  place: string;
  message: string;
  excerpt: string;
  /** The source line (or .docx paragraph) it is about, as ImportPreviewSource numbers them; null: the whole text. */
  line: number | null;
}

/** The cleaned lines of an imported file, blank ones left out, furniture the importer dropped marked (已略去). */
export interface ImportPreviewSource {
  unit: 'line' | 'paragraph';
  lines: ReviewSourceLine[];
}

export type ExportOutcome = { status: 'saved'; path: string } | { status: 'canceled' };

/** What every call answers across the boundary: a value, or an error a user can read. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface ApiError {
  code: 'invalid-argument' | 'not-found' | 'file' | 'database' | 'internal';
  /** Simplified Chinese, ready to show. */
  message: string;
}

export const API_METHODS = [
  'listNotices',
  'getNotice',
  'createNotice',
  'saveNotice',
  'deleteNotice',
  'getLayoutTemplates',
  'exportDocx',
  'exportLedger',
  'previewImport',
  'continueLedgerImport',
  'cancelImport',
  'getSettings',
  'saveSettings',
  'getDataLocation',
  'getStoreStatus',
  'restartApp',
  'exportNoticeData',
  'searchItems',
  'copyForInsert',
  'listItemTemplates',
  'saveItemTemplate',
  'updateItemTemplate',
  'deleteItemTemplate',
  'createNextStage',
  'listVersions',
  'getVersion',
  'saveVersion',
  'compareVersions',
  'restoreVersion',
  'backupNow',
  'chooseRestoreFile',
  'restoreBackup',
  'checkDatabase',
  'getBackupSettings',
  'saveBackupKeep',
  'chooseBackupFolder',
  'resetBackupFolder',
  'listAutomaticBackups',
] as const satisfies readonly (keyof Api)[];

export type ApiMethod = (typeof API_METHODS)[number];

/** The IPC channel of a method. */
export function apiChannel(method: ApiMethod): string {
  return `api:${method}`;
}
