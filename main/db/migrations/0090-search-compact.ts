import type { Migration } from './types';

/**
 * A search index under half the size (main/db/search/notice-order.ts,
 * grams.ts, match-query.ts, raw-match.ts): rowids packed closer together,
 * and one table without positions for every run of up to three characters,
 * instead of a trigram table with positions beside it; a word of four
 * characters or more is confirmed on the item's row. Each indexed item is
 * marked with how far its stored text can confirm a word (raw_match), and
 * a notice's rowid range is as large as the largest notice needs.
 * Every row changes, so the index must be built anew from the items: 0110,
 * which runs next in the same upgrade and builds every index anew, does it
 * (the build is always today's code).
 */
export const searchCompact: Migration = {
  version: 90,
  name: 'search-compact',
  up(db) {
    db.exec(`
      DROP TABLE search_trigrams;
      ALTER TABLE search_items ADD COLUMN raw_match INTEGER NOT NULL DEFAULT 0;
      -- How many items a notice's rowid range holds (main/db/search/notice-order.ts); the build sets it.
      CREATE TABLE search_slots (slots INTEGER NOT NULL CHECK (slots > 0)) STRICT;
      INSERT INTO search_slots (slots) VALUES (8192);
    `);
  },
};
