import ExcelJS from 'exceljs';

/** A workbook read back with exceljs, as a spreadsheet program opens it. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A cell's own value: null inside a merged range but at its top-left cell (exceljs repeats the master's value there). */
export function ownValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  return cell.isMerged && cell.master !== cell ? null : cell.value;
}

/** Each row's own cell values, first row first, over the sheet's columns. */
export function ownRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  return Array.from({ length: sheet.rowCount }, (_, r) =>
    Array.from({ length: sheet.columnCount }, (_, c) => ownValue(sheet.getCell(r + 1, c + 1))),
  );
}
