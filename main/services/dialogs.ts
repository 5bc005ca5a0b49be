/** What is being saved: the notice (.docx), its ledger (.docx or .xlsx, the user's choice), or a notice's data (.json). */
export type ExportKind = 'notice' | 'ledger' | 'data';

/**
 * What the services ask of the desktop: where to save, and showing a saved
 * file. The Electron shell answers with native dialogs; the end-to-end
 * tests answer with a folder of their own.
 */
export interface Dialogs {
  /** The path the user chose for an export (the notice, or its ledger: the extension tells the format), or null when they cancelled. */
  chooseExportPath(suggestedName: string, what: ExportKind): Promise<string | null>;
  /** The earlier notice (.docx or .txt) the user chose to import, or null when they cancelled. */
  chooseImportPath(): Promise<string | null>;
  // The backup dialogs are optional so that a desktop (or a test) without them still runs everything else.
  /** Where to write a backup (立即备份), or null when they cancelled. */
  chooseBackupPath?(suggestedName: string): Promise<string | null>;
  /** The backup file to restore from, or null when they cancelled. */
  chooseRestorePath?(): Promise<string | null>;
  /** A folder for automatic backups, starting at the current one, or null when they cancelled. */
  chooseBackupFolder?(current: string): Promise<string | null>;
  /** Shows the file selected in its folder (Explorer, the file manager). */
  showInFolder(path: string): void;
}
