import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api';
import type { Database } from '../../../../main/db/database';
import { openDatabase } from '../../../../main/db/open-database';
import { dispatchApiCall } from '../../../../main/ipc/dispatch';
import { backupAtQuit, backupAtStart } from '../../../../main/services/app-backups';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { useTempDir } from '../db/fixtures';
import { addNotices, fingerprint } from '../db/backup/support';

const templates = loadLayoutTemplates();
const temp = useTempDir();

let services: Api;
let db: Database;
let databasePath: string;
let backupChoice: string | null;
let restoreChoice: string | null;
let folderChoice: string | null;
let clock: Date;

beforeEach(() => {
  databasePath = join(temp.dir(), 'notices.sqlite');
  db = temp.track(openDatabase(databasePath));
  backupChoice = join(temp.dir(), 'manual.sqlite');
  restoreChoice = null;
  folderChoice = null;
  clock = new Date(2026, 10, 23, 9, 30, 0);
  services = createServices({
    db,
    databasePath,
    templates,
    dialogs: {
      chooseImportPath: async () => null,
      chooseExportPath: async () => null,
      showInFolder: () => undefined,
      chooseBackupPath: async () => backupChoice,
      chooseRestorePath: async () => restoreChoice,
      chooseBackupFolder: async () => folderChoice,
    },
    now: () => clock,
  });
});

describe('备份与恢复 services', () => {
  it('backs up now, then restores only a file chosen in the dialog, keeping the current data first', async () => {
    addNotices(db, 'a', 'b');
    expect(await services.backupNow()).toMatchObject({ status: 'saved', summary: { path: backupChoice, notices: 2 } });
    await services.deleteNotice('a');

    // A path from the window that the dialog never returned is refused, even an existing backup.
    await expect(services.restoreBackup(backupChoice!)).rejects.toThrow('只能从刚才在“从备份恢复”对话框中选择并检查过的文件恢复');
    expect((await services.listNotices()).map((n) => n.id)).toEqual(['b']);

    restoreChoice = backupChoice;
    const choice = await services.chooseRestoreFile();
    expect(choice).toMatchObject({ status: 'checked', summary: { notices: 2, fileName: 'manual.sqlite' } });
    const outcome = await services.restoreBackup(backupChoice!);
    expect((await services.listNotices()).map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(outcome.previousDataBackup).toBe(join(temp.dir(), '备份', '整改通报-恢复前备份-20261123-093000.sqlite'));
    expect((await services.listAutomaticBackups()).map((b) => b.kind)).toEqual(['before-restore']);
  });

  it('answers cancel when a dialog is cancelled, and refuses a bad file in Chinese', async () => {
    backupChoice = null;
    expect(await services.backupNow()).toEqual({ status: 'canceled' });
    expect(await services.chooseRestoreFile()).toEqual({ status: 'canceled' });
    restoreChoice = join(temp.dir(), 'notes.txt');
    writeFileSync(restoreChoice, '不是数据库');
    const result = await dispatchApiCall(services, 'chooseRestoreFile', []);
    expect(result).toEqual({ ok: false, error: { code: 'database', message: '“notes.txt”不是整改通报的备份文件（它不是数据库文件）。' } });
    // Refused at the check, so it cannot be restored either.
    expect(await dispatchApiCall(services, 'restoreBackup', [restoreChoice])).toMatchObject({ ok: false, error: { code: 'database' } });
  });

  it('checks the database on demand', async () => {
    addNotices(db, 'a');
    const check = await services.checkDatabase();
    expect(check).toMatchObject({ ok: true, problems: [] });
    expect(check.message).toMatch(/^数据库完好/);
  });

  it('keeps the backup folder and count in the settings, the folder only from the dialog', async () => {
    expect(await services.getBackupSettings()).toEqual({ folder: join(temp.dir(), '备份'), isDefaultFolder: true, keep: 10 });
    expect(await services.saveBackupKeep(3)).toMatchObject({ keep: 3 });
    folderChoice = join(temp.dir(), '别处');
    expect(await services.chooseBackupFolder()).toEqual({ folder: folderChoice, isDefaultFolder: false, keep: 3 });
    folderChoice = null;
    expect((await services.chooseBackupFolder()).folder).toBe(join(temp.dir(), '别处'));
    expect(await services.resetBackupFolder()).toEqual({ folder: join(temp.dir(), '备份'), isDefaultFolder: true, keep: 3 });
    // The other settings are untouched and still valid.
    expect((await services.getSettings()).defaults.inspectingBody).toBe('市委');
  });

  it('refuses a count out of range or a path that is not text, in Chinese, through the contract', async () => {
    expect(await dispatchApiCall(services, 'saveBackupKeep', [0])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('至少保留 1 份自动备份') },
    });
    expect(await dispatchApiCall(services, 'saveBackupKeep', [2.5])).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('保留份数必须是整数') },
    });
    expect(await dispatchApiCall(services, 'restoreBackup', [42])).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('备份文件路径必须是文字') },
    });
  });
});

describe('the desktop app’s automatic backups', () => {
  it('backs up on the first start of a day and at every quit, into the folder of the settings', async () => {
    addNotices(db, 'a');
    const context = { db, databasePath, templates, now: () => clock };
    expect(await backupAtStart(context)).toMatch(/整改通报-自动备份-20261123-093000\.sqlite$/);
    clock = new Date(2026, 10, 23, 17, 0, 0);
    expect(await backupAtStart(context)).toBeNull();
    expect(await backupAtQuit(context)).toMatch(/整改通报-退出备份-20261123-170000\.sqlite$/);
    expect((await services.listAutomaticBackups()).map((b) => b.fileName)).toEqual([
      '整改通报-退出备份-20261123-170000.sqlite',
      '整改通报-自动备份-20261123-093000.sqlite',
    ]);
  });

  it('never stops the app when a backup fails: the failure is reported, the data untouched', async () => {
    addNotices(db, 'a');
    const blocked = join(temp.dir(), 'a-file');
    writeFileSync(blocked, 'x');
    await services.saveBackupKeep(5);
    db.prepare("UPDATE settings SET value = json_set(value, '$.folder', ?) WHERE key = 'backup'").run(join(blocked, 'sub'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fingerprint(databasePath);
    const reported: string[] = [];
    expect(await backupAtQuit({ db, databasePath, templates, report: (e) => reported.push((e as Error).message) })).toBeNull();
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatch(/\p{Script=Han}/u);
    expect(fingerprint(databasePath).main).toBe(before.main);
    expect(existsSync(join(blocked, 'sub'))).toBe(false);
  });
});
