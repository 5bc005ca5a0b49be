import { createNotices } from './0010-create-notices';
import { createSettings } from './0020-create-settings';
import { createSearchIndex } from './0030-create-search-index';
import { createTemplates } from './0040-create-templates';
import { createStoreMarker } from './0050-create-store-marker';
import { createVersions } from './0060-create-versions';
import { addItemTracking } from './0070-item-tracking';
import { searchWithoutQueue } from './0080-search-without-queue';
import { searchCompact } from './0090-search-compact';
import { searchItemsByParent } from './0100-search-items-by-parent';
import { searchStatusTokens } from './0110-search-status-tokens';
import type { Migration } from './types';

export type { Migration } from './types';
export { APPLICATION_ID } from './0010-create-notices';

/** Every step, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  createNotices,
  createSettings,
  createSearchIndex,
  createTemplates,
  createStoreMarker,
  createVersions,
  addItemTracking,
  searchWithoutQueue,
  searchCompact,
  searchItemsByParent,
  searchStatusTokens,
];

/** The schema version this release writes. */
export const LATEST_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
