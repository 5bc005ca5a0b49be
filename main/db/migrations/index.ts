import { createNotices } from './0010-create-notices';
import { createSettings } from './0020-create-settings';
import type { Migration } from './types';

export type { Migration } from './types';
export { APPLICATION_ID } from './0010-create-notices';

/** Every step, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [createNotices, createSettings];

/** The schema version this release writes. */
export const LATEST_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
