import type { ImportPreview } from '../../../../shared/api';

/** A file the importer has read, not yet saved. */
export type ReadyImport = Extract<ImportPreview, { status: 'ready' }>;
