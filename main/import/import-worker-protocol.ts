import type { ImportPreview } from '../../shared/api';
import type { Templates } from '../templates/load-templates';

/** What the import worker is started with (workerData). */
export interface ImportWorkerRequest {
  path: string;
  templates: Templates;
  /** The time the preview is stamped with, ISO. */
  now: string;
}

/** The worker's one message: the preview, or the Chinese sentence of a refusal. */
export type ImportWorkerReply = { kind: 'ready'; preview: Extract<ImportPreview, { status: 'ready' }> } | { kind: 'refused'; message: string };
