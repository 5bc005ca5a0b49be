import type { Database } from '../db/database';
import { takeAutomaticBackup } from '../db/backup/automatic-backups';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';
import { startBackupInWorker } from './backup-in-worker';
import { readBackupSettings } from './backup-services';

export interface AppBackupContext {
  db: Database;
  databasePath: string;
  templates: LayoutTemplates;
  now?: () => Date;
  /** Where a failed automatic backup is reported (the main process's log); it never stops the app. */
  report?: (error: unknown) => void;
}

/**
 * The two automatic backups the desktop app takes: after the database opens
 * on the first start of each day, and on quit before the database closes.
 * Each reads the folder and count from the settings, and a failure (a full
 * or missing disk) is reported and swallowed: starting and quitting must
 * never depend on a backup. Returns the path written, or null.
 */
export function backupAtStart(context: AppBackupContext): Promise<string | null> {
  return guarded(context, () => {
    const { databasePath, boilerplate, settings, now } = request(context);
    // In a worker: copying and checking a large database takes seconds the window must not wait for.
    return startBackupInWorker({ databasePath, settings, boilerplate, now: now.toISOString() });
  });
}

export function backupAtQuit(context: AppBackupContext): Promise<string | null> {
  return guarded(context, () => takeAutomaticBackup('quit', request(context)));
}

function request(context: AppBackupContext) {
  const { db, databasePath, templates } = context;
  return {
    db,
    databasePath,
    boilerplate: templates.boilerplate,
    settings: readBackupSettings(context),
    now: (context.now ?? (() => new Date()))(),
  };
}

async function guarded(context: AppBackupContext, run: () => Promise<string | null>): Promise<string | null> {
  try {
    return await run();
  } catch (error) {
    (context.report ?? ((e: unknown) => console.error('automatic backup failed:', e)))(error);
    return null;
  }
}
