import type ExcelJS from 'exceljs';
import { sanitizeText } from '../../shared/text/sanitize';
import { InvalidInputError } from '../db/errors';

/** What Excel and WPS hold in one cell at most; a longer text would be cut when the file is opened. */
export const MAX_CELL_CHARACTERS = 32_767;

/**
 * Twips per unit of an Excel column width: the width counts the default
 * font's digit (Calibri 11: 7 px, 105 twips at 96 dpi), padding included.
 */
export const TWIPS_PER_WIDTH_UNIT = 105;

export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A whole number as the ledger prints one (1, 28, -3): no leading zero, no more digits than a number keeps exactly. */
const WHOLE_NUMBER = /^(?:0|-?[1-9]\d{0,14})$/u;

/**
 * A cell's value: its text, each line cleaned as the .docx cleans it (XML
 * forbids some characters), line breaks kept. A whole number (序号, a count)
 * is written as a number, so a spreadsheet sorts and sums it, and reads back
 * as the same text.
 */
export function cellValue(text: string, where: () => string): string | number {
  const cleaned = text.split('\n').map(sanitizeText).join('\n');
  if (WHOLE_NUMBER.test(cleaned)) return Number(cleaned);
  // Excel counts UTF-16 units, as JavaScript does.
  if (cleaned.length > MAX_CELL_CHARACTERS) {
    throw new InvalidInputError(
      `${where()}有 ${cleaned.length} 个字，超过 Excel 一个单元格最多 ${MAX_CELL_CHARACTERS} 个字的限制，导出的表格会被截断，因此未导出。请缩短这段文字，或导出 Word 格式的台账。`,
    );
  }
  return cleaned;
}

/** An Excel column width for a width in twips. */
export function widthUnits(twips: number): number {
  return Math.round((twips / TWIPS_PER_WIDTH_UNIT) * 100) / 100;
}
