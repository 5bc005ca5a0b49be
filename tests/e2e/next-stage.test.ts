import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, Notice } from '../../shared/model/notice';
import { allItems, findNode } from '../../shared/model/tree';
import { seedNotice } from '../support/seed-notice';
import { EditorPage } from './support/editor-page';
import { artifactsDir, launchApp, type LaunchedApp } from './support/launch-app';
import { label, ListPage } from './support/list-page';

/**
 * 生成下一阶段通报 end to end, as an office starts its progress notice from
 * the interim one: from the list, through the dialog, into the editor of the
 * new notice, updating one item, and back to the list. The tests run in
 * order, as one session would.
 */
let app: LaunchedApp;
let list: ListPage;
let editor: EditorPage;
let source: Notice;
let created: Notice;
let first: Item;

const SEED = '000_fca5672edf850d55';
const itemCount = () => allItems(source.checklist).length;
const storedItem = async (id: string) => findNode((await app.services.getNotice(created.id)).checklist, id)!.node as Item;

/** The 待更新 line of 整改概况 (shown while no item is selected). */
async function summaryCount(): Promise<string> {
  const cell = app.page
    .locator('.notice-summary .ant-descriptions-item-label', { hasText: /^待更新$/ })
    .locator('xpath=following-sibling::*[1]');
  return (await cell.innerText()).trim();
}

beforeAll(async () => {
  app = await launchApp();
  list = new ListPage(app.page);
  editor = new EditorPage(app);
  for (const { id } of await app.services.listNotices()) await app.services.deleteNotice(id);
  await app.services.saveNotice(seedNotice(SEED));
  source = await app.services.getNotice('seed-000');
  await list.reload();
});
afterAll(async () => {
  await app?.close();
});

describe('生成下一阶段通报', () => {
  it('from the list: the dialog names the next stage and leaves 成文日期 empty unless asked', async () => {
    expect(source.meta.stage).toBe('interim');
    await list
      .row(source.id)
      .getByRole('button', { name: label('生成下一阶段') })
      .click();
    const dialog = app.page.getByRole('dialog', { name: '生成下一阶段通报' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('生成一份“进展”通报的草稿');
    expect(text).toContain('原通报为“阶段性进展”');
    expect(await dialog.getByRole('radio', { name: /^暂不填写/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /^今天（\d{4}年\d{1,2}月\d{1,2}日）$/ }).isChecked()).toBe(false);
    await app.page.mouse.move(10, 740);
    await app.page.screenshot({ path: join(artifactsDir, 'next-stage-dialog.png'), animations: 'disabled' });

    const before = (await app.services.listNotices()).map((n) => n.id);
    await dialog.getByRole('button', { name: '生成并打开' }).click();
    await list.heading.waitFor({ state: 'detached' });
    await app.page.locator('.editor-screen').waitFor();
    const ids = (await app.services.listNotices()).map((n) => n.id).filter((id) => !before.includes(id));
    expect(ids).toHaveLength(1);
    created = await app.services.getNotice(ids[0]!);
    expect(app.page.url()).toContain(encodeURIComponent(created.id));
  });

  it('lands in the new notice: its title says 进展, its 成文日期 is empty, the old notice is as it was', async () => {
    const title = await app.page.locator('.editor-title').innerText();
    expect(title).toContain('巡察整改进展情况的通报');
    expect(title).not.toContain('阶段性进展');
    expect(created.meta.stage).toBe('progress');
    expect(created.meta.publicationDate).toBeNull();
    await editor.openMetadata();
    expect(await app.page.getByRole('textbox', { name: '成文日期' }).inputValue()).toBe('');
    const old = await app.services.getNotice(source.id);
    expect(old.meta).toEqual(source.meta);
    expect(allItems(old.checklist).every((item) => !item.needsUpdate)).toBe(true);
  });

  it('shows 待更新 on every item in the outline and counts them in 整改概况', async () => {
    await app.page.locator('.outline-tree').waitFor();
    // Every item shows in the outline (groups open), each marked.
    const items = app.page.locator('.outline-tree .outline-item');
    expect(await items.count()).toBe(itemCount());
    expect(await app.page.locator('.outline-tree .outline-item .outline-needs-update').count()).toBe(itemCount());
    await editor.select('part:organisation');
    expect(await summaryCount()).toBe(`${itemCount()} 个`);
  });

  it('an item 待更新 says so in its panel; editing its progress takes the mark away, and the count drops by one', async () => {
    first = allItems(created.checklist)[0]!;
    await editor.select(first.id);
    const heading = app.page.locator('.item-panel h2.panel-title');
    expect(await heading.innerText()).toContain('待更新');
    const note = app.page.locator('.needs-update-note');
    expect(await note.innerText()).toContain('本条的整改落实情况沿用上一阶段（阶段性进展）的内容');
    // 历次进展 in its properties: the interim notice's progress, folded until opened.
    const history = app.page.getByRole('region', { name: '历次进展' });
    const header = history.locator('.ant-collapse-header');
    expect(await header.innerText()).toMatch(/阶段性进展\s*·\s*2020年12月21日\s*·\s*已完成/);
    await header.click();
    await history.getByText('2020年7月30日，局党组召开第22次局党组会议', { exact: false }).waitFor();
    await history.locator('.stage-history-text').scrollIntoViewIfNeeded();
    await app.page.mouse.move(700, 740);
    await app.page.screenshot({ path: join(artifactsDir, 'next-stage-editor.png'), animations: 'disabled' });

    await editor.typeInField('整改落实情况', '截至目前，分工调整已全部落实到位。');
    await note.waitFor({ state: 'detached' });
    expect(await heading.innerText()).not.toContain('待更新');
    expect(await app.page.locator(`.outline-tree [data-outline-key="${first.id}"] .outline-needs-update`).count()).toBe(0);
    expect(await app.page.locator('.outline-tree .outline-item .outline-needs-update').count()).toBe(itemCount() - 1);
    await editor.waitSaved();
    expect((await storedItem(first.id)).needsUpdate).toBe(false);
    // The history stays: it is what was published, not what is being written.
    expect((await storedItem(first.id)).history).toHaveLength(1);

    await editor.select('part:organisation');
    expect(await summaryCount()).toBe(`${itemCount() - 1} 个`);
  });

  it('the edit and the mark are one step: one undo of a paste into the progress brings both back', async () => {
    const second = allItems(created.checklist)[1]!;
    await editor.select(second.id);
    const before = await editor.richText('整改落实情况');
    await editor.focusEnd('整改落实情况');
    await editor.paste({ 'text/plain': '已按新的分工运行。' });
    await app.page.locator('.needs-update-note').waitFor({ state: 'detached' });
    await editor.undo();
    await app.page.locator('.needs-update-note').waitFor();
    expect(await editor.richText('整改落实情况')).toEqual(before);
    expect(await app.page.locator(`.outline-tree [data-outline-key="${second.id}"] .outline-needs-update`).count()).toBe(1);
  });

  it('标记为已更新 takes the mark off an item whose progress still holds', async () => {
    const second = allItems(created.checklist)[1]!;
    await editor.select(second.id);
    await app.page.locator('.needs-update-note').getByRole('button', { name: '标记为已更新' }).click();
    await app.page.locator('.needs-update-note').waitFor({ state: 'detached' });
    await editor.waitSaved();
    expect((await storedItem(second.id)).needsUpdate).toBe(false);
    // One undo brings the mark back: it was one step.
    await editor.undo();
    await app.page.locator('.needs-update-note').waitFor();
    await editor.waitSaved();
    expect((await storedItem(second.id)).needsUpdate).toBe(true);
  });

  it('the 送审检查 lists each item still 待更新, and a finding takes the editor to its item', async () => {
    const toggle = app.page.locator('.side-toggles').getByRole('button', { name: '检查', exact: true });
    await toggle.click();
    const findings = app.page.locator('.check-panel .check-finding', { hasText: '本条的整改进展沿用上一阶段，尚未更新' });
    await findings.first().waitFor();
    // The second item is 待更新 again (undone above); the first is updated.
    expect(await findings.count()).toBe(itemCount() - 1);
    const third = allItems(created.checklist)[2]!;
    expect(await findings.nth(1).locator('.check-place').innerText()).toContain(third.problem.slice(0, 10));
    await findings.nth(1).locator('.check-message').click();
    await app.page.locator(`.ant-tree-treenode-selected [data-outline-key="${third.id}"]`).waitFor();
    await toggle.click();
  });

  it('back in the list, the new notice is on top, at 进展, with its 待更新 count', async () => {
    await app.page.getByRole('button', { name: label('返回列表') }).click();
    await list.waitUntilLoaded();
    expect((await list.ids())[0]).toBe(created.id);
    const row = await list.readRow(created.id);
    expect(row.title).toContain('巡察整改进展情况的通报');
    expect(row.stage).toMatch(new RegExp(`^进展\\s*待更新 ${itemCount() - 1}$`));
    expect(await list.row(created.id).locator('.needs-update-count').innerText()).toBe(`待更新 ${itemCount() - 1}`);
    // The interim notice had nothing carried over: no tag.
    expect(await list.row(source.id).locator('.needs-update-count').count()).toBe(0);
    await app.page.mouse.move(10, 740);
    await app.page.screenshot({ path: join(artifactsDir, 'next-stage-list.png'), animations: 'disabled' });
  });

  it('from the editor’s 更多, with 今天: what was just typed is in the new 整改情况 notice, dated today', async () => {
    await list.open(created.id);
    await editor.select(first.id);
    // Typed while the database refused the save, and asked for the next stage once it takes writes
    // again: nothing would save the change by itself (a failed save waits for the next edit), so
    // the copy holds it only because the editor saves before the copy is made.
    app.db.pragma('query_only = 1');
    await editor.typeInField('整改落实情况', '已形成长效机制。');
    await app.page.locator('.save-indicator[data-save-state="failed"]').waitFor();
    app.db.pragma('query_only = 0');
    await app.page
      .locator('.editor-toolbar')
      .getByRole('button', { name: label('更多') })
      .click();
    await app.page.getByRole('menuitem', { name: '生成下一阶段通报' }).click();
    const dialog = app.page.getByRole('dialog', { name: '生成下一阶段通报' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('生成一份“整改情况”通报的草稿');
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await dialog.getByRole('radio', { name: `今天（${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日）` }).check();
    const before = (await app.services.listNotices()).map((n) => n.id);
    await dialog.getByRole('button', { name: '生成并打开' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await app.page.waitForFunction((id) => !location.hash.includes(encodeURIComponent(id)), created.id);
    await app.page.locator('.editor-screen').waitFor();
    const [finalId] = (await app.services.listNotices()).map((n) => n.id).filter((id) => !before.includes(id));
    const final = await app.services.getNotice(finalId!);
    expect(final.meta.stage).toBe('final');
    expect(final.meta.publicationDate).toBe(today);
    expect(await app.page.locator('.editor-title').innerText()).toMatch(/巡察整改情况的通报$/);
    const carried = allItems(final.checklist)[0]!;
    expect(carried.progress.paragraphs.map((p) => p.children.map((r) => r.text).join('')).join('')).toContain('已形成长效机制。');
    // Both earlier stages in its history, oldest first; 进展 had no 成文日期.
    await editor.select(carried.id);
    const headers = await app.page.getByRole('region', { name: '历次进展' }).locator('.ant-collapse-header').allInnerTexts();
    expect(headers.map((h) => h.replace(/\s+/g, ''))).toEqual(['阶段性进展·2020年12月21日·已完成', '进展·未填成文日期·已完成']);
  });

  it('from a final notice, the dialog says the next is 整改情况 again; 取消 makes nothing', async () => {
    const count = (await app.services.listNotices()).length;
    await app.page
      .locator('.editor-toolbar')
      .getByRole('button', { name: label('更多') })
      .click();
    await app.page.getByRole('menuitem', { name: '生成下一阶段通报' }).click();
    const dialog = app.page.getByRole('dialog', { name: '生成下一阶段通报' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('生成一份“整改情况”通报的草稿（原通报已是“整改情况”，新通报仍为“整改情况”）');
    await dialog.getByRole('button', { name: label('取消') }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await app.services.listNotices()).length).toBe(count);
  });
});
