import type { Api } from '../../shared/api';
import type { BackupSettingsView } from '../../shared/model/backup';
import { backupSettingsSchema, DEFAULT_BACKUP_SETTINGS, SETTINGS_KEYS, type BackupSettings } from '../../shared/model/settings';
import { backupFolder, defaultBackupFolder, keepBeforeRestore, listAutomaticBackups } from '../db/backup/automatic-backups';
import { BackupError } from '../db/backup/backup-errors';
import { manualBackupName } from '../db/backup/backup-names';
import { checkBackupFile } from '../db/backup/check-backup';
import { checkDatabase } from '../db/backup/check-database';
import { restoreBackup } from '../db/backup/restore-backup';
import { writeBackup } from '../db/backup/write-backup';
import { getSetting, setSetting } from '../db/settings';
import type { ServiceContext } from './service-context';

export type BackupApi = Pick<
  Api,
  | 'backupNow'
  | 'chooseRestoreFile'
  | 'restoreBackup'
  | 'checkDatabase'
  | 'getBackupSettings'
  | 'saveBackupKeep'
  | 'chooseBackupFolder'
  | 'resetBackupFolder'
  | 'listAutomaticBackups'
>;

/** The settings as stored; a missing or unreadable value gives the defaults. */
export function readBackupSettings(context: Pick<ServiceContext, 'db'>): BackupSettings {
  return getSetting(context.db, SETTINGS_KEYS.backup, backupSettingsSchema, DEFAULT_BACKUP_SETTINGS);
}

/** A dialog the desktop must offer for this step. */
function ask<A extends unknown[]>(dialog: ((...args: A) => Promise<string | null>) | undefined): (...args: A) => Promise<string | null> {
  if (!dialog) throw new BackupError('此环境无法显示选择文件的对话框。');
  return dialog;
}

/** 设置 → 备份与恢复. */
export function createBackupServices(context: ServiceContext): BackupApi {
  const { db, databasePath, dialogs, templates } = context;
  const now = context.now ?? (() => new Date());
  const { boilerplate } = templates;
  /**
   * The files the open dialog returned in this session: restoring replaces
   * every notice, so it is done only from a file the user picked in our own
   * dialog, never from a path the window (or a script in it) makes up.
   */
  const chosenForRestore = new Set<string>();
  let restoring = false;

  const view = (): BackupSettingsView => {
    const settings = readBackupSettings(context);
    return { folder: backupFolder(databasePath, settings), isDefaultFolder: settings.folder === null, keep: settings.keep };
  };
  const store = (changes: Partial<BackupSettings>): BackupSettingsView => {
    setSetting(db, SETTINGS_KEYS.backup, { ...readBackupSettings(context), ...changes }, backupSettingsSchema);
    return view();
  };

  return {
    async backupNow() {
      const path = await ask(dialogs.chooseBackupPath?.bind(dialogs))(manualBackupName(now()));
      if (path === null) return { status: 'canceled' };
      return { status: 'saved', summary: await writeBackup(db, path, boilerplate) };
    },
    async chooseRestoreFile() {
      const path = await ask(dialogs.chooseRestorePath?.bind(dialogs))();
      if (path === null) return { status: 'canceled' };
      const summary = checkBackupFile(path, boilerplate);
      chosenForRestore.add(path);
      return { status: 'checked', summary };
    },
    async restoreBackup(path) {
      if (!chosenForRestore.has(path))
        throw new BackupError('只能从刚才在“从备份恢复”对话框中选择并检查过的文件恢复，请重新选择备份文件。');
      if (restoring) throw new BackupError('正在恢复，请等待当前的恢复完成。');
      const mode = context.status?.mode ?? 'write';
      if (mode === 'read-only') {
        throw new BackupError(
          `数据库以只读方式打开（${context.status?.reason ?? ''}），无法恢复。请把数据库放到可以写入的位置，重新启动程序后再恢复。`,
        );
      }
      restoring = true;
      try {
        const settings = readBackupSettings(context);
        return await restoreBackup({
          db,
          databasePath,
          source: path,
          boilerplate,
          keepCurrent: () => keepBeforeRestore({ db, databasePath, settings, boilerplate, now: now() }),
        });
      } finally {
        restoring = false;
      }
    },
    async checkDatabase() {
      return checkDatabase(db);
    },
    async getBackupSettings() {
      return view();
    },
    async saveBackupKeep(keep) {
      return store({ keep });
    },
    async chooseBackupFolder() {
      const folder = await ask(dialogs.chooseBackupFolder?.bind(dialogs))(view().folder);
      if (folder === null) return view();
      // The default folder chosen by hand stays "the default", so it follows the database if that ever moves.
      return store({ folder: folder === defaultBackupFolder(databasePath) ? null : folder });
    },
    async resetBackupFolder() {
      return store({ folder: null });
    },
    async listAutomaticBackups() {
      return listAutomaticBackups(view().folder);
    },
  };
}
