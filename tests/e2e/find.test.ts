import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInNotice } from '../../shared/document/find-in-notice';
import { createGroup, createItem, createSubItem } from '../../shared/model/factory';
import type { Group, Item, Notice } from '../../shared/model/notice';
import { paragraphText, plainList } from '../../shared/model/rich-text';
import { EditorPage } from './support/editor-page';
import { launchApp, type LaunchedApp } from './support/launch-app';

/**
 * 查找 (Ctrl+F) and 替换 (Ctrl+H) over the whole notice, in Chromium with the
 * real services: a word in every kind of field is counted, stepped through
 * with the panel holding each match shown, selected in its field on Esc,
 * replaced once and everywhere, and everywhere undone in one step.
 */
let app: LaunchedApp;
let editor: EditorPage;
let notice: Notice;
const ids = { group: '', item: '', sub: '' };
const WORD = '台账';
/** Where WORD stands, in reading order: organisation body (twice, once across bold), group title, problem, lead, measures, 责任单位, sub-item problem, next steps. */
const PLACES = 9;

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  const sub = createSubItem({ problem: '专项台账不完整' });
  const item = createItem({
    problem: '整改台账更新不及时',
    leadOverride: '针对台账问题，采取以下措施：',
    measures: plainList(['建立整改台账，逐项销号。'], '一是'),
    responsibleUnit: '台账管理办公室',
    subItems: [sub],
  });
  const group = createGroup('台账管理不规范的问题', [item]);
  Object.assign(ids, { group: group.id, item: item.id, sub: sub.id });
  const made = await app.services.createNotice({ kind: 'layout', layoutId: 'duizhao' });
  made.meta = { ...made.meta, issuer: '中共某某市民政局党组', round: '十四届市委第十轮' };
  made.parts.organisation.body = {
    enumeration: 'none',
    paragraphs: [{ type: 'paragraph', children: [{ text: '建立问题台账和任务' }, { text: '台', bold: true }, { text: '账，明确责任。' }] }],
  };
  made.parts.nextSteps.body = plainList(['持续更新台账。']);
  made.checklist = [group];
  await app.services.saveNotice(made);
  notice = await app.services.getNotice(made.id);
  await editor.openNotice(notice.id);
  await editor.select('part:organisation');
});
afterAll(async () => {
  await app?.close();
});

const bar = () => editor.page.locator('.find-bar');
const count = () => bar().locator('.find-count').textContent();
const selectedText = () =>
  editor.page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)
      return active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
    return String(getSelection());
  });

describe('查找 and 替换', () => {
  it('finds a word in every field with Ctrl+F, counted, the panel of each match shown in turn', async () => {
    await editor.page.keyboard.press('Control+f');
    const input = bar().getByRole('textbox', { name: '查找', exact: true });
    await expect.poll(() => input.evaluate((e) => e === document.activeElement)).toBe(true);
    await input.fill(WORD);
    await expect.poll(count).toBe(`第 1 / 共 ${PLACES} 处`);
    const places = [
      'part:organisation',
      'part:organisation',
      ids.group,
      ids.item,
      ids.item,
      ids.item,
      ids.item,
      ids.item,
      'part:nextSteps',
    ];
    await expect.poll(() => editor.selectedKey()).toBe(places[0]);
    for (let i = 1; i < PLACES; i++) {
      await input.press('Enter');
      await expect.poll(count).toBe(`第 ${i + 1} / 共 ${PLACES} 处`);
      // The panel follows the count on the next frames.
      await expect.poll(() => editor.selectedKey()).toBe(places[i]);
    }
    await editor.screenshot('find-next-steps');
    // Past the last, back to the first; Shift+Enter goes back.
    await input.press('Enter');
    await expect.poll(count).toBe(`第 1 / 共 ${PLACES} 处`);
    await input.press('Shift+Enter');
    await expect.poll(count).toBe(`第 ${PLACES} / 共 ${PLACES} 处`);
    await input.press('Shift+Enter');
    await input.press('Shift+Enter');
    // The 7th: 责任单位, in the item's properties.
    await expect.poll(count).toBe(`第 ${PLACES - 2} / 共 ${PLACES} 处`);
    await expect.poll(() => editor.selectedKey()).toBe(ids.item);
  });

  it('selects the match in its field on Esc, ready to type over', async () => {
    await bar().getByRole('textbox', { name: '查找', exact: true }).press('Escape');
    await bar().waitFor({ state: 'detached' });
    await expect.poll(selectedText).toBe(WORD);
    await editor.page.keyboard.type('清单');
    await editor.waitSaved();
    const item = ((await editor.stored(notice.id)).checklist[0] as Group).children[0] as Item;
    expect(item.responsibleUnit).toBe('清单管理办公室');
  });

  it('replaces one match with Ctrl+H, then all at once as one step that one Ctrl+Z takes back', async () => {
    await editor.page.keyboard.press('Control+h');
    const input = bar().getByRole('textbox', { name: '查找', exact: true });
    await input.fill(WORD);
    await bar().getByRole('textbox', { name: '替换为' }).fill('清单');
    // The bar goes on from where it was: step round to the first match.
    for (let i = 0; i < PLACES && (await count()) !== `第 1 / 共 ${PLACES - 1} 处`; i++) await input.press('Enter');
    expect(await count()).toBe(`第 1 / 共 ${PLACES - 1} 处`);
    await bar()
      .getByRole('button', { name: /^替\s?换$/ })
      .click();
    await expect.poll(count).toBe(`第 1 / 共 ${PLACES - 2} 处`);
    await editor.waitSaved();
    const body = (await editor.stored(notice.id)).parts.organisation.body.paragraphs.map(paragraphText);
    expect(body).toEqual(['建立问题清单和任务台账，明确责任。']);

    await bar().getByRole('button', { name: '全部替换' }).click();
    await editor.page
      .locator('.ant-message')
      .getByText(`已替换 ${PLACES - 2} 处`)
      .waitFor();
    await expect.poll(count).toBe('无匹配');
    await editor.waitSaved();
    const replaced = await editor.stored(notice.id);
    expect(JSON.stringify(replaced)).not.toContain(WORD);
    // Bold is kept where the match started.
    expect(replaced.parts.organisation.body.paragraphs[0]!.children).toEqual([
      { text: '建立问题清单和任务' },
      { text: '清单', bold: true },
      { text: '，明确责任。' },
    ]);
    await editor.screenshot('find-replaced-all');

    // Ctrl+Z in the bar's own inputs is theirs; from the notice it takes back the whole replacement.
    await bar().getByRole('button', { name: '关闭查找' }).click();
    await editor.outlineNode('part:nextSteps').click();
    await editor.undo();
    await editor.waitSaved();
    // Every place is back (the one across the bold leaf counts as text, as the user reads it).
    expect(findInNotice(await editor.stored(notice.id), WORD)).toHaveLength(PLACES - 2);
    expect((await editor.stored(notice.id)).parts.nextSteps.body.paragraphs.map(paragraphText)).toEqual(['持续更新台账。']);
    // Undo shows where the replacement was made, with the text as it was before it.
    await expect.poll(() => editor.selectedKey()).toBe('part:organisation');
    expect(await editor.richText('正文')).toEqual(['建立问题清单和任务台账，明确责任。']);
  });
});
