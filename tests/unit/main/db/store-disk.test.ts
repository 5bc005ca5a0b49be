import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openStore, type Store } from '../../../../main/db/open-database';
import { dispatchApiCall } from '../../../../main/ipc/dispatch';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { cli, cliAs } from '../../../support/run-cli';
import { mountSmallDisk, NO_SMALL_DISK, type SmallDisk } from '../../../support/small-disk';
import { largeNotice, smallNotice, useTempDir } from './fixtures';

const templates = loadLayoutTemplates();
const rooted = process.getuid?.() === 0;

function servicesOn(store: Store): Api {
  return createServices({
    db: store.db,
    databasePath: store.status.databasePath,
    status: store.status,
    templates,
    dialogs: { chooseImportPath: async () => null, chooseExportPath: async () => null, showInFolder: () => undefined },
  });
}

/** Latin words in a message a user reads mean English got through. */
const ENGLISH = /[A-Za-z]{3,}/;

describe('a disk that cannot take the writes', () => {
  const temp = useTempDir();
  let disk: SmallDisk | null = null;
  afterEach(() => {
    disk?.unmount();
    disk = null;
  });

  it('opens a database in a read-only folder read-only, says why, and every notice can still be read', async (context) => {
    disk = mountSmallDisk(8 * 1024 * 1024);
    if (!disk) return context.skip(NO_SMALL_DISK);
    const path = join(disk.dir, 'notices.sqlite');
    const { db } = openStore(path);
    saveNotice(db, smallNotice('n1'));
    db.close();
    disk.remountReadOnly();
    const before = readFileSync(path);

    const store = openStore(path);
    temp.track(store.db);
    expect(store.status.mode).toBe('read-only');
    expect(store.status.reason).toBe('数据库所在的文件夹是只读的，只能查看和导出，不能修改');
    const services = servicesOn(store);
    const notice = await services.getNotice('n1');
    const save = await dispatchApiCall(services, 'saveNotice', [notice]);
    expect(save.ok).toBe(false);
    if (!save.ok) {
      expect(save.error.message).toMatch(/只读/);
      expect(save.error.message).not.toMatch(ENGLISH);
    }
    store.db.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('opens a read-only file read-only from the command line, and a write is refused in one Chinese line', async () => {
    const dir = temp.dir();
    const path = join(dir, 'notices.sqlite');
    const { db } = openStore(path);
    saveNotice(db, smallNotice('n1'));
    db.close();
    const exchange = join(dir, 'n2.json');
    const write = await cli('export-json', 'n1', '--out', exchange, '--db', path);
    expect(write.code).toBe(0);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o777);
    const before = readFileSync(path);
    // As root every file is writable: run the command line as an ordinary user, as a real office PC would.
    const asUser = rooted ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];

    const list = await cliAs(asUser, ['list', '--db', path]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^n1\t/m);
    expect(list.stderr).toMatch(/数据库文件是只读的，只能查看和导出，不能修改/);
    const refused = await cliAs(asUser, ['import-json', exchange, '--db', path]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n').at(-1)).toMatch(/^错误：.*只读/);
    expect(refused.stderr).not.toMatch(ENGLISH);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('says in Chinese that the disk is full, keeps what was stored, and saves once there is room again', async (context) => {
    disk = mountSmallDisk(1536 * 1024);
    if (!disk) return context.skip(NO_SMALL_DISK);
    const path = join(disk.dir, 'notices.sqlite');
    const store = openStore(path);
    temp.track(store.db);
    // Found at open already, before any save fails.
    expect(store.status.findings.join('')).toMatch(/^数据库所在的磁盘只剩 \d+\.\d MB 可用空间，保存可能失败/);
    const services = servicesOn(store);
    saveNotice(store.db, smallNotice('n1'));
    // Fill what is left of the disk.
    const filler = join(disk.dir, 'filler.bin');
    let size = 1024 * 1024;
    for (;;) {
      try {
        writeFileSync(filler, Buffer.alloc(size), { flag: 'a' });
      } catch {
        if (size <= 4096) break;
        size = Math.floor(size / 4);
      }
    }
    const big = largeNotice();
    const answer = await dispatchApiCall(services, 'saveNotice', [big]);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.message).toMatch(/磁盘空间已满/);
      expect(answer.error.message).not.toMatch(ENGLISH);
    }
    expect(getNotice(store.db, 'n1')).not.toBeNull();
    rmSync(filler);
    expect((await dispatchApiCall(services, 'saveNotice', [big])).ok).toBe(true);
    expect(getNotice(store.db, big.id)?.checklist).toHaveLength(big.checklist.length);
    store.db.close();
  });
});
