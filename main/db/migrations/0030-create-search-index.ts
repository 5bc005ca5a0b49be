import type { Migration } from './types';

/**
 * The full-text index over items (条目库 search).
 *
 * Why triggers feed a queue instead of writing the index themselves: a term
 * of one or two Chinese characters needs an index of single characters and
 * character pairs, and splitting text into characters in SQL costs ten
 * times what it costs in JavaScript (and quadratic time on long paragraphs).
 * So the triggers below only record, in the same transaction as the write,
 * which items and notices changed; `flushSearchIndex` (main/db/search), which
 * every repository write runs before it commits (database.ts
 * `writeTransaction`), brings the index up to date from that queue. A write
 * that bypasses the repositories (a raw UPDATE, a future code path) still
 * lands in the queue, and search flushes the queue before it reads, so the
 * index can lag a write but never give a wrong answer.
 *
 * - search_trigrams: trigram FTS5 over an item's text, for terms of three
 *   characters or more (exact substring match, phrase by position).
 * - search_grams: every single character and every pair of adjacent
 *   characters of an item, each as one token (detail=none: presence only),
 *   for terms of one or two characters.
 * Both are contentless (the text lives in `nodes`) with contentless_delete,
 * so a row can be deleted by rowid alone.
 *
 * - search_items: which item each index rowid is, its status (so the status
 *   filter needs no join), and a digest of the columns indexed (an unchanged
 *   item is not indexed again on a whole-notice save).
 *   The rowid is notices' order_key × 65536 + a slot, so rowid order is the
 *   notices' recency and FTS5's `ORDER BY rowid DESC LIMIT n` stops after n.
 * - search_notices: each notice's order_key, kept in the order of
 *   notices.updated_at (stamp) with gaps, so a notice moves without
 *   renumbering the others.
 *
 * Existing items are queued here and indexed when the database is opened.
 */
export const SEARCH_INDEX_VERSION = 30;

export const createSearchIndex: Migration = {
  version: SEARCH_INDEX_VERSION,
  name: 'create-search-index',
  up(db) {
    db.exec(`
      CREATE TABLE search_notices (
        notice_id TEXT PRIMARY KEY NOT NULL,
        order_key INTEGER NOT NULL UNIQUE,
        stamp TEXT NOT NULL
      ) STRICT;
      CREATE INDEX search_notices_by_stamp ON search_notices (stamp, order_key);

      CREATE TABLE search_items (
        id INTEGER PRIMARY KEY,
        node_id TEXT NOT NULL UNIQUE,
        notice_id TEXT NOT NULL,
        status TEXT NOT NULL,
        digest TEXT NOT NULL
      ) STRICT;
      CREATE INDEX search_items_by_notice ON search_items (notice_id);

      CREATE VIRTUAL TABLE search_trigrams USING fts5 (
        body, content = '', contentless_delete = 1, tokenize = 'trigram case_sensitive 1'
      );
      CREATE VIRTUAL TABLE search_grams USING fts5 (
        grams, content = '', contentless_delete = 1, detail = none
      );

      CREATE TABLE search_stale_items (
        seq INTEGER PRIMARY KEY,
        node_id TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE TABLE search_stale_notices (
        notice_id TEXT PRIMARY KEY NOT NULL
      ) STRICT;

      -- The queue is written with NOT EXISTS rather than INSERT OR IGNORE: a trigger's own conflict
      -- clause gives way to that of the statement that fired it (an upsert's, say), so only a
      -- statement that cannot conflict is safe whatever fired it.
      CREATE TRIGGER search_node_inserted AFTER INSERT ON nodes WHEN NEW.kind = 'item'
      BEGIN
        INSERT INTO search_stale_items (node_id)
          SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_stale_items WHERE node_id = NEW.id);
      END;
      -- Leader, dates and figures are not searched: changing them queues nothing.
      CREATE TRIGGER search_node_updated
      AFTER UPDATE OF id, notice_id, kind, problem, measures, progress, status, responsible_unit, sub_items ON nodes
      WHEN NEW.kind = 'item' OR OLD.kind = 'item'
      BEGIN
        INSERT INTO search_stale_items (node_id)
          SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_stale_items WHERE node_id = OLD.id);
        INSERT INTO search_stale_items (node_id)
          SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_stale_items WHERE node_id = NEW.id);
      END;
      CREATE TRIGGER search_node_deleted AFTER DELETE ON nodes WHEN OLD.kind = 'item'
      BEGIN
        INSERT INTO search_stale_items (node_id)
          SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_stale_items WHERE node_id = OLD.id);
      END;

      CREATE TRIGGER search_notice_inserted AFTER INSERT ON notices
      BEGIN
        INSERT INTO search_stale_notices (notice_id)
          SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_stale_notices WHERE notice_id = NEW.id);
      END;
      CREATE TRIGGER search_notice_updated AFTER UPDATE OF id, updated_at ON notices
      BEGIN
        INSERT INTO search_stale_notices (notice_id)
          SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_stale_notices WHERE notice_id = OLD.id);
        INSERT INTO search_stale_notices (notice_id)
          SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_stale_notices WHERE notice_id = NEW.id);
      END;
      CREATE TRIGGER search_notice_deleted AFTER DELETE ON notices
      BEGIN
        INSERT INTO search_stale_notices (notice_id)
          SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_stale_notices WHERE notice_id = OLD.id);
      END;

      INSERT INTO search_stale_notices (notice_id) SELECT id FROM notices;
      INSERT INTO search_stale_items (node_id)
        SELECT id FROM nodes WHERE kind = 'item' ORDER BY notice_id, parent_id, position;
    `);
  },
};
