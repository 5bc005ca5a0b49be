import { rebuildSearchIndex } from '../search/index-writes';
import type { Migration } from './types';

/**
 * The status filter inside the index (main/db/search/filter-tokens.ts):
 * each item's row of search_grams also holds a token for its status, so a
 * search under a status filter asks FTS5 for the status too. Every row
 * changes, so the index is built anew from the items. The build is today's
 * code: a later migration that changes the index must take it over, as
 * this one took it over from 0090.
 */
export const searchStatusTokens: Migration = {
  version: 110,
  name: 'search-status-tokens',
  up(db) {
    rebuildSearchIndex(db);
  },
};
