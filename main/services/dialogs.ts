/**
 * What the services ask of the desktop: where to save, and showing a saved
 * file. The Electron shell answers with native dialogs; the end-to-end
 * tests answer with a folder of their own.
 */
export interface Dialogs {
  /** The path the user chose for an export, or null when they cancelled. */
  chooseExportPath(suggestedName: string): Promise<string | null>;
  /** Shows the file selected in its folder (Explorer, the file manager). */
  showInFolder(path: string): void;
}
