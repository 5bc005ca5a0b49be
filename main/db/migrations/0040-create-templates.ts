import type { Migration } from './types';

/**
 * Item templates (条目模板): a named copy of an item or a group. The node is
 * kept as the JSON of shared/model, read and written whole; tags as a JSON
 * array of strings. Names are unique, so a template can be picked by name.
 */
export const createTemplates: Migration = {
  version: 40,
  name: 'create-templates',
  up(db) {
    db.exec(`
      CREATE TABLE templates (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        tags TEXT NOT NULL CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        node TEXT NOT NULL CHECK (json_valid(node) AND json_type(node) = 'object'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
