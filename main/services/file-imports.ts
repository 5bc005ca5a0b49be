import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError } from '../../shared/import/errors';
import { importLedger, type LedgerImport } from '../../shared/import/ledger/import-ledger';
import type { LedgerMapping } from '../../shared/import/ledger/ledger-fields';
import type { LedgerTable } from '../../shared/import/ledger/ledger-table';
import { trackingSettings } from '../db/settings';
import { systemReason } from '../db/translate-error';
import type { ImportedFile } from '../import/import-file';
import { describeTemplateImport, importExchange, type ExchangeImport } from '../library/exchange';
import { findLayout } from '../layout-templates/load-layout-templates';
import { ledgerImportContext } from './ledger-import';
import type { ServiceContext } from './service-context';

/**
 * The imports the command line runs in its own process (the window reads
 * files in a worker, previewImport): the same importers, the same ledger
 * rules; what they read is saved with saveNotice, as the window saves it.
 */

/** A file as the importer reads it: a ledger's table (a spreadsheet, a Word table), or a notice (.txt, .docx). */
export type ReadFile = { kind: 'ledger'; fileName: string; table: LedgerTable } | { kind: 'notice'; result: ImportedFile };

/** Reads a file to import; the readers (Word, Excel) load only now. Refusals are ImportErrors in Chinese. */
export async function readImportFile(path: string, context: Pick<ServiceContext, 'templates'>): Promise<ReadFile> {
  const [{ importFile, readLimited }, { readLedgerFile }] = await Promise.all([
    import('../import/import-file'),
    import('../import/read-ledger-file'),
  ]);
  const fileName = basename(path);
  const table = await readLedgerFile(readLimited(path), fileName);
  if (table) return { kind: 'ledger', fileName, table };
  return { kind: 'notice', result: importFile(path, context.templates) };
}

/** A ledger's table imported, with the columns recognised from its header (mapping null) or as the user named them. */
export function importLedgerTable(
  context: Pick<ServiceContext, 'db' | 'templates' | 'now'>,
  table: LedgerTable,
  mapping: LedgerMapping | null,
): LedgerImport {
  const now = (context.now ?? (() => new Date()))();
  return importLedger(table, ledgerImportContext(context.templates, now, trackingSettings(context.db).statusLabels), mapping);
}

/** An exchange file (导出数据, export-json) imported with the item templates that came with it; a taken id makes a copy. */
export function importExchangeFile(
  context: Pick<ServiceContext, 'db' | 'templates'>,
  path: string,
): ExchangeImport & { templateLine: string | null } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ImportError(`无法读取文件“${path}”：${systemReason(error) ?? '读取时出错'}`);
  }
  const imported = importExchange(context.db, text, (n) => findLayout(context.templates, n.layoutId));
  return { ...imported, templateLine: describeTemplateImport(imported.templates) };
}
