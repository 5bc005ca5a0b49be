import { dialog, shell, type BrowserWindow } from 'electron';
import type { Dialogs } from '../services/dialogs';

/** The native save dialog and file manager, parented to the app's window. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async chooseExportPath(suggestedName) {
      const parent = window();
      const options = {
        title: '导出 Word 文档',
        defaultPath: suggestedName,
        buttonLabel: '导出',
        filters: [{ name: 'Word 文档', extensions: ['docx'] }],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return /\.docx$/i.test(result.filePath) ? result.filePath : `${result.filePath}.docx`;
    },
    showInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
