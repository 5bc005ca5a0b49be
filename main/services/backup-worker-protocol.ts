import type { Boilerplate } from '../../shared/layout/boilerplate';
import type { BackupSettings } from '../../shared/model/settings';

/** What the start backup's worker is started with (workerData). */
export interface BackupWorkerRequest {
  databasePath: string;
  settings: BackupSettings;
  boilerplate: Boilerplate;
  /** The time the backup is named by, ISO. */
  now: string;
}

/** The worker's one message: the backup written (null when today's was already there), or why it failed. */
export type BackupWorkerReply = { ok: true; path: string | null } | { ok: false; message: string; code: string | null };
