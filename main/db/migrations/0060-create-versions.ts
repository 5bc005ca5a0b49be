import type { Migration } from './types';

/**
 * 历史版本: whole-notice snapshots. The notice is kept as its JSON deflated
 * (node:zlib), read and written whole; `digest` (SHA-256 of the content
 * without `updatedAt`) tells whether anything changed since a snapshot
 * without inflating it. The id is the rowid, so versions can be named by a
 * short number on the command line and sort in the order they were taken.
 * The reasons are copied, not imported, from shared/versions: this text must
 * stay what it was when users' files were made.
 */
export const createVersions: Migration = {
  version: 60,
  name: 'create-versions',
  up(db) {
    db.exec(`
      CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('timed', 'named', 'export', 'stage', 'next-stage', 'restore')),
        name TEXT CHECK (name IS NULL OR length(trim(name)) > 0),
        file TEXT,
        digest TEXT NOT NULL CHECK (length(digest) = 64),
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX versions_by_notice ON versions (notice_id, id);
    `);
  },
};
