/** 备份与恢复: what the window is told about backup files and checks. */

/** What a checked backup file holds, shown before anything is restored from it. */
export interface BackupSummary {
  /** The file's name, without its folder. */
  fileName: string;
  path: string;
  sizeBytes: number;
  /** When the file was written (its modification time), ISO 8601. */
  madeAt: string;
  /** How many notices and checklist items it holds. */
  notices: number;
  items: number;
  /** The newest change to any notice in it (ISO 8601), or null when it holds none. */
  lastChange: string | null;
  /** The titles of its newest notices, at most a few, newest first. */
  latestTitles: string[];
  /** Its schema version; lower than the app's means it is brought up to date when restored. */
  schemaVersion: number;
}

/** Why an automatic backup was taken. */
export type AutomaticBackupKind = 'start' | 'quit' | 'before-restore';

/** One backup file the app wrote by itself into the backup folder. */
export interface AutomaticBackup {
  fileName: string;
  path: string;
  kind: AutomaticBackupKind;
  /** When it was taken (from its name), ISO 8601. */
  takenAt: string;
  sizeBytes: number;
}

/** The backup settings as 设置 shows them: the folder resolved, and whether it is the default one. */
export interface BackupSettingsView {
  folder: string;
  isDefaultFolder: boolean;
  keep: number;
}

export type BackupOutcome = { status: 'saved'; summary: BackupSummary } | { status: 'canceled' };

/** A backup file chosen to restore from, checked; restoreBackup takes its path. */
export type RestoreChoice = { status: 'checked'; summary: BackupSummary } | { status: 'canceled' };

export interface RestoreOutcome {
  /** What is now the current data. */
  restored: BackupSummary;
  /** Where the data from before the restore was kept. */
  previousDataBackup: string;
  /** The database was open read-only (damaged): the program must start again to work on the restored data. */
  restartNeeded: boolean;
}

/** The result of 检查数据库: one sentence, and the problems SQLite listed when there are any. */
export interface DatabaseCheck {
  ok: boolean;
  message: string;
  problems: string[];
  durationMs: number;
}
