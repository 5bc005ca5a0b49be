import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { restoreBackup } from '../../../../../main/db/backup/restore-backup';
import { writeBackup } from '../../../../../main/db/backup/write-backup';
import { integrityProblems, integrityProblemsOfFile } from '../../../../../main/db/backup/integrity';
import { openDatabase } from '../../../../../main/db/open-database';
import { deleteNotice, saveNotice } from '../../../../../main/db/notices';
import { loadLayoutTemplates } from '../../../../../main/layout-templates/load-layout-templates';
import { largeNotice, useTempDir } from '../fixtures';
import { addNotices, folderListing, noticeIds } from './support';
import { canMount, CANNOT_MOUNT, mountSmallDisk } from './tmpfs';

const { boilerplate } = loadLayoutTemplates();
const temp = useTempDir();
const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const mountable = canMount();
if (!mountable) console.log(CANNOT_MOUNT);

/** A database big enough (a few MB) not to fit on a small disk. */
function bulkyDatabase(path: string) {
  const db = temp.track(openDatabase(path));
  for (let n = 0; n < 12; n += 1) {
    const notice = largeNotice();
    saveNotice(db, { ...notice, id: `bulk-${n}`, checklist: notice.checklist });
  }
  return db;
}

describe('a backup taken while another process saves', () => {
  it('is intact and holds one consistent moment: every saved notice with its counter', async () => {
    const path = join(temp.dir(), 'notices.sqlite');
    const db = temp.track(openDatabase(path));
    addNotices(db, 'a');
    const saver = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/main/db/backup/save-loop.ts', path], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    saver.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    while (!output.includes('ready')) await new Promise((r) => setTimeout(r, 20));

    const counts: number[] = [];
    for (let n = 0; n < 6; n += 1) {
      const target = join(temp.dir(), `during-${n}.sqlite`);
      await writeBackup(db, target, boilerplate);
      const copy = new BetterSqlite3(target, { readonly: true });
      expect(integrityProblems(copy)).toEqual([]);
      const counter = JSON.parse(copy.prepare("SELECT value FROM settings WHERE key = 'loop-counter'").pluck().get() as string) as number;
      const saved = copy.prepare("SELECT count(*) FROM notices WHERE id LIKE 'loop-%'").pluck().get() as number;
      const items = copy.prepare("SELECT count(*) FROM nodes WHERE notice_id LIKE 'loop-%'").pluck().get() as number;
      copy.close();
      // Each save wrote one notice (8 nodes) and the counter in one transaction.
      expect(saved).toBe(counter);
      expect(items).toBe(counter * 8);
      counts.push(counter);
      await new Promise((r) => setTimeout(r, 30));
    }
    saver.stdin.end();
    await once(saver, 'exit');
    const total = Number(/saved (\d+)/.exec(output)?.[1]);
    // The saves really ran during the backups: the snapshots differ, and the last one is behind the end.
    expect(new Set(counts).size).toBeGreaterThan(1);
    expect(counts.at(-1)!).toBeLessThanOrEqual(total);
  }, 60_000);
});

describe('a restore while another process saves', () => {
  it('lands whole under SQLite locking: nothing damaged, and the other process goes on saving into the restored data', async () => {
    const path = join(temp.dir(), 'notices.sqlite');
    const db = temp.track(openDatabase(path));
    addNotices(db, 'a', 'b');
    const backup = join(temp.dir(), 'backup.sqlite');
    await writeBackup(db, backup, boilerplate);
    deleteNotice(db, 'a');

    const saver = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/main/db/backup/save-loop.ts', path], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    saver.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    while (!output.includes('ready')) await new Promise((r) => setTimeout(r, 20));

    await restoreBackup({
      db,
      databasePath: path,
      source: backup,
      boilerplate,
      keepCurrent: () => writeBackup(db, join(temp.dir(), 'before.sqlite'), boilerplate).then((s) => s.path),
    });
    // The restored notices are what this connection reads at once.
    expect(noticeIds(db).filter((id) => !id.startsWith('loop-'))).toEqual(['a', 'b']);
    const savedBefore = db.prepare("SELECT count(*) FROM notices WHERE id LIKE 'loop-%'").pluck().get() as number;
    await new Promise((r) => setTimeout(r, 300));
    saver.stdin.end();
    const [code] = (await once(saver, 'exit')) as [number];
    expect(code).toBe(0);
    expect(integrityProblemsOfFile(db)).toEqual([]);
    expect(noticeIds(db).filter((id) => !id.startsWith('loop-'))).toEqual(['a', 'b']);
    // Saves that came after the restore are in it too.
    expect(db.prepare("SELECT count(*) FROM notices WHERE id LIKE 'loop-%'").pluck().get() as number).toBeGreaterThan(savedBefore);
  }, 60_000);
});

describe.skipIf(!mountable)('a full disk', () => {
  it('gives a Chinese message and leaves no partial backup file', async () => {
    const db = bulkyDatabase(join(temp.dir(), 'notices.sqlite'));
    const disk = mountSmallDisk(512)!;
    try {
      await expect(writeBackup(db, join(disk.dir, '备份.sqlite'), boilerplate)).rejects.toThrow(
        /^磁盘空间不足，无法写入“备份\.sqlite”。没有留下不完整的文件/,
      );
      expect(folderListing(disk.dir)).toEqual([]);
    } finally {
      disk.unmount();
    }
  });

  it('leaves the current data as it was when the restore itself runs out of space', async () => {
    const big = bulkyDatabase(join(temp.dir(), 'big.sqlite'));
    const backup = join(temp.dir(), 'big-backup.sqlite');
    await writeBackup(big, backup, boilerplate);

    const disk = mountSmallDisk(1024)!;
    try {
      const livePath = join(disk.dir, 'notices.sqlite');
      const live = temp.track(openDatabase(livePath));
      addNotices(live, 'a', 'b');
      const restore = restoreBackup({
        db: live,
        databasePath: livePath,
        source: backup,
        boilerplate,
        stagingFolder: temp.dir(),
        keepCurrent: () => writeBackup(live, join(temp.dir(), 'before.sqlite'), boilerplate).then((s) => s.path),
      });
      await expect(restore).rejects.toThrow(/^恢复未能完成，当前数据未作任何改动：磁盘空间不足/);
      // All or nothing: the old notices, intact, and the connection still saves.
      expect(noticeIds(live)).toEqual(['a', 'b']);
      expect(integrityProblems(live)).toEqual([]);
      addNotices(live, 'c');
      expect(noticeIds(live)).toEqual(['a', 'b', 'c']);
      expect(folderListing(temp.dir()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      disk.unmount();
    }
  });

  it('refuses a read-only place in Chinese', async () => {
    const db = bulkyDatabase(join(temp.dir(), 'notices.sqlite'));
    const disk = mountSmallDisk(64)!;
    try {
      const { execFileSync } = await import('node:child_process');
      execFileSync('mount', ['-o', 'remount,ro', join(disk.dir, '..')]);
      await expect(writeBackup(db, join(disk.dir, '备份.sqlite'), boilerplate)).rejects.toThrow(/没有写入权限，或该位置是只读的/);
    } finally {
      disk.unmount();
    }
  });
});
