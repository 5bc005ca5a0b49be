import ExcelJS from 'exceljs';
import type { PrintOptions } from '../../shared/document/compose-printed';
import type { DocumentStyle } from '../../shared/layout/style';
import { ledgerColumnHeader, type LedgerColumn } from '../../shared/ledger/ledger-columns';
import { CENTRED_COLUMNS, ledgerTableLayout } from '../../shared/ledger/ledger-table-layout';
import type { Notice } from '../../shared/model/notice';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';
import { standaloneLedger, type StandaloneLedger } from './standalone-ledger';
import { cellValue, THIN_BORDER, widthUnits } from './xlsx-cells';
import { CONTINUED_COLUMNS, itemParts, rowHeight, tableLines, titleLines } from './xlsx-row-heights';

/** The sheet's name, as the tab shows it. */
export const LEDGER_SHEET_NAME = '整改台账';

/** Row 1 is the title, row 2 the header; the groups and items follow. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;

/** A4, in the paper sizes of the OOXML pageSetup. */
const PAPER_A4 = 9;

/**
 * Margins, inches. Left and right are the .docx ledger's, so the table,
 * as wide as the .docx's, prints at full size; top and bottom are a
 * spreadsheet's usual ones, leaving room for a tall row and the page number.
 */
const TWIPS_PER_INCH = 1440;
const TOP_BOTTOM_MARGIN = 0.75;
const HEADER_FOOTER_MARGIN = 0.3;

type Font = Partial<ExcelJS.Font> & { size: number };

/** What the row writers share: the sheet, the table's columns and widths (twips), the style and the fonts. */
interface Sheet {
  sheet: ExcelJS.Worksheet;
  columns: readonly LedgerColumn[];
  widths: readonly number[];
  width: number;
  style: DocumentStyle;
  fonts: { title: Font; plain: Font; bold: Font };
}

/**
 * The ledger as a workbook of one sheet: the title across the top, the
 * header (frozen, and repeated on every printed page), a merged row per
 * group, then each item. The columns and widths are the .docx ledger's
 * (ledgerTableLayout: the setting's columns in its order, less those empty
 * in every item, each as wide as its content asks), so the sheet prints on
 * the same landscape A4 page, fitted to its width.
 */
export function ledgerWorkbook(ledger: StandaloneLedger): ExcelJS.Workbook {
  const { title, rows, style } = ledger;
  const { columns, widths, width } = ledgerTableLayout(rows, ledger.columns, style);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '整改通报';
  workbook.title = title;
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
    pageSetup: pageSetup(style),
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  sheet.columns = widths.map((twips) => ({ width: widthUnits(twips) }));
  const at: Sheet = { sheet, columns, widths, width, style, fonts: sheetFonts(style) };

  writeTitle(at, title);
  writeHeader(at);
  let next = HEADER_ROW + 1;
  for (const row of rows) {
    if (row.kind === 'group') next = writeGroup(at, next, row.text);
    else next = writeItem(at, next, row.cells);
  }
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  return workbook;
}

/** The charset Chinese Office writes beside a Chinese font's name (GB2312). */
const GB2312_CHARSET = 134;

/** The .docx ledger's fonts and sizes (half-points there, points here); the title bold, as a sheet's title is. */
function sheetFonts(style: DocumentStyle): Sheet['fonts'] {
  const table = { name: style.fonts.table.name, size: style.sizes.table / 2, charset: GB2312_CHARSET };
  return {
    title: { name: style.fonts.title.name, size: style.sizes.title / 2, charset: GB2312_CHARSET, bold: true },
    plain: table,
    bold: { ...table, bold: true },
  };
}

/** Landscape A4, one page wide and as many long as it takes. */
function pageSetup(style: DocumentStyle): Partial<ExcelJS.PageSetup> {
  const inches = (twips: number) => Math.round((twips / TWIPS_PER_INCH) * 100) / 100;
  return {
    paperSize: PAPER_A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: {
      left: inches(style.page.margin.left),
      right: inches(style.page.margin.right),
      top: TOP_BOTTOM_MARGIN,
      bottom: TOP_BOTTOM_MARGIN,
      header: HEADER_FOOTER_MARGIN,
      footer: HEADER_FOOTER_MARGIN,
    },
  };
}

/** Merges a range of the table; a single cell has nothing to merge. */
function merge(sheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right);
}

function writeTitle({ sheet, columns, width, style, fonts }: Sheet, title: string): void {
  merge(sheet, TITLE_ROW, 1, TITLE_ROW, columns.length);
  const row = sheet.getRow(TITLE_ROW);
  Object.assign(row.getCell(1), {
    value: cellValue(title, () => '台账标题'),
    font: fonts.title,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  });
  // A blank line's worth under the title, as the .docx leaves one.
  row.height = rowHeight(titleLines(title, width, style) + 0.6, fonts.title.size);
}

function writeHeader({ sheet, columns, widths, style, fonts }: Sheet): void {
  const row = sheet.getRow(HEADER_ROW);
  columns.forEach((column, i) => {
    Object.assign(row.getCell(i + 1), {
      value: ledgerColumnHeader(column, columns),
      font: fonts.bold,
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      border: THIN_BORDER,
    });
  });
  row.height = rowHeight(
    Math.max(1, ...columns.map((c, i) => tableLines(ledgerColumnHeader(c, columns), widths[i]!, style, true))),
    fonts.bold.size,
  );
}

/** A group's row: one bold cell across the table. Returns the next free row. */
function writeGroup({ sheet, columns, width, style, fonts }: Sheet, at: number, text: string): number {
  merge(sheet, at, 1, at, columns.length);
  const row = sheet.getRow(at);
  // A merged range shows its own cells' borders: each gets them, so the right edge is drawn too.
  for (let c = 1; c <= columns.length; c++) row.getCell(c).border = THIN_BORDER;
  Object.assign(row.getCell(1), {
    value: cellValue(text, () => `分组“${text.slice(0, 20)}”`),
    font: fonts.bold,
    alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
  });
  row.height = rowHeight(tableLines(text, width, style, true), fonts.bold.size);
  return at + 1;
}

/**
 * An item's row, or rows when it is too long for one (itemParts): the
 * continued columns take a part each row, every other column one cell
 * merged down them. Returns the next free row.
 */
function writeItem({ sheet, columns, widths, style, fonts }: Sheet, at: number, cells: Record<LedgerColumn, string>): number {
  const parts = itemParts(cells, columns, widths, style);
  const last = at + parts.length - 1;
  columns.forEach((column, i) => {
    const continued = CONTINUED_COLUMNS.has(column);
    if (!continued) merge(sheet, at, i + 1, last, i + 1);
    parts.forEach((part, p) => {
      const cell = sheet.getRow(at + p).getCell(i + 1);
      cell.border = THIN_BORDER;
      if (!continued && p > 0) return;
      Object.assign(cell, {
        value: cellValue(
          continued ? part.texts.get(column)! : cells[column],
          () => `序号 ${cells.number} 的“${ledgerColumnHeader(column, columns)}”`,
        ),
        font: fonts.plain,
        alignment: { horizontal: CENTRED_COLUMNS.has(column) ? 'center' : 'left', vertical: 'top', wrapText: true },
      });
    });
  });
  parts.forEach((part, p) => (sheet.getRow(at + p).height = rowHeight(part.lines, fonts.plain.size)));
  return last + 1;
}

/** The rectification ledger (整改台账) alone, as the bytes of an .xlsx workbook. */
export async function exportLedgerXlsx(notice: Notice, templates: LayoutTemplates, options: PrintOptions = {}): Promise<Uint8Array> {
  const buffer = await ledgerWorkbook(standaloneLedger(notice, templates, options)).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
