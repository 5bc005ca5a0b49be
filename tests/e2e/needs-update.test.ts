import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, Notice } from '../../shared/model/notice';
import { allItems, findNode } from '../../shared/model/tree';
import { seedNotice } from '../support/seed-notice';
import { EditorPage } from './support/editor-page';
import { launchApp, type LaunchedApp } from './support/launch-app';

/**
 * How 待更新 goes with the ways a progress text is
 * changed in the editor. Pressing Enter at the end of the progress adds
 * nothing a reader would see; 全部替换 rewrites what it says.
 */
let app: LaunchedApp;
let editor: EditorPage;
let next: Notice;
const stored = async (id: string) => findNode((await app.services.getNotice(next.id)).checklist, id)!.node as Item;

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  for (const { id } of await app.services.listNotices()) await app.services.deleteNotice(id);
  await app.services.saveNotice(seedNotice('000_fca5672edf850d55'));
  next = await app.services.createNextStage('seed-000');
  await editor.openNotice(next.id);
});
afterAll(async () => {
  await app?.close();
});

describe('待更新 and the ways a progress text is changed', () => {
  it('stays when Enter only adds an empty line at the end of the progress', async () => {
    const item = allItems(next.checklist)[0]!;
    await editor.select(item.id);
    await editor.focusEnd('整改落实情况');
    await app.page.keyboard.press('Enter');
    await editor.waitSaved();
    expect((await stored(item.id)).needsUpdate).toBe(true);
  });

  it('goes when 全部替换 rewrites an item’s progress', async () => {
    const item = allItems(next.checklist)[3]!;
    const word = item.progress.paragraphs
      .map((p) => p.children.map((c) => c.text).join(''))
      .join('')
      .slice(0, 6);
    await editor.select(item.id);
    await app.page.keyboard.press('Control+h');
    const bar = app.page.locator('.find-bar');
    await bar.getByRole('textbox', { name: '查找', exact: true }).fill(word);
    await bar.getByRole('textbox', { name: '替换为' }).fill('【已改写】');
    await bar.getByRole('button', { name: '全部替换' }).click();
    await app.page
      .locator('.ant-message')
      .getByText(/已替换 \d+ 处/)
      .waitFor();
    await editor.waitSaved();
    const after = await stored(item.id);
    expect(JSON.stringify(after.progress)).toContain('【已改写】');
    expect(after.needsUpdate).toBe(false);
  });
});
