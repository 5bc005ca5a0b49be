import type { Database } from './database';
import { DatabaseTooNewError } from './errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database written by a newer release, before anything touches it. */
export function assertNotTooNew(db: Database, latest = LATEST_VERSION): void {
  const found = schemaVersion(db);
  if (found > latest) throw new DatabaseTooNewError(found, latest);
}

/**
 * Brings the schema up to `upTo` (default: the newest). Each step runs in its
 * own IMMEDIATE transaction that also sets `user_version`, so a failure or a
 * crash leaves the file at the last whole step; the version is read again
 * inside the lock in case another process migrated meanwhile.
 * Returns the version the database ends at.
 */
export function migrate(db: Database, upTo: number = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  assertNotTooNew(db, latest);
  for (const migration of migrations) {
    if (migration.version > upTo) break;
    // Checked outside the lock first, so an up-to-date database opens without taking the write lock.
    if (schemaVersion(db) >= migration.version) continue;
    db.transaction(() => {
      assertNotTooNew(db, latest);
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      // An integer we own, not user input: safe to interpolate (PRAGMA takes no parameters).
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }).immediate();
  }
  return schemaVersion(db);
}
