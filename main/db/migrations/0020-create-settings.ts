import type { Migration } from './types';

/** One JSON value per key; each key's shape is checked by its reader's zod schema. */
export const createSettings: Migration = {
  version: 20,
  name: 'create-settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
