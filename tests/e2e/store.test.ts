import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../main/db/open-database';
import { writeBackup } from '../../main/db/backup/write-backup';
import { listNotices, saveNotice } from '../../main/db/notices';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { sampleNotice } from '../support/sample-notice';
import { mountSmallDisk, NO_SMALL_DISK, type SmallDisk } from '../support/small-disk';
import { artifactsDir, launchApp, type LaunchedApp } from './support/launch-app';
import { EditorPage } from './support/editor-page';
import { label } from './support/list-page';
import { AUTOSAVE_DELAY_MS } from '../../renderer/screens/editor/useAutosave';

const templates = loadLayoutTemplates();
let app: LaunchedApp | null = null;
let disk: SmallDisk | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  disk?.unmount();
  disk = null;
});

/** A database file with two realistic notices, closed. */
function databaseWithTwo(path: string): string[] {
  const { db } = openStore(path);
  const notices = [sampleNotice(templates, 'duizhao', 2, 2), sampleNotice(templates, 'qingdan', 1, 3)];
  for (const notice of notices) saveNotice(db, notice);
  db.close();
  return notices.map((n) => n.id);
}

/** True when the save indicator says 保存失败 and keeps saying it for twice the autosave's quiet time. */
function failedForAWhile(page: Page): Promise<boolean> {
  return page.evaluate(
    (quiet) =>
      new Promise<boolean>((resolve) => {
        const indicator = document.querySelector('[data-save-state]');
        if (indicator?.getAttribute('data-save-state') !== 'failed') return resolve(false);
        const observer = new MutationObserver(() => resolve(false));
        observer.observe(indicator, { attributes: true, attributeFilter: ['data-save-state'] });
        setTimeout(() => {
          observer.disconnect();
          resolve(indicator.isConnected && indicator.getAttribute('data-save-state') === 'failed');
        }, quiet);
      }),
    2 * AUTOSAVE_DELAY_MS,
  );
}

describe('the window and a database that cannot be written', () => {
  it('says in Chinese that the disk is full, keeps the typed text, and saves it with 重试 once there is room', async (context) => {
    disk = mountSmallDisk(3 * 1024 * 1024);
    if (!disk) return context.skip(NO_SMALL_DISK);
    const dbPath = join(disk.dir, 'notices.sqlite');
    const [first] = databaseWithTwo(dbPath);
    app = await launchApp({ dbPath });
    const editor = new EditorPage(app);
    await editor.openNotice(first!);
    await editor.field('正文').waitFor();
    // The disk fills up while the user works.
    const filler = join(disk.dir, 'filler.bin');
    for (let size = 1 << 20; size >= 4096;) {
      try {
        writeFileSync(filler, Buffer.alloc(size), { flag: 'a' });
      } catch {
        size = Math.floor(size / 4);
      }
    }
    await editor.focusEnd('正文');
    await editor.typeInField('正文', '磁盘满时写下的这一句不能丢。'.repeat(40));
    const indicator = app.page.locator('[data-save-state]');
    // Wait for the autosave's last try, not an earlier one made while typing:
    // a try still waiting would succeed by itself once the filler goes, and 重试 with it.
    await expect.poll(() => failedForAWhile(app!.page), { timeout: 20_000 }).toBe(true);
    const shown = await indicator.innerText();
    expect(shown).toMatch(/保存失败：未能保存到数据库：磁盘空间已满/);
    expect(shown).not.toMatch(/[A-Za-z]{3,}/);
    expect((await editor.richText('正文')).join('')).toContain('磁盘满时写下的这一句不能丢。');
    await app.page.screenshot({ path: join(artifactsDir, 'store-disk-full.png') });

    rmSync(filler);
    await app.page.getByRole('button', { name: '重试' }).click();
    await editor.waitSaved();
    const stored = await app.services.getNotice(first!);
    expect(JSON.stringify(stored.parts.organisation.body)).toContain('磁盘满时写下的这一句不能丢。');
  });

  it('shows a read-only database with a banner, and nothing can be typed into the notice', async (context) => {
    disk = mountSmallDisk(16 * 1024 * 1024);
    if (!disk) return context.skip(NO_SMALL_DISK);
    const dbPath = join(disk.dir, 'notices.sqlite');
    const [first] = databaseWithTwo(dbPath);
    disk.remountReadOnly();
    const before = readFileSync(dbPath);

    app = await launchApp({ dbPath });
    const { page } = app;
    const banner = page.getByRole('region', { name: '数据库状态' });
    await expect.poll(() => banner.innerText()).toMatch(/数据库以只读方式打开[\s\S]*数据库所在的文件夹是只读的，只能查看和导出，不能修改/);
    expect(await page.getByRole('button', { name: '新建通报' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '导入通报' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '导出数据' }).first().waitFor();

    const editor = new EditorPage(app);
    await editor.openNotice(first!);
    const field = editor.field('正文');
    await field.waitFor();
    expect(await field.getAttribute('contenteditable')).toBe('false');
    await field.click();
    await page.keyboard.type('不应写入');
    expect(await field.innerText()).not.toContain('不应写入');
    expect(await page.locator('.editor-toolbar').innerText()).toContain('只读');
    expect(await page.getByRole('button', { name: '新增问题' }).isDisabled()).toBe(true);
    expect(await editor.field('部分标题').isDisabled()).toBe(true);
    // The outline still leads to every item, shown but not editable.
    await page.locator('.outline-tree .outline-text', { hasText: '问题1' }).first().click();
    expect(await editor.field('反馈问题').isDisabled()).toBe(true);
    await page.screenshot({ path: join(artifactsDir, 'store-read-only.png') });
    // 设置 cannot be changed either; a backup can still be taken.
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('button', { name: '立即备份' }).waitFor();
    expect(await page.getByRole('button', { name: '保存', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '立即备份' }).isDisabled()).toBe(false);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('lists a damaged notice with 导出原始数据 while the others open, and tells what the checks at open did', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zgtb-store-e2e-'));
    const dbPath = join(dir, 'notices.sqlite');
    const [good, bad] = databaseWithTwo(dbPath);
    const raw = new BetterSqlite3(dbPath);
    raw.pragma('ignore_check_constraints = 1');
    raw.prepare(`UPDATE notices SET meta = '{"issuer": 截断' WHERE id = ?`).run(bad);
    raw.close();
    // And a log from another copy of the database beside it, as restoring a copied file leaves.
    const other = join(dir, 'other.sqlite');
    databaseWithTwo(other);
    const live = openStore(other);
    saveNotice(live.db, sampleNotice(templates, 'fenlei', 1, 1));
    copyFileSync(`${other}-wal`, `${dbPath}-wal`);
    live.db.close();

    app = await launchApp({ dbPath });
    const { page } = app;
    const banner = page.getByRole('region', { name: '数据库状态' });
    await expect.poll(() => banner.innerText()).toMatch(/日志文件不是这个数据库的[\s\S]*已改名保存为/);
    expect(readdirSync(dir).some((name) => name.startsWith('notices.sqlite-wal.未合并-'))).toBe(true);

    const row = page.locator('tr', { hasText: '已损坏' });
    await row.waitFor();
    await row.getByRole('button', { name: '导出原始数据' }).click();
    await expect.poll(() => app!.shown.length).toBe(1);
    const exported = JSON.parse(readFileSync(app.shown[0]!, 'utf8'));
    expect(exported.format).toBe('zhenggai-tongbao/raw-notice');
    expect(exported.notice.meta).toBe('{"issuer": 截断');
    await page.screenshot({ path: join(artifactsDir, 'store-damaged-notice.png') });

    const editor = new EditorPage(app);
    await editor.openNotice(good!);
    await editor.field('正文').waitFor();
    expect(await editor.field('正文').getAttribute('contenteditable')).toBe('true');
  });

  it('restores a backup over a damaged database, keeping the damaged file, and starts again to use it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zgtb-salvage-e2e-'));
    const dbPath = join(dir, 'notices.sqlite');
    const ids = databaseWithTwo(dbPath);
    const backup = join(dir, '上周的备份.sqlite');
    const live = openStore(dbPath);
    await writeBackup(live.db, backup, templates.boilerplate);
    live.db.close();
    // A page of the file goes bad afterwards.
    const bytes = Buffer.from(readFileSync(dbPath));
    bytes.fill(0xa5, 3 * 4096, 3 * 4096 + 16);
    writeFileSync(dbPath, bytes);

    app = await launchApp({ dbPath });
    const { page } = app;
    await expect.poll(() => page.getByRole('region', { name: '数据库状态' }).innerText()).toMatch(/数据库已损坏，以只读方式打开/);
    await page.getByRole('menuitem', { name: '设置' }).click();
    app.chooseRestoreFile(backup);
    await page.getByRole('button', { name: label('从备份恢复') }).click();
    await page.getByRole('button', { name: '先备份当前数据，再恢复' }).click();
    const restart = page.getByRole('dialog').filter({ hasText: '需要重新启动程序' });
    await restart.waitFor();
    await page.waitForFunction(() => !document.querySelector('.ant-zoom-appear, .ant-zoom-enter, .ant-zoom-leave'));
    await page.screenshot({ path: join(artifactsDir, 'store-salvage-restored.png') });
    await restart.getByRole('button', { name: '立即重新启动' }).click();
    await expect.poll(() => app!.restarts()).toBe(1);

    // The damaged file is kept as it was, and a new start opens the restored data for writing.
    const kept = readdirSync(join(dir, '备份')).find((name) => /^整改通报-恢复前备份-.*\.sqlite$/.test(name))!;
    expect(readFileSync(join(dir, '备份', kept)).equals(bytes)).toBe(true);
    await app.close();
    app = null;
    const reopened = openStore(dbPath);
    expect(reopened.status.mode).toBe('write');
    expect(
      listNotices(reopened.db, templates.boilerplate)
        .map((n) => n.id)
        .sort(),
    ).toEqual([...ids].sort());
    reopened.db.close();
  });
});
