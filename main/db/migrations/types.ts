import type { Database } from '../connections';

/**
 * One step of the schema. A step is frozen once released: later changes are
 * new steps, never edits, because users' files were built by the old text.
 */
export interface Migration {
  /** The `user_version` the database has after this step; steps of 10. */
  version: number;
  name: string;
  up(db: Database): void;
}
