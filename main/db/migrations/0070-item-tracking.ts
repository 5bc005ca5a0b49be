import type { Migration } from './types';

/**
 * 整改时限, 销号 and the stage history: the kind of deadline (a date,
 * 立行立改 or 长期坚持), the evidence note, whether the item still waits
 * for this stage's progress (待更新), and what it said in earlier stages.
 * Existing items read as dated, with no note, up to date and no history,
 * which is what they were. Groups hold the same defaults and never use them.
 */
export const addItemTracking: Migration = {
  version: 70,
  name: 'item-tracking',
  up(db) {
    db.exec(`
      ALTER TABLE nodes ADD COLUMN deadline_kind TEXT NOT NULL DEFAULT 'date'
        CHECK (deadline_kind IN ('date', 'immediate', 'longTerm'));
      ALTER TABLE nodes ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
      ALTER TABLE nodes ADD COLUMN needs_update INTEGER NOT NULL DEFAULT 0 CHECK (needs_update IN (0, 1));
      ALTER TABLE nodes ADD COLUMN history TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(history));
    `);
  },
};
