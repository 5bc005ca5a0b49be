import { extname } from 'node:path';
import type { Notice } from '../../shared/model/notice';
import { InvalidInputError } from '../db/errors';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';
import { exportLedgerDocx, type ExportOptions } from './export-notice';
import { exportLedgerXlsx } from './ledger-xlsx';
import { writeFileAtomic } from './write-file-atomic';

/** The files a ledger (整改台账) is exported as: a Word table, or a spreadsheet. */
export const LEDGER_FORMATS = {
  docx: { name: '整改台账（Word）', write: exportLedgerDocx },
  xlsx: { name: '整改台账（Excel）', write: exportLedgerXlsx },
} as const;
export type LedgerFormat = keyof typeof LEDGER_FORMATS;

/** The format a file name asks for by its extension (any case), or null for one that is neither. */
export function ledgerFormatOf(target: string): LedgerFormat | null {
  const extension = extname(target).slice(1).toLowerCase();
  return Object.hasOwn(LEDGER_FORMATS, extension) ? (extension as LedgerFormat) : null;
}

/** What to say of a name whose extension is neither. */
export const LEDGER_EXTENSION_MESSAGE = '整改台账的文件名应以 .docx（Word 表格）或 .xlsx（Excel 表格）结尾';

/**
 * Exports a notice's ledger to the file named, as a .docx or an .xlsx by
 * its extension; written whole or not at all, and a failure (the file open
 * in WPS or Excel, a read-only folder, a full disk) told in Chinese.
 */
export async function exportLedgerFile(
  notice: Notice,
  target: string,
  templates: LayoutTemplates,
  options: ExportOptions = {},
): Promise<LedgerFormat> {
  const format = ledgerFormatOf(target);
  if (!format) throw new InvalidInputError(`${LEDGER_EXTENSION_MESSAGE}：${target}`);
  writeFileAtomic(target, await LEDGER_FORMATS[format].write(notice, templates, options));
  return format;
}
