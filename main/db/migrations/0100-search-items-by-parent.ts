import type { Migration } from './types';

/**
 * The items of a group, by index rowid, read without reading every index
 * row: the group-title filter turns the groups whose title matches into
 * the set of their items' rowids (main/db/search/group-scope.ts) and tests
 * each match against it. The index covers that read, the rowid being part
 * of every entry.
 */
export const searchItemsByParent: Migration = {
  version: 100,
  name: 'search-items-by-parent',
  up(db) {
    db.exec('CREATE INDEX search_items_by_parent ON search_items (parent_id)');
  },
};
