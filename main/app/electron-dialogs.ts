import { dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { LEDGER_FORMATS } from '../export/ledger-file';
import type { Dialogs, ExportKind } from '../services/dialogs';

const EXPORT_TITLES: Record<ExportKind, string> = { notice: '导出 Word 文档', ledger: '导出整改台账', data: '导出通报数据' };
/** The file types each export offers, the first the default; the ledger is written as the type chosen (by its extension). */
const EXPORT_FILTERS: Record<ExportKind, { name: string; extensions: string[] }[]> = {
  notice: [{ name: 'Word 文档', extensions: ['docx'] }],
  ledger: [
    { name: LEDGER_FORMATS.docx.name, extensions: ['docx'] },
    { name: LEDGER_FORMATS.xlsx.name, extensions: ['xlsx'] },
  ],
  data: [{ name: 'JSON 数据文件', extensions: ['json'] }],
};

/** The native save and open dialogs and the file manager, parented to the app's window. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async chooseExportPath(suggestedName, what) {
      const parent = window();
      const options: SaveDialogOptions = {
        title: EXPORT_TITLES[what],
        defaultPath: suggestedName,
        buttonLabel: '导出',
        filters: EXPORT_FILTERS[what],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      // Windows puts the chosen type's extension on the name; where a desktop does not, a name without one of them gets the first.
      const extensions = EXPORT_FILTERS[what].flatMap((filter) => filter.extensions);
      const typed = extensions.some((extension) => result.filePath!.toLowerCase().endsWith(`.${extension}`));
      return typed ? result.filePath : `${result.filePath}.${extensions[0]}`;
    },
    async chooseImportPath() {
      const parent = window();
      const options: OpenDialogOptions = {
        title: '导入已有通报',
        buttonLabel: '导入',
        properties: ['openFile'],
        filters: [
          { name: '通报（Word 文档或文本）', extensions: ['docx', 'txt'] },
          { name: '所有文件', extensions: ['*'] },
        ],
      };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseBackupPath(suggestedName) {
      const parent = window();
      const options: SaveDialogOptions = {
        title: '立即备份',
        defaultPath: suggestedName,
        buttonLabel: '备份',
        filters: [{ name: '整改通报备份', extensions: ['sqlite'] }],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return /\.sqlite$/i.test(result.filePath) ? result.filePath : `${result.filePath}.sqlite`;
    },
    async chooseRestorePath() {
      const parent = window();
      const options: OpenDialogOptions = {
        title: '从备份恢复',
        buttonLabel: '检查并恢复',
        properties: ['openFile'],
        filters: [
          { name: '整改通报备份', extensions: ['sqlite', 'db', 'bak'] },
          { name: '所有文件', extensions: ['*'] },
        ],
      };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseBackupFolder(current) {
      const parent = window();
      const options: OpenDialogOptions = {
        title: '选择自动备份的文件夹',
        defaultPath: current,
        buttonLabel: '选择此文件夹',
        properties: ['openDirectory', 'createDirectory'],
      };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    showInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
