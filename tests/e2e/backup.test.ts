import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { allItems } from '../../shared/model/tree';
import { sampleNotice } from '../support/sample-notice';
import { artifactsDir, launchApp, type LaunchedApp } from './support/launch-app';
import { label, ListPage } from './support/list-page';
import { SettingsPage } from './support/settings-page';

const templates = loadLayoutTemplates();
let app: LaunchedApp;

beforeAll(async () => {
  app = await launchApp();
});
afterAll(async () => {
  await app?.close();
});

describe('设置 → 备份与恢复', () => {
  it('立即备份, then 从备份恢复 brings back a deleted notice, after showing what the backup holds', async () => {
    const kept = sampleNotice(templates, 'duizhao', 2, 2);
    const deleted = { ...sampleNotice(templates, 'qingdan', 1, 3), id: 'to-be-deleted' };
    deleted.meta = { ...deleted.meta, round: '十四届市委第十二轮' };
    await app.services.saveNotice(kept);
    await app.services.saveNotice(deleted);
    const { page } = app;
    const settings = new SettingsPage(page);
    const list = new ListPage(page);
    const card = page.locator('.backup-card');

    await settings.goto();
    // The advice to copy the file by hand is gone.
    expect(await page.getByText('复制这个文件').count()).toBe(0);
    await card.getByRole('button', { name: label('立即备份') }).click();
    await card.getByText('已备份到：').waitFor();
    const backupPath = (await card.locator('.ant-alert-title').innerText()).replace(/^已备份到：/, '').trim();
    expect(backupPath.startsWith(app.exportDir)).toBe(true);
    expect(existsSync(backupPath)).toBe(true);

    await list.goto();
    await list.delete(deleted.id, 'confirm');
    expect(await list.ids()).not.toContain(deleted.id);

    await settings.goto();
    app.chooseRestoreFile(backupPath);
    await card.getByRole('button', { name: label('从备份恢复') }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '用这个备份恢复？' });
    await confirm.waitFor();
    const text = await confirm.innerText();
    expect(text).toContain(`2 份通报，共 ${allItems(kept.checklist).length + allItems(deleted.checklist).length} 个问题`);
    expect(text).toContain('十四届市委第十二轮');
    expect(text).toContain('恢复之前，程序会先把当前数据完整备份一份');
    mkdirSync(artifactsDir, { recursive: true });
    // After antd's zoom-in, so the picture shows the dialog as the user reads it.
    await page.waitForFunction(() => !document.querySelector('.ant-zoom-appear, .ant-zoom-enter'));
    await page.screenshot({ path: join(artifactsDir, 'backup-restore-confirm.png') });
    await confirm.getByRole('button', { name: '先备份当前数据，再恢复' }).click();
    await card.getByText('已从备份恢复：').waitFor();
    expect(await card.innerText()).toContain('恢复前的数据已备份到：');
    // The list of automatic backups shows the copy kept before the restore.
    await card.locator('.automatic-backup-list').getByRole('cell', { name: '恢复前', exact: true }).waitFor();

    await card.getByRole('button', { name: label('检查数据库') }).click();
    await card.getByText(/^数据库完好：完整性检查通过/).waitFor();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(artifactsDir, 'backup-card.png') });

    await list.goto();
    expect((await list.ids()).sort()).toEqual([kept.id, deleted.id].sort());
    expect((await list.readRow(deleted.id)).title).toContain('十四届市委第十二轮');
  });

  it('shows a refused backup file in Chinese and changes nothing', async () => {
    const { page } = app;
    const card = page.locator('.backup-card');
    await new SettingsPage(page).reload();
    const before = (await app.services.listNotices()).map((n) => n.id).sort();
    app.chooseRestoreFile(join(app.exportDir, '没有这个文件.sqlite'));
    await card.getByRole('button', { name: label('从备份恢复') }).click();
    await card.getByRole('alert').filter({ hasText: '从备份恢复失败：找不到文件' }).waitFor();
    expect((await app.services.listNotices()).map((n) => n.id).sort()).toEqual(before);
  });

  it('changes the automatic-backup folder through the folder dialog and the count kept, at once', async () => {
    const { page } = app;
    const card = page.locator('.backup-card');
    await new SettingsPage(page).reload();
    const chosen = join(app.exportDir, '自动备份在这里');
    mkdirSync(chosen, { recursive: true });
    app.chooseBackupFolder(chosen);
    await card.getByRole('button', { name: '更改…' }).click();
    await card.getByLabel('自动备份文件夹').filter({ hasText: chosen }).waitFor();
    expect(await app.services.getBackupSettings()).toMatchObject({ folder: chosen, isDefaultFolder: false });

    const keep = card.getByRole('spinbutton', { name: '保留自动备份份数' });
    await keep.fill('3');
    await keep.press('Tab');
    await expect.poll(async () => (await app.services.getBackupSettings()).keep).toBe(3);

    await card.getByRole('button', { name: '恢复默认位置' }).click();
    await card.getByText('（默认，在数据库旁边）').waitFor();
    expect(await app.services.getBackupSettings()).toMatchObject({ isDefaultFolder: true, keep: 3 });
  });
});
