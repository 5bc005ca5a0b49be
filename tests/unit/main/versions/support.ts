import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Api } from '../../../../shared/api';
import type { Database } from '../../../../main/db/database';
import { openDatabase } from '../../../../main/db/open-database';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';

export const templates = loadLayoutTemplates();

/** A clock the test moves by hand. */
export interface TestClock {
  now(): Date;
  set(iso: string): void;
  advance(minutes: number): void;
}

export function testClock(start: string): TestClock {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    set: (iso) => {
      at = new Date(iso).getTime();
    },
    advance: (minutes) => {
      at += minutes * 60_000;
    },
  };
}

export interface VersionFixture {
  services: Api;
  db: Database;
  dir: string;
  dbPath: string;
  clock: TestClock;
  /** Where the next export lands. */
  exportTo(path: string): void;
}

/** The real services on a real SQLite file in a fresh folder, with a controllable clock; closed after each test. */
export function useVersionFixture(start = '2026-11-23T02:00:00.000Z'): VersionFixture {
  const fixture = {} as VersionFixture;
  let exportPath: string | null = null;
  beforeEach(() => {
    fixture.dir = mkdtempSync(join(tmpdir(), 'zgtb-versions-'));
    fixture.dbPath = join(fixture.dir, 'notices.sqlite');
    fixture.db = openDatabase(fixture.dbPath);
    fixture.clock = testClock(start);
    fixture.exportTo = (path) => {
      exportPath = path;
    };
    fixture.services = createServices({
      db: fixture.db,
      databasePath: fixture.dbPath,
      templates,
      dialogs: { chooseImportPath: async () => null, chooseExportPath: async () => exportPath, showInFolder: () => undefined },
      now: fixture.clock.now,
    });
  });
  afterEach(() => {
    if (fixture.db.open) fixture.db.close();
    rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}
