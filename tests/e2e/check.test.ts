import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, createItem } from '../../shared/model/factory';
import type { Item, Notice } from '../../shared/model/notice';
import { paragraphText, plainList } from '../../shared/model/rich-text';
import { allItems } from '../../shared/model/tree';
import { EditorPage } from './support/editor-page';
import { launchApp, type LaunchedApp } from './support/launch-app';

/**
 * 检查 end to end in Chromium with the real services: a notice with the
 * mistakes a 办公室 proofreader marks, the findings shown grouped with their
 * places, each linked to its text; 修正, 全部修正 and 忽略 as steps of the
 * history, 忽略 kept with the notice; 导出 Word asks first while errors remain.
 */
let app: LaunchedApp;
let editor: EditorPage;
let notice: Notice;
let item: Item;

const MEASURE = '截止目前，已完成整改，，建立了的的长效机制。';
const FIXED_MEASURE = '截至目前，已完成整改，建立了的长效机制。';

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  const made = await app.services.createNotice({ kind: 'layout', layoutId: 'duizhao' });
  item = createItem({
    problem: '理论学习不够深入',
    measures: plainList([MEASURE], '一是'),
    progress: plainList(['已建立学习制度。'], '一是'),
  });
  const other = createItem({
    problem: '议事规则执行不严格',
    measures: plainList(['修订议事规则。'], '一是'),
    progress: plainList(['已修订。'], '一是'),
  });
  made.meta = {
    ...made.meta,
    issuer: '中共某某市民政局党组',
    issuerShort: '市民政局党组',
    round: '十四届市委第十轮',
    inspectionGroup: '市委第二巡察组',
    inspectionStart: '2020-05-19',
    inspectionEnd: '2020-06-19',
    feedbackDate: '2020-09-23',
    // No 成文日期: an error without a text to fix.
    publicationDate: null,
    signature: '中共某某市民政局党组',
  };
  made.checklist = [createGroup('党的领导弱化的问题', [item, other])];
  await app.services.saveNotice(made);
  notice = await app.services.getNotice(made.id);
  await app.page.setViewportSize({ width: 1366, height: 800 });
  await editor.openNotice(notice.id);
});
afterAll(async () => {
  await app?.close();
});

const pane = () => app.page.locator('.check-panel');
const finding = (text: string) => pane().locator('.check-finding', { hasText: text });
const measures = async () => paragraphText(allItems((await editor.stored(notice.id)).checklist)[0]!.measures.paragraphs[0]!);

async function openCheck(): Promise<void> {
  const toggle = app.page.locator('.side-toggles').getByRole('button', { name: '检查', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await pane().waitFor();
}

describe('检查 beside the editor', () => {
  it('lists the findings grouped by kind, each with its place, and counts them', async () => {
    await openCheck();
    await expect.poll(() => finding('截止目前').count()).toBe(1);
    for (const text of ['截止目前', '，，', '的的', '成文日期']) expect(await finding(text).count(), text).toBeGreaterThan(0);
    expect(await pane().locator('.check-group-title').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^标点\d+$/), expect.stringMatching(/^用词\d+$/)]),
    );
    const errors = await pane().locator('.check-finding.check-error').count();
    expect(await pane().getByLabel('检查统计').textContent()).toContain(`错误 ${errors}`);
    expect(await finding('截止目前').locator('.check-place').textContent()).toContain('整改措施');
    await editor.screenshot('check-panel');
  });

  it('shows a finding where it is: the item selected, its text selected in the field', async () => {
    await finding('截止目前').locator('.check-message').click();
    await expect.poll(() => editor.selectedKey()).toBe(item.id);
    await expect.poll(() => app.page.evaluate(() => document.getSelection()?.toString())).toBe('截止目前');
  });

  it('修正 changes that text only, as one step that 撤销 takes back', async () => {
    await finding('截止目前').getByRole('button', { name: '修正' }).click();
    await expect.poll(() => finding('截止目前').count()).toBe(0);
    await editor.waitSaved();
    expect(await measures()).toBe(MEASURE.replace('截止', '截至'));
    await editor.undo();
    await editor.waitSaved();
    expect(await measures()).toBe(MEASURE);
    await expect.poll(() => finding('截止目前').count()).toBe(1);
  });

  it('全部修正 applies every safe fix at once, and one 撤销 restores them all', async () => {
    const before = await editor.stored(notice.id);
    await pane()
      .getByRole('button', { name: /^全部修正/ })
      .click();
    await expect.poll(() => finding('截止目前').count()).toBe(0);
    await editor.waitSaved();
    expect(await measures()).toBe(FIXED_MEASURE);
    // What has no safe fix stays listed.
    expect(await finding('成文日期').count()).toBeGreaterThan(0);
    await editor.undo();
    await editor.waitSaved();
    const after = await editor.stored(notice.id);
    expect({ ...after, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
  });

  it('忽略 hides a finding for this notice, kept after the notice is opened again', async () => {
    await finding('的的').getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => finding('的的').count()).toBe(0);
    await expect.poll(() => pane().locator('.check-ignored').textContent()).toContain('已忽略 1 项');
    await editor.waitSaved();
    await editor.reload();
    await openCheck();
    await expect.poll(() => finding('截止目前').count()).toBe(1);
    expect(await finding('的的').count()).toBe(0);
    await pane().getByRole('button', { name: '全部恢复' }).click();
    await expect.poll(() => finding('的的').count()).toBe(1);
  });

  it('asks before 导出 Word while errors remain: 返回修改 exports nothing and shows the findings', async () => {
    await app.page.locator('.editor-side').getByRole('button', { name: '关闭' }).click();
    const before = app.shown.length;
    await editor.exportButton('导出 Word').click();
    const question = editor.checkQuestion;
    await question.waitFor();
    expect(await question.textContent()).toContain('送审检查发现');
    expect(await question.textContent()).toContain('成文日期');
    // Once the dialog has come in (antd fades it in).
    await question.getByRole('button', { name: '返回修改' }).waitFor();
    await app.page.waitForTimeout(400);
    await editor.screenshot('check-before-export');
    await question.getByRole('button', { name: '返回修改' }).click();
    await pane().waitFor();
    expect(app.shown.length).toBe(before);
  });

  it('仍然导出 exports all the same', async () => {
    const message = await editor.exportDocx();
    expect(message).toContain('已导出');
    expect(existsSync(editor.lastExported)).toBe(true);
  });

  it('finds the words the office added in 设置, with its fix', async () => {
    const settings = await app.services.getSettings();
    await app.services.saveSettings({
      ...settings,
      check: { words: [{ wrong: '议事规则', right: '议事决策规则', note: '本单位统一用语' }] },
    });
    // The editor reads the settings when it opens the notice.
    await editor.reload();
    await openCheck();
    const own = finding('议事决策规则');
    await expect.poll(() => own.count()).toBeGreaterThan(0);
    expect(await own.first().textContent()).toContain('本单位统一用语');
    await app.services.saveSettings(settings);
    await editor.reload();
    await openCheck();
    await expect.poll(() => finding('议事决策规则').count()).toBe(0);
  });

  it('exports without asking once nothing is wrong', async () => {
    await pane()
      .getByRole('button', { name: /^全部修正/ })
      .click();
    await editor.openMetadata();
    await editor.fillMetadata({ publicationDate: '2020-12-21' });
    await editor.waitSaved();
    // What is left are hints (提示), which never stop an export.
    await expect.poll(() => pane().locator('.check-finding.check-error').count()).toBe(0);
    const before = app.shown.length;
    await editor.exportButton('导出 Word').click();
    await expect.poll(() => app.shown.length).toBe(before + 1);
    expect(await editor.checkQuestion.count()).toBe(0);
  });
});
