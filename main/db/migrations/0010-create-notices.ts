import type { Migration } from './types';

/** Marks a database as ours in the SQLite header ('ZGTB'), so a stranger's file is refused, not altered. */
export const APPLICATION_ID = 0x5a475442;

/**
 * Notices keep their metadata and narrative parts as JSON (always read and
 * written whole); the checklist is one row per node, with the item's fields
 * in their own columns so that search can later index problem, measures and
 * progress. The value lists in the CHECKs are copied, not imported, from
 * shared/model: this text must stay what it was when users' files were made.
 */
export const createNotices: Migration = {
  version: 10,
  name: 'create-notices',
  up(db) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec(`
      CREATE TABLE notices (
        id TEXT PRIMARY KEY NOT NULL,
        layout_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'review', 'final')),
        meta TEXT NOT NULL CHECK (json_valid(meta)),
        parts TEXT NOT NULL CHECK (json_valid(parts)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The parent is referenced together with the notice, so a node can only
      -- hang under a group of its own notice, and deleting a subtree finds the
      -- children through nodes_by_parent instead of scanning the table.
      CREATE TABLE nodes (
        id TEXT PRIMARY KEY NOT NULL,
        notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        parent_id TEXT,
        position INTEGER NOT NULL CHECK (position >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('group', 'item')),
        title TEXT,
        problem TEXT,
        measures TEXT CHECK (measures IS NULL OR json_valid(measures)),
        progress TEXT CHECK (progress IS NULL OR json_valid(progress)),
        status TEXT CHECK (status IS NULL OR status IN ('done', 'mostlyDone', 'ongoing', 'longTerm')),
        responsible_leader TEXT,
        responsible_unit TEXT,
        deadline TEXT,
        completed_on TEXT,
        money_recovered_fen INTEGER CHECK (money_recovered_fen >= 0),
        money_to_recover_fen INTEGER CHECK (money_to_recover_fen >= 0),
        rules_made INTEGER CHECK (rules_made >= 0),
        people_held INTEGER CHECK (people_held >= 0),
        sub_items TEXT CHECK (sub_items IS NULL OR json_valid(sub_items)),
        lead_override TEXT,
        source_item_id TEXT,
        UNIQUE (notice_id, id),
        FOREIGN KEY (notice_id, parent_id) REFERENCES nodes (notice_id, id) ON DELETE CASCADE,
        CHECK (parent_id IS NULL OR parent_id <> id),
        CHECK (
          (kind = 'group' AND title IS NOT NULL)
          OR (kind = 'item' AND problem IS NOT NULL AND measures IS NOT NULL AND progress IS NOT NULL
              AND status IS NOT NULL AND responsible_leader IS NOT NULL AND responsible_unit IS NOT NULL
              AND sub_items IS NOT NULL)
        )
      ) STRICT;

      CREATE INDEX nodes_by_parent ON nodes (notice_id, parent_id, position);
    `);
  },
};
