import ExcelJS from 'exceljs';
import { ImportError } from '../../shared/import/errors';
import { findLedgerShape, hasKnownHeader } from '../../shared/import/ledger/find-header';
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
    throw new ImportError(
      '无法读取这个 Excel 文件：文件已损坏，或不是 Excel 2007 及以后版本的 .xlsx 工作簿。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入。',
    );
  }
  const sheets = workbook.worksheets.filter(
    (sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden' && sheet.actualRowCount > 0,
  );
  if (sheets.length === 0) throw new ImportError('这个 Excel 文件中没有内容（所有工作表都是空的），无法导入。');
  const { sheet, table } = ledgerSheet(sheets);
  const others = sheets.filter((s) => s !== sheet).map((s) => `“${s.name}”`);
  if (others.length > 0) {
    const which = sheet === sheets[0] ? `第一个工作表“${sheet.name}”` : `工作表“${sheet.name}”（第一个有台账表头的工作表）`;
    table.notes.push({ message: `只导入了${which}，工作表${others.join('、')}未导入`, line: null, excerpt: '' });
  }
  return table;
}

/**
 * The sheet the ledger is on: the first visible one whose header the
 * importer knows (a 说明 sheet in front has none), else the first with a
 * header row and rows under it, for the mapping step. Sheets are read one
 * at a time and only until the ledger is found.
 */
function ledgerSheet(sheets: ExcelJS.Worksheet[]): { sheet: ExcelJS.Worksheet; table: LedgerTable } {
  let unknownHeader: { sheet: ExcelJS.Worksheet; table: LedgerTable } | null = null;
  let unreadable: ImportError | null = null;
  for (const sheet of sheets) {
    let table: LedgerTable;
    try {
      table = readSheet(sheet);
    } catch (error) {
      // A sheet too large to be a ledger does not hide the ledger on the next one.
      if (!(error instanceof ImportError)) throw error;
      unreadable ??= error;
      continue;
    }
    if (hasKnownHeader(table)) return { sheet, table };
    const shape = findLedgerShape(table);
    if (!unknownHeader && shape && shape.firstDataRow < shape.endRow) unknownHeader = { sheet, table };
  }
  if (unknownHeader) return unknownHeader;
  if (unreadable && sheets.length === 1) throw unreadable;
  const names = sheets.map((s) => `“${s.name}”`).join('、');
  throw new ImportError(
    `工作表${names}中${sheets.length > 1 ? '都' : ''}没有找到表头和数据行，无法作为整改台账导入。${unreadable ? unreadable.message : ''}`,
  );
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
  if (columnCount > MAX_COLUMNS)
    throw new ImportError(`表格列数过多（${columnCount} 列，超过 ${MAX_COLUMNS} 列），不像一份整改台账，未导入。`);
  const notes: LedgerTable['notes'] = [];
  const rows: LedgerSourceRow[] = [];
  const lastRow = sheet.rowCount;
  // One cell far down (row 1000000) makes a sheet that long: its cells would all be made to read it.
  if (lastRow > MAX_ROWS)
    throw new ImportError(
      `表格行数过多（到第 ${lastRow} 行，超过 ${MAX_ROWS} 行），不像一份整改台账，未导入。请删除台账以外的行后再导入。`,
    );
  for (let r = 1; r <= lastRow; r++) {
    const cells: LedgerCell[] = [];
    for (let c = 1; c <= columnCount; c++) cells.push(cellOf(sheet.getCell(r, c), r, notes));
    rows.push({ line: r, cells });
  }
  // Trailing empty rows (formatting that reaches further down) are no part of the table.
  while (rows.length > 0 && rows[rows.length - 1]!.cells.every((c) => c.text === '' && c.master === null)) rows.pop();
  const hidden = new Set<number>();
  for (let c = 1; c <= columnCount; c++) if (sheet.getColumn(c).hidden) hidden.add(c - 1);
  return withoutColumns({ rows, columnCount, notes }, hidden);
}

/**
 * The table without its hidden columns (内部备注 hidden before the ledger
 * was sent on): what the sheet does not show is not imported, and each
 * such column with content is named in a note. Merges are renumbered; a
 * merge that starts in a hidden column starts in its first shown cell.
 */
function withoutColumns(table: LedgerTable, hidden: ReadonlySet<number>): LedgerTable {
  if (hidden.size === 0) return table;
  const kept = Array.from({ length: table.columnCount }, (_, c) => c).filter((c) => !hidden.has(c));
  const newIndex = new Map(kept.map((c, i) => [c, i]));
  for (const c of hidden) {
    // A merge that starts here and reaches shown columns (a title across the sheet) stays: it is not the column's.
    const shownElsewhere = (r: number) =>
      table.rows[r]!.cells.some((cell, i) => !hidden.has(i) && cell.master?.row === r && cell.master.col === c);
    const texts = table.rows
      .map((row, r) => (row.cells[c]!.master || shownElsewhere(r) ? '' : row.cells[c]!.text.trim()))
      .filter((t) => t !== '');
    if (texts.length === 0) continue;
    const name = texts[0]!.replace(/\s+/gu, '');
    table.notes.push({
      message: `隐藏的列“${Array.from(name).length > 20 ? `${Array.from(name).slice(0, 20).join('')}…` : name}”未导入（第 ${columnLetter(c)} 列）`,
      line: null,
      excerpt: texts.slice(0, 3).join(' '),
    });
  }
  /** For merges whose top-left cell is hidden: where their first shown cell went. */
  const moved = new Map<string, { row: number; col: number }>();
  const rows = table.rows.map((row, r) => ({
    line: row.line,
    cells: kept.map((c) => {
      const cell = row.cells[c]!;
      if (!cell.master) return cell;
      if (!hidden.has(cell.master.col)) return { ...cell, master: { row: cell.master.row, col: newIndex.get(cell.master.col)! } };
      const key = `${cell.master.row},${cell.master.col}`;
      const start = moved.get(key);
      if (start) return { ...cell, master: start };
      moved.set(key, { row: r, col: newIndex.get(c)! });
      const content = table.rows[cell.master.row]!.cells[cell.master.col]!;
      return { ...content, master: null };
    }),
  }));
  return { rows, columnCount: kept.length, notes: table.notes };
}

/** A column's letters as Excel shows them (0 → A, 26 → AA). */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
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
  if ('richText' in value && Array.isArray(value.richText))
    return { text: value.richText.map((run) => run.text ?? '').join(''), date: null };
  if ('hyperlink' in value) {
    const shown = (value as { text?: unknown }).text;
    return typeof shown === 'object' && shown !== null
      ? valueText(shown as ExcelJS.CellValue)
      : { text: String(shown ?? value.hyperlink ?? ''), date: null };
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
