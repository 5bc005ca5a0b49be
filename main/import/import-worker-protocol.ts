import type { ImportPreview } from '../../shared/api';
import type { LedgerTable } from '../../shared/import/ledger/ledger-table';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';

/** What the import worker is started with (workerData). */
export interface ImportWorkerRequest {
  path: string;
  templates: LayoutTemplates;
  /** The time the preview is stamped with, ISO. */
  now: string;
}

/**
 * The worker's one message: a notice's preview, a ledger's table (main keeps
 * it for the mapping step, so it imports it there), or the Chinese sentence
 * of a refusal.
 */
export type ImportWorkerReply =
  | { kind: 'ready'; preview: Extract<ImportPreview, { status: 'ready' }> }
  | { kind: 'ledger'; read: LedgerRead }
  | { kind: 'refused'; message: string };

/** A file read as a ledger: its table, not yet imported. */
export interface LedgerRead {
  status: 'ledger';
  fileName: string;
  table: LedgerTable;
}

/** What a read in the worker comes to: a preview (or canceled), or a ledger's table. */
export type WorkerOutcome = ImportPreview | LedgerRead;
