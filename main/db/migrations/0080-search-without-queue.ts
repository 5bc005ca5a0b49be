import type { Migration } from './types';

/**
 * The search index without its queue: saves now write only what changed and
 * tell the index so themselves (main/db/search/index-writes.ts), in the same
 * transaction, so the triggers, the queue they filled and the digests that
 * spared unchanged items a re-index all go. An index with writes still
 * queued (a database just migrated from before 0030, a raw edit) was built
 * anew here; since 0110 builds every index anew, that is now left to it.
 * For the group-title filter, search_items also keeps each item's group,
 * and the groups get an index of their own.
 */
export const searchWithoutQueue: Migration = {
  version: 80,
  name: 'search-without-queue',
  up(db) {
    db.exec(`
      DROP TRIGGER search_node_inserted;
      DROP TRIGGER search_node_updated;
      DROP TRIGGER search_node_deleted;
      DROP TRIGGER search_notice_inserted;
      DROP TRIGGER search_notice_updated;
      DROP TRIGGER search_notice_deleted;
      DROP TABLE search_stale_items;
      DROP TABLE search_stale_notices;
      ALTER TABLE search_items DROP COLUMN digest;

      -- Each item's group beside its index row: the group-title filter then reads no item row.
      ALTER TABLE search_items ADD COLUMN parent_id TEXT;
      UPDATE search_items SET parent_id = (SELECT n.parent_id FROM nodes n WHERE n.id = search_items.node_id);

      -- The group-title filter reads every group's title: from this index, a few pages, not the item rows around them.
      CREATE INDEX nodes_groups ON nodes (title, parent_id, id) WHERE kind = 'group';
    `);
    // Nothing is built here, queued writes or not: 0110, which runs later in the same upgrade, builds the whole index anew.
  },
};
