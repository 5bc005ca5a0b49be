import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { backupFolder, dailyBackup } from '../db/backup/automatic-backups';
import { removeStaleTemporaries } from '../db/backup/stale-temporaries';
import { openReader } from '../db/connections';
import type { BackupWorkerReply, BackupWorkerRequest } from './backup-worker-protocol';

/**
 * The backup of the first start of a day, in a worker thread: copying and
 * checking a database of hundreds of megabytes takes seconds, which the
 * main process must spend answering the window. The worker reads through
 * a connection of its own (WAL lets it read while the app writes).
 */
const { databasePath, settings, boilerplate, now } = workerData as BackupWorkerRequest;

async function reply(): Promise<BackupWorkerReply> {
  try {
    // Copies a killed backup or restore left behind (whole databases each) go first.
    removeStaleTemporaries(dirname(databasePath));
    removeStaleTemporaries(backupFolder(databasePath, settings));
    const db = openReader(databasePath);
    try {
      return { ok: true, path: await dailyBackup({ db, databasePath, settings, boilerplate, now: new Date(now) }) };
    } finally {
      db.close();
    }
  } catch (error) {
    const { message, code } = error as { message?: unknown; code?: unknown };
    return { ok: false, message: String(message ?? error), code: typeof code === 'string' ? code : null };
  }
}

parentPort!.postMessage(await reply());
