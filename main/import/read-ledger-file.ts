import { ImportError } from '../../shared/import/errors';
import type { LedgerTable } from '../../shared/import/ledger/ledger-table';
import { docxLedgerTable } from './docx-tables';
import { oleRefusal } from './ole-file';
import { openDocx } from './read-docx';
import { readXlsx } from './read-xlsx';
import { isXlsxPackage } from './xlsx-package';

/**
 * The ledger a file holds, or null when it is a notice (text, or a .docx
 * that is not mainly a ledger table) for the notice importer to read:
 * an .xlsx workbook, or a .docx whose body is mainly a ledger table.
 * Files that are neither and cannot be read (an encrypted or old-format
 * Office file, an .xlsx that is not a workbook) are refused in Chinese.
 */
export async function readLedgerFile(bytes: Uint8Array, name: string): Promise<LedgerTable | null> {
  const ole = oleRefusal(bytes, name);
  if (ole) throw new ImportError(ole);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
  // A damaged zip named .xlsx is told as a damaged workbook, not as a notice that failed.
  if (isZip && (isXlsxPackage(bytes) || /\.xlsx$/iu.test(name))) return readXlsx(bytes);
  if (/\.xlsx$/iu.test(name)) throw new ImportError('文件扩展名是 .xlsx，但内容不是 Excel 工作簿，文件可能已损坏或被改了扩展名。');
  if (/\.(?:xls|et)$/iu.test(name))
    throw new ImportError('这是旧版 Excel（.xls）或 WPS 表格文件，无法直接导入。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。');
  if (/\.csv$/iu.test(name))
    throw new ImportError('不支持导入 CSV 文件。请在 Excel 或 WPS 中另存为 .xlsx 后再导入（合并的单元格和换行才能保留）。');
  if (!isZip) return null;
  const docx = openDocx(bytes);
  try {
    return docxLedgerTable(docx);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // Whatever defeats the table reader (a hostile document) is the notice reader's to refuse, in its own words.
    return null;
  }
}
