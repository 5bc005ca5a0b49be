import type { Migration } from './types';

/**
 * One row that ties a write-ahead log to the database file it was written
 * against. `file_token` is what the file holds; each time our store starts a
 * fresh log it first writes `wal_base` = the file's token and a new
 * `file_token`, so those are the log's first frames. A log found beside a
 * file at open belongs to it only if the log's `wal_base` is the token the
 * file itself holds (see main/db/wal-ownership.ts).
 */
export const createStoreMarker: Migration = {
  version: 50,
  name: 'create-store-marker',
  up(db) {
    db.exec(`
      CREATE TABLE store_marker (
        id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
        file_token TEXT NOT NULL,
        wal_base TEXT NOT NULL
      ) STRICT;
      INSERT INTO store_marker (id, file_token, wal_base) VALUES (1, '', '');
    `);
  },
};
