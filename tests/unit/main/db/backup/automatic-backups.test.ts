import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dailyBackup,
  defaultBackupFolder,
  listAutomaticBackups,
  pruneAutomaticBackups,
  takeAutomaticBackup,
} from '../../../../../main/db/backup/automatic-backups';
import { automaticBackupName, parseAutomaticBackupName } from '../../../../../main/db/backup/backup-names';
import { checkBackupFile } from '../../../../../main/db/backup/check-backup';
import { openDatabase } from '../../../../../main/db/open-database';
import { loadLayoutTemplates } from '../../../../../main/layout-templates/load-layout-templates';
import { DEFAULT_BACKUP_SETTINGS } from '../../../../../shared/model/settings';
import { useTempDir } from '../fixtures';
import { addNotices, folderListing } from './support';

const { boilerplate } = loadLayoutTemplates();
const temp = useTempDir();

function setUp(keep = DEFAULT_BACKUP_SETTINGS.keep) {
  const databasePath = join(temp.dir(), 'notices.sqlite');
  const db = temp.track(openDatabase(databasePath));
  addNotices(db, 'a');
  return { db, databasePath, settings: { ...DEFAULT_BACKUP_SETTINGS, keep }, boilerplate };
}

/** A clock that the test moves by hand (local time). */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute, 0);

describe('automatic backups', () => {
  it('takes the daily backup once per day, on the first start, into 备份 beside the database', async () => {
    const base = setUp();
    const folder = defaultBackupFolder(base.databasePath);
    expect(folder).toBe(join(temp.dir(), '备份'));

    expect(await dailyBackup({ ...base, now: at(23, 8, 30) })).toBe(join(folder, '整改通报-自动备份-20261123-083000.sqlite'));
    expect(await dailyBackup({ ...base, now: at(23, 14) })).toBeNull();
    expect(await dailyBackup({ ...base, now: at(23, 23, 59) })).toBeNull();
    // A quit backup that day does not count as the start of the next one.
    await takeAutomaticBackup('quit', { ...base, now: at(23, 18) });
    expect(await dailyBackup({ ...base, now: at(24, 0, 5) })).toBe(join(folder, '整改通报-自动备份-20261124-000500.sqlite'));
    expect(await dailyBackup({ ...base, now: at(24, 9) })).toBeNull();

    expect(listAutomaticBackups(folder).map((b) => [b.kind, b.fileName])).toEqual([
      ['start', '整改通报-自动备份-20261124-000500.sqlite'],
      ['quit', '整改通报-退出备份-20261123-180000.sqlite'],
      ['start', '整改通报-自动备份-20261123-083000.sqlite'],
    ]);
    // Each one is a whole, checked backup.
    expect(checkBackupFile(join(folder, '整改通报-退出备份-20261123-180000.sqlite'), boilerplate).notices).toBe(1);
  });

  it('keeps the last N automatic backups and never deletes anything else in the folder', async () => {
    const base = setUp(3);
    const folder = defaultBackupFolder(base.databasePath);
    mkdirSync(folder, { recursive: true });
    // What the user or the app put there otherwise: never pruned.
    writeFileSync(join(folder, '我的备份.sqlite'), 'x');
    writeFileSync(join(folder, '整改通报-自动备份-说明.txt'), 'x');
    writeFileSync(join(folder, '整改通报-自动备份-20200101-000000.sqlite.bak'), 'x');
    await takeAutomaticBackup('before-restore', { ...base, now: at(1, 7) });

    for (let day = 2; day <= 8; day += 1) {
      await dailyBackup({ ...base, now: at(day, 9) });
      await takeAutomaticBackup('quit', { ...base, now: at(day, 17) });
    }
    expect(folderListing(folder)).toEqual(
      [
        '我的备份.sqlite',
        '整改通报-自动备份-说明.txt',
        '整改通报-自动备份-20200101-000000.sqlite.bak',
        '整改通报-恢复前备份-20261101-070000.sqlite',
        '整改通报-退出备份-20261107-170000.sqlite',
        '整改通报-自动备份-20261108-090000.sqlite',
        '整改通报-退出备份-20261108-170000.sqlite',
      ].sort(),
    );
    // A larger count keeps more from then on; a smaller one prunes at the next backup (or now).
    expect(pruneAutomaticBackups(folder, 1)).toEqual([
      join(folder, '整改通报-自动备份-20261108-090000.sqlite'),
      join(folder, '整改通报-退出备份-20261107-170000.sqlite'),
    ]);
  });

  it('writes a second backup within the same second under its own name', async () => {
    const base = setUp();
    const first = await takeAutomaticBackup('quit', { ...base, now: at(5, 12) });
    const second = await takeAutomaticBackup('quit', { ...base, now: at(5, 12) });
    expect(first).not.toBe(second);
    expect(second.endsWith('整改通报-退出备份-20261105-120000-2.sqlite')).toBe(true);
    expect(listAutomaticBackups(defaultBackupFolder(base.databasePath)).map((b) => b.fileName)[0]).toBe(
      '整改通报-退出备份-20261105-120000-2.sqlite',
    );
  });

  it('goes to the folder the settings name, creating it', async () => {
    const base = setUp();
    const chosen = join(temp.dir(), '其他位置', '通报备份');
    const path = await dailyBackup({ ...base, settings: { folder: chosen, keep: 10 }, now: at(3, 8) });
    expect(path).toBe(join(chosen, '整改通报-自动备份-20261103-080000.sqlite'));
  });

  it('reads its own names back and nothing else', () => {
    const name = automaticBackupName('start', at(9, 7, 5));
    expect(parseAutomaticBackupName(name)).toMatchObject({ kind: 'start', takenAt: at(9, 7, 5) });
    expect(parseAutomaticBackupName('整改通报-自动备份-20261399-250000.sqlite')).toBeNull();
    expect(parseAutomaticBackupName('notices.sqlite')).toBeNull();
    expect(parseAutomaticBackupName(`${name}-wal`)).toBeNull();
  });
});
