import ExcelJS from 'exceljs';
import { ImportError } from '../../shared/import/errors';
import { emptyCell, type LedgerCell, type LedgerSourceRow, type LedgerTable } from '../../shared/import/ledger/ledger-table';
import { isoFromSpreadsheetDate } from '../../shared/import/ledger/ledger-values';
import { formatChineseDate } from '../../shared/text/dates';
import { MAX_ROWS, openXlsxParts, repackParts } from './xlsx-package';

/** Columns a ledger has (a dozen at most); more is not a ledger, or a sheet of stray cells far to the right. */
const MAX_COLUMNS = 60;

/**
 * The ledger sheet of an .xlsx as a table: the first visible sheet with
 * content, every cell's text as shown (formulas by their cached result,
 * rich text and hyperlinks by their text, dates as dates), merges kept.
 * Throws ImportError, in Chinese, for every file it cannot read: exceljs's
 * own messages are English and never reach the user.
 */
export async function readXlsx(bytes: Uint8Array): Promise<LedgerTable> {
  const packaged = repackParts(openXlsxParts(bytes));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(packaged.buffer, packaged.byteOffset, packaged.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportError('无法读取这个 Excel 文件：文件已损坏，或不是 Excel 2007 及以后版本的 .xlsx 工作簿。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入。');
  }
  const sheets = workbook.worksheets.filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden' && sheet.actualRowCount > 0);
  const sheet = sheets[0];
  if (!sheet) throw new ImportError('这个 Excel 文件中没有内容（所有工作表都是空的），无法导入。');
  const table = readSheet(sheet);
  const others = sheets.slice(1).map((s) => `“${s.name}”`);
  if (others.length > 0) {
    table.notes.push({ message: `只导入了第一个工作表“${sheet.name}”，工作表${others.join('、')}未导入`, line: null, excerpt: '' });
  }
  return table;
}

/** The sheet as a table; what exceljs throws while reading its cells is told in Chinese, like a failed load. */
function readSheet(sheet: ExcelJS.Worksheet): LedgerTable {
  try {
    return sheetTable(sheet);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`无法读取工作表“${sheet.name}”中的单元格，文件可能已损坏。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入。`);
  }
}

function sheetTable(sheet: ExcelJS.Worksheet): LedgerTable {
  const columnCount = sheet.columnCount;
  if (columnCount > MAX_COLUMNS) throw new ImportError(`表格列数过多（${columnCount} 列，超过 ${MAX_COLUMNS} 列），不像一份整改台账，未导入。`);
  const notes: LedgerTable['notes'] = [];
  const rows: LedgerSourceRow[] = [];
  const lastRow = sheet.rowCount;
  // One cell far down (row 1000000) makes a sheet that long: its cells would all be made to read it.
  if (lastRow > MAX_ROWS) throw new ImportError(`表格行数过多（到第 ${lastRow} 行，超过 ${MAX_ROWS} 行），不像一份整改台账，未导入。请删除台账以外的行后再导入。`);
  for (let r = 1; r <= lastRow; r++) {
    const cells: LedgerCell[] = [];
    for (let c = 1; c <= columnCount; c++) cells.push(cellOf(sheet.getCell(r, c), r, notes));
    rows.push({ line: r, cells });
  }
  // Trailing empty rows (formatting that reaches further down) are no part of the table.
  while (rows.length > 0 && rows[rows.length - 1]!.cells.every((c) => c.text === '' && c.master === null)) rows.pop();
  return { rows, columnCount, notes };
}

function cellOf(cell: ExcelJS.Cell, row: number, notes: LedgerTable['notes']): LedgerCell {
  if (cell.isMerged && cell.master !== cell) {
    return { ...emptyCell(), master: { row: Number(cell.master.row) - 1, col: Number(cell.master.col) - 1 } };
  }
  const { text, date, noResult } = valueText(cell.value);
  if (noResult) notes.push({ message: `单元格 ${cell.address} 是公式，但文件中没有保存计算结果，已留空`, line: row, excerpt: '' });
  return { text: text.replace(/_x000D_/gu, '').replace(/\r\n?/gu, '\n'), date, master: null };
}

/** What a cell value shows: exceljs gives strings, numbers, dates, rich text, hyperlinks, formulas with their cached result. */
function valueText(value: ExcelJS.CellValue): { text: string; date: string | null; noResult?: boolean } {
  if (value === null || value === undefined) return { text: '', date: null };
  if (typeof value === 'string') return { text: value, date: null };
  if (typeof value === 'number') return { text: Number.isFinite(value) ? String(value) : '', date: null };
  if (typeof value === 'boolean') return { text: value ? '是' : '否', date: null };
  if (value instanceof Date) {
    const date = isoFromSpreadsheetDate(value);
    return { text: date ? formatChineseDate(date) : '', date };
  }
  if (typeof value !== 'object') return { text: '', date: null };
  if ('richText' in value && Array.isArray(value.richText)) return { text: value.richText.map((run) => run.text ?? '').join(''), date: null };
  if ('hyperlink' in value) {
    const shown = (value as { text?: unknown }).text;
    return typeof shown === 'object' && shown !== null ? valueText(shown as ExcelJS.CellValue) : { text: String(shown ?? value.hyperlink ?? ''), date: null };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) return { text: '', date: null, noResult: true };
    return valueText(result);
  }
  // An error value (#N/A, #REF!) shows no content a ledger holds.
  if ('error' in value) return { text: '', date: null };
  return { text: '', date: null };
}
