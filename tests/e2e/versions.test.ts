import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, Notice } from '../../shared/model/notice';
import { allItems } from '../../shared/model/tree';
import { seedNotices } from '../unit/main/library/support';
import { EditorPage } from './support/editor-page';
import { artifactsDir, launchApp, type LaunchedApp } from './support/launch-app';
import { VersionsPanel } from './support/versions-panel';

/**
 * 历史版本 in the window, on the real services and a real SQLite file: a
 * named version saved, the notice edited, the two compared (the change
 * marked), the version read, and restored — the old text back in the editor
 * and in the database, the edited text kept as a version. In order, as one
 * session would go.
 */
let app: LaunchedApp;
let editor: EditorPage;
let panel: VersionsPanel;
let notice: Notice;
let item: Item;
const ADDED = '（送审后补充的内容）';
const NEW_ITEM = '送审后新增的一个问题';
let addedId: string;

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  app = await launchApp();
  editor = new EditorPage(app);
  panel = new VersionsPanel(app.page);
  notice = seedNotices()[0]!;
  await app.services.saveNotice(notice);
  item = allItems(notice.checklist)[1]!;
  await editor.openNotice(notice.id);
});
afterAll(async () => {
  await app?.close();
});

describe('历史版本', () => {
  it('saves a named version from the drawer', async () => {
    await panel.screenshot('toolbar');
    // An export first: its version notes the file.
    await editor.exportDocx();
    await panel.open();
    await panel.saveVersion('送审稿');
    const rows = await panel.rowTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/手动保存\s*送审稿/);
    expect(rows[1]).toMatch(/导出时自动保存\s*Word 文件\s*文件：.*\.docx/);
    const [named, exported] = await app.services.listVersions(notice.id);
    expect(named).toMatchObject({ reason: 'named', name: '送审稿' });
    expect(exported).toMatchObject({ reason: 'export', file: editor.lastExported });
    await panel.screenshot('drawer');
    await panel.close();
  });

  it('compares the version with the edited notice, the change marked', async () => {
    await editor.selectNode(item.id);
    const field = editor.field('反馈问题');
    await field.click();
    await field.press('End');
    await editor.page.keyboard.type(ADDED);
    await editor.waitSaved();
    expect(allItems((await editor.stored(notice.id)).checklist)[1]!.problem).toBe(item.problem + ADDED);
    // And a new item, right after it.
    addedId = await editor.addItem(NEW_ITEM);
    await editor.waitSaved();

    await panel.open();
    const view = await panel.compareWithCurrent('送审稿');
    const added = view.locator('.comparison-node-list.added .comparison-node');
    expect(await added.allTextContents()).toEqual([expect.stringMatching(new RegExp(`^问题3\\.${NEW_ITEM}位于：`))]);
    const change = view.locator('.comparison-field[data-field="反馈问题"]');
    await change.waitFor();
    expect(await change.locator('ins').allTextContents()).toEqual([ADDED]);
    expect(await change.locator('del').count()).toBe(0);
    expect(await view.textContent()).toContain('修改 1 处');
    await panel.screenshot('comparison');
    await panel.backToList();
  });

  it('opens a version read-only, as the document reads', async () => {
    const reader = await panel.view('送审稿');
    const text = (await reader.textContent()) ?? '';
    expect(text).toContain(item.problem);
    expect(text).not.toContain(ADDED);
    expect(await reader.locator('input, textarea, [contenteditable="true"]').count()).toBe(0);
    await panel.screenshot('read');
    await panel.backToList();
  });

  it('restores the version: the old text in the editor and in the database, the edit kept as a version', async () => {
    await panel.restore('送审稿', '恢复为当前', 'restore-dialog');
    await panel.drawer.waitFor({ state: 'hidden' });
    await editor.page.locator('.version-message').filter({ hasText: '已恢复为' }).waitFor();

    expect(allItems((await editor.stored(notice.id)).checklist)[1]!.problem).toBe(item.problem);
    await editor.selectNode(item.id);
    expect(await editor.field('反馈问题').inputValue()).toBe(item.problem);
    // The item added after the version is gone from the outline, as from the database.
    expect(await editor.outlineNode(addedId).count()).toBe(0);
    expect(allItems((await editor.stored(notice.id)).checklist).some((i) => i.id === addedId)).toBe(false);
    // Nothing of the replaced text comes back through autosave.
    await editor.page.waitForTimeout(1200);
    await editor.waitSaved();
    expect(allItems((await editor.stored(notice.id)).checklist)[1]!.problem).toBe(item.problem);

    const versions = await app.services.listVersions(notice.id);
    expect(versions.map((v) => v.reason)).toEqual(['restore', 'named', 'export']);
    const kept = await app.services.getVersion(notice.id, versions[0]!.id);
    expect(allItems(kept.notice.checklist)[1]!.problem).toBe(item.problem + ADDED);

    // Editing goes on from the restored text.
    const field = editor.field('反馈问题');
    await field.click();
    await field.press('End');
    await editor.page.keyboard.type('。');
    await editor.waitSaved();
    expect(allItems((await editor.stored(notice.id)).checklist)[1]!.problem).toBe(`${item.problem}。`);
  });

  it('compares two versions ticked in the list', async () => {
    await panel.open();
    await panel.row('送审稿').locator('.ant-checkbox-input').check();
    await panel.row('恢复到版本').locator('.ant-checkbox-input').check();
    await panel.drawer.getByRole('button', { name: '比较所选的两个版本' }).click();
    const view = panel.drawer.locator('.version-comparison');
    await view.waitFor();
    expect(await view.locator('.comparison-field[data-field="反馈问题"] ins').allTextContents()).toEqual([ADDED]);
    expect(await view.locator('.comparison-node-list.added').textContent()).toContain(NEW_ITEM);
    await panel.backToList();
  });

  it('restores a version as a new notice, leaving this one as it is', async () => {
    await panel.restore('恢复到版本', '另存为新通报');
    await editor.page.locator('.version-message').filter({ hasText: '已另存为新通报' }).waitFor();
    const notices = await app.services.listNotices();
    expect(notices).toHaveLength(2);
    const copy = await app.services.getNotice(notices.find((n) => n.id !== notice.id)!.id);
    expect(allItems(copy.checklist)[1]!.problem).toBe(item.problem + ADDED);
    expect(allItems((await editor.stored(notice.id)).checklist)[1]!.problem).toBe(`${item.problem}。`);
  });
});
