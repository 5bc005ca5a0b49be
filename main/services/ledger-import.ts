import type { ImportPreview } from '../../shared/api';
import { ImportError } from '../../shared/import/errors';
import { importLedger, type LedgerImport, type LedgerImportContext } from '../../shared/import/ledger/import-ledger';
import type { LedgerMapping } from '../../shared/import/ledger/ledger-fields';
import type { LedgerTable } from '../../shared/import/ledger/ledger-table';
import { newId } from '../../shared/model/factory';
import type { StatusLabels } from '../../shared/model/notice';
import { describePlace } from '../../shared/import/source';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';

/**
 * Ledger imports in progress: a file read as a ledger either goes to review
 * at once or waits here, parsed, for the mapping step's answer. Only the
 * latest waits (a new import replaces it); the window names it by an id,
 * never by a path.
 */
export function createLedgerImports(templates: LayoutTemplates, now: () => Date, statusLabels: () => StatusLabels) {
  let pending: { id: string; fileName: string; table: LedgerTable } | null = null;
  const context = () => ledgerImportContext(templates, now(), statusLabels());

  const preview = (fileName: string, table: LedgerTable, result: LedgerImport): ImportPreview => {
    if (result.status === 'mapping') {
      pending = { id: newId(), fileName, table };
      return { status: 'mapping', fileName, pendingId: pending.id, reason: result.reason, columns: result.columns };
    }
    const stamp = now().toISOString();
    return {
      status: 'ready',
      origin: 'ledger',
      fileName,
      notice: { ...result.notice, createdAt: stamp, updatedAt: stamp },
      layoutName: result.layoutName,
      similarity: 0,
      // A ledger has no source lines shown beside the tree: its warnings name their row in `place` only.
      warnings: result.warnings.map((w) => ({
        place: w.line === null ? '全文' : describePlace(w.line, 'line'),
        message: w.message,
        excerpt: w.excerpt,
        line: null,
      })),
    };
  };

  return {
    /** A ledger's table (read in the import worker) for review, or for the mapping step. */
    fromTable(fileName: string, table: LedgerTable): ImportPreview {
      return preview(fileName, table, importLedger(table, context()));
    },
    /** The waiting ledger imported with the user's mapping. */
    continue(pendingId: string, mapping: LedgerMapping): ImportPreview {
      if (!pending || pending.id !== pendingId) throw new ImportError('这次导入已经结束或被新的导入取代，请重新选择文件导入。');
      const { fileName, table } = pending;
      const result = importLedger(table, context(), mapping);
      pending = null;
      return preview(fileName, table, result);
    },
  };
}

/** What a ledger is imported with: the layouts to pick from, the words, the office's status names, the time it is stamped with. */
export function ledgerImportContext(templates: LayoutTemplates, now: Date, statusLabels: StatusLabels): LedgerImportContext {
  return { layouts: templates.layouts, boilerplate: templates.boilerplate, now, statusLabels };
}
