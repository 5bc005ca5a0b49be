import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, createItem } from '../../shared/model/factory';
import type { Group, Item, Notice } from '../../shared/model/notice';
import { paragraphText, plainList } from '../../shared/model/rich-text';
import { findNode } from '../../shared/model/tree';
import { EditorPage } from './support/editor-page';
import { launchApp, type LaunchedApp } from './support/launch-app';
import { LibraryPanel } from './support/library-panel';
import { clickWhenStill } from './support/motion';

/**
 * One undo history for the notice, end to end in Chromium with the real
 * services: every kind of change is made in turn (typing, bold, paste, each
 * tree change by its key, an insert from the 条目库, a property, the
 * metadata, the layout), then all are undone one by one and redone one by
 * one; after each step the database holds exactly the notice as it was
 * after that change, as autosave wrote it then.
 */
let app: LaunchedApp;
let editor: EditorPage;
let library: LibraryPanel;
let notice: Notice;
const OTHER = '公务接待超标准列支茶叶费用';
let otherId = '';
const ids = { groupA: '', a1: '', a2: '', groupB: '', b1: '' };

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  library = new LibraryPanel(app.page);
  const other = createItem({ problem: OTHER, measures: plainList(['清退超标准费用。'], '一是') });
  otherId = other.id;
  await seed('中共某某市财政局党组', [createGroup('财务管理不规范的问题', [other])]);
  const a1 = createItem({ problem: '理论学习不够深入', measures: plainList(['建立学习制度。'], '一是') });
  const a2 = createItem({ problem: '议事规则执行不严格' });
  const b1 = createItem({ problem: '公务用车管理不规范' });
  const groupA = createGroup('党的领导弱化的问题', [a1, a2]);
  const groupB = createGroup('作风建设不扎实的问题', [b1]);
  Object.assign(ids, { groupA: groupA.id, a1: a1.id, a2: a2.id, groupB: groupB.id, b1: b1.id });
  notice = await seed('中共某某市民政局党组', [groupA, groupB]);
  await editor.openNotice(notice.id);
});
afterAll(async () => {
  await app?.close();
});

async function seed(issuer: string, checklist: Notice['checklist']): Promise<Notice> {
  const made = await app.services.createNotice({ kind: 'layout', layoutId: 'duizhao' });
  made.meta = { ...made.meta, issuer, round: '十四届市委第十轮', inspectionGroup: '市委第二巡察组' };
  made.checklist = checklist;
  await app.services.saveNotice(made);
  return app.services.getNotice(made.id);
}

/** The stored notice once autosave is done, without the time stamps a save sets. */
async function stored(): Promise<Omit<Notice, 'updatedAt'>> {
  await editor.waitSaved();
  const { updatedAt: _updatedAt, ...rest } = await editor.stored(notice.id);
  return rest;
}

const undoButton = () => editor.page.locator('.undo-buttons').getByRole('button', { name: /撤\s?销/ });
const redoButton = () => editor.page.locator('.undo-buttons').getByRole('button', { name: /重\s?做/ });

/** Presses a key with the focus in the outline, on the node selected there. */
async function outlineKey(key: string, id: string): Promise<void> {
  await editor.selectNode(id);
  await editor.page.keyboard.press(key);
}

describe('one undo history for the notice', () => {
  const states: Omit<Notice, 'updatedAt'>[] = [];
  const names: string[] = [];
  const step = async (name: string, change: () => Promise<void>) => {
    await change();
    names.push(name);
    states.push(await stored());
  };

  it('makes every kind of change, and the toolbar shows that it can be undone', async () => {
    states.push(await stored());
    expect(await undoButton().isDisabled()).toBe(true);
    await editor.selectNode(ids.a1);
    await step('typing', () => editor.typeInField('整改措施', '定期检查'));
    expect(await undoButton().isDisabled()).toBe(false);
    await step('bold', async () => {
      // A key pressed while the editor settles after the click is sometimes lost in the harness (about one run in five here):
      // the selection is made again from the end until it holds the four characters.
      const selected = () => editor.page.evaluate(() => String(getSelection()));
      for (let attempt = 0; attempt < 3 && (await selected()) !== '定期检查'; attempt++) {
        await editor.focusEnd('整改措施');
        await editor.page.waitForTimeout(100);
        for (let i = 0; i < 4; i++) await editor.page.keyboard.press('Shift+ArrowLeft');
        await editor.page.waitForTimeout(100);
      }
      await expect.poll(selected).toBe('定期检查');
      // Slate reads a selection made by the browser on its next selectionchange.
      await editor.page.waitForTimeout(150);
      await editor.page.keyboard.press('Control+b');
    });
    await step('paste', async () => {
      await editor.focusEnd('整改落实情况');
      await editor.paste({ 'text/plain': '已召开专题会议。\r\n已建立整改台账。' });
      await expect.poll(() => editor.richText('整改落实情况')).toEqual(['已召开专题会议。', '已建立整改台账。']);
    });
    await step('add', () => outlineKey('Enter', ids.a2).then(() => editor.field('反馈问题').waitFor()));
    await step('problem', () => editor.field('反馈问题').fill('三重一大事项未集体决策'));
    await step('move up', () => outlineKey('Alt+ArrowUp', ids.a2));
    await step('indent', () => outlineKey('Tab', ids.groupB));
    await step('outdent', () => outlineKey('Shift+Tab', ids.groupB));
    await step('delete', () => outlineKey('Delete', ids.b1));
    await step('status', async () => {
      await editor.selectNode(ids.a1);
      await editor.page.locator('.editor-properties').getByLabel('整改状态').click();
      await clickWhenStill(editor.page.locator('.ant-select-item-option', { hasText: '基本完成' }));
    });
    await step('library', async () => {
      await library.open();
      await library.search('茶叶');
      // The hits of the whole query, not of its first character still being replaced.
      await expect.poll(() => library.highlights()).toEqual({ [otherId]: ['茶叶'] });
      expect(await library.insert(otherId)).toContain('已插入');
      await library.close();
    });
    await step('metadata', async () => {
      await editor.openMetadata();
      await editor.field('发文机关').fill('中共某某市民政局机关党委');
    });
    await step('layout', async () => {
      await editor.page.getByLabel('版式').click();
      await clickWhenStill(editor.page.locator('.ant-select-item-option', { hasText: '分类式' }));
    });

    const last = states.at(-1)!;
    // Each change did what it says (the checks that follow compare whole notices).
    const a1 = findNode(last.checklist, ids.a1)!.node as Item;
    expect(a1.measures.paragraphs[0]!.children).toEqual([{ text: '建立学习制度。' }, { text: '定期检查', bold: true }]);
    expect(a1.progress.paragraphs.map(paragraphText)).toEqual(['已召开专题会议。', '已建立整改台账。']);
    expect(a1.status).toBe('mostlyDone');
    const groupA = findNode(last.checklist, ids.groupA)!.node as Group;
    // a2 moved above a1; the new item stays after a2's old place; the library's copy went in after a1, which was selected.
    expect(groupA.children.map((c) => (c.kind === 'item' ? c.problem : c.title))).toEqual([
      '议事规则执行不严格',
      '理论学习不够深入',
      OTHER,
      '三重一大事项未集体决策',
    ]);
    expect(last.checklist.map((n) => n.id)).toEqual([ids.groupA, ids.groupB]);
    expect(findNode(last.checklist, ids.b1)).toBeNull();
    expect(last.meta.issuer).toBe('中共某某市民政局机关党委');
    expect(last.layoutId).toBe('fenlei');
    await editor.screenshot('undo-before');
  });

  it('undoes them one by one, newest first, each back to the notice as it was', async () => {
    for (let i = states.length - 1; i > 0; i--) {
      await undoButton().click();
      expect(await stored(), `undo of ${names[i - 1]}`).toEqual(states[i - 1]);
    }
    expect(await undoButton().isDisabled()).toBe(true);
    expect(await redoButton().isDisabled()).toBe(false);
    // What the screen shows is the notice as it was: the typing, bold and paste are gone from the item.
    await editor.selectNode(ids.a1);
    expect(await editor.richText('整改措施')).toEqual(['建立学习制度。']);
    expect(await editor.outlineNode(ids.b1).count()).toBe(1);
  });

  it('redoes them one by one with Ctrl+Y and Ctrl+Shift+Z, wherever the focus is', async () => {
    for (let i = 1; i < states.length; i++) {
      // From a field, the outline, and nowhere in particular.
      if (i % 3 === 0) await editor.page.locator('.editor-title').click();
      await editor.page.keyboard.press(i % 2 === 0 ? 'Control+y' : 'Control+Shift+z');
      expect(await stored(), `redo of ${names[i - 1]}`).toEqual(states[i]);
    }
    expect(await redoButton().isDisabled()).toBe(true);
    await editor.selectNode(ids.a1);
    expect(await editor.richText('整改落实情况')).toEqual(['已召开专题会议。', '已建立整改台账。']);
    await editor.screenshot('undo-redone');
  });

  it('undoes with Ctrl+Z in a field, showing the change where it was made; a new change ends the redo', async () => {
    await editor.selectNode(ids.groupA);
    await editor.typeInField('分组标题', '（一）');
    await editor.selectNode(ids.a1);
    await editor.focusEnd('整改措施');
    await editor.undo();
    // Back on the group, with its title as it was.
    await expect.poll(() => editor.selectedKey()).toBe(ids.groupA);
    expect(await editor.field('分组标题').inputValue()).toBe('党的领导弱化的问题');
    expect(await redoButton().isDisabled()).toBe(false);
    await editor.field('分组标题').fill('党的领导弱化方面的问题');
    expect(await redoButton().isDisabled()).toBe(true);
    await editor.waitSaved();
    expect(((await editor.stored(notice.id)).checklist[0] as Group).title).toBe('党的领导弱化方面的问题');
  });

  it('takes the outline keys: F2 renames a group, Alt+↓ moves down, ↑ and ↓ select', async () => {
    await outlineKey('F2', ids.groupA);
    const title = editor.field('分组标题');
    await expect.poll(() => title.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await selectedText()).toBe('党的领导弱化方面的问题');
    await editor.page.keyboard.type('（已整改）');
    expect(await title.inputValue()).toBe('（已整改）');
    const before = (findNode((await stored()).checklist, ids.groupA)!.node as Group).children.map((c) => c.id);
    await outlineKey('Alt+ArrowDown', before[0]!);
    await editor.waitSaved();
    const after = (findNode((await stored()).checklist, ids.groupA)!.node as Group).children.map((c) => c.id);
    expect(after).toEqual([before[1], before[0], ...before.slice(2)]);
    // The arrows move the selection, and the keys act on what they reached.
    // The moved node (now second) is selected: ↓ reaches the third, ↑ comes back.
    await editor.page.keyboard.press('ArrowDown');
    await expect.poll(() => editor.selectedKey()).toBe(before[2]);
    await editor.page.keyboard.press('ArrowUp');
    await expect.poll(() => editor.selectedKey()).toBe(before[0]);
  });
});

describe('undo where the keys belong to something else, and deleting without a question', () => {
  it('keeps each change a step after an IME composition was cut short by 撤销', async () => {
    await editor.selectNode(ids.a2);
    await editor.focusEnd('反馈问题');
    await editor.page.keyboard.type('甲');
    await editor.page.waitForTimeout(1100);
    const cdp = await editor.page.context().newCDPSession(editor.page);
    await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
    await undoButton().click();
    await cdp.send('Input.insertText', { text: '中' });
    for (const key of ['A', 'B', 'C']) {
      await editor.page.waitForTimeout(1100);
      await editor.page.keyboard.type(key);
    }
    const typed = await editor.field('反馈问题').inputValue();
    expect(typed.endsWith('ABC')).toBe(true);
    await editor.undo();
    // One Ctrl+Z takes back the last keystroke's step only.
    expect(await editor.field('反馈问题').inputValue()).toBe(typed.slice(0, -1));
  });

  it('leaves Ctrl+Z in a date picker to the picker, and the notice as it was', async () => {
    await editor.openMetadata();
    await editor.typeInField('署名', '办公室');
    await editor.waitSaved();
    const date = editor.page.getByLabel('成文日期', { exact: true });
    await date.click();
    await date.pressSequentially('2024年5月1');
    await editor.page.keyboard.press('Control+z');
    await editor.page.keyboard.press('Escape');
    expect(await editor.field('署名').inputValue()).toBe('办公室');
    await editor.waitSaved();
    expect((await editor.stored(notice.id)).meta.signature).toBe('办公室');
  });

  it('deletes a sub-item at once, with 已删除 and 撤销', async () => {
    await editor.selectNode(ids.a1);
    await editor.page.getByRole('button', { name: '新增子问题' }).click();
    const sub = editor.page.getByRole('textbox', { name: /^子问题/ }).first();
    await sub.fill('台账不全');
    await editor.waitSaved();
    await editor.page.getByRole('button', { name: '删除子问题' }).click();
    const deleted = editor.page.locator('.deleted-message');
    await deleted.waitFor();
    expect(await deleted.textContent()).toContain('已删除子问题');
    await expect.poll(() => editor.page.getByRole('textbox', { name: /^子问题/ }).count()).toBe(0);
    await deleted.getByRole('button', { name: /撤\s?销/ }).click();
    await expect
      .poll(() =>
        editor.page
          .getByRole('textbox', { name: /^子问题/ })
          .first()
          .inputValue(),
      )
      .toBe('台账不全');
    await editor.waitSaved();
    const item = findNode((await editor.stored(notice.id)).checklist, ids.a1)!.node as Item;
    expect(item.subItems.map((s) => s.problem)).toEqual(['台账不全']);
  });

  it('keeps the focus in the outline on Tab where nothing can indent', async () => {
    await outlineKey('Tab', ids.groupA);
    const inTree = () => editor.page.evaluate(() => document.activeElement?.closest('.outline-tree') !== null);
    expect(await inTree()).toBe(true);
    await editor.page.keyboard.press('Shift+Tab');
    expect(await inTree()).toBe(true);
  });

  it('cleans what is pasted into a plain field too: zero-width characters, stray spaces, a PDF’s broken lines', async () => {
    await editor.selectNode(ids.a2);
    const field = editor.field('反馈问题');
    await field.fill('');
    // Three printed lines of 28 characters, broken mid-word as a PDF viewer copies them.
    const pdf = [
      '巡察发现，部分党员干部对巡察整改工作认识不到位，存在“',
      '过关”思想，整改措施针对性不强，问题台账管理不规范，销号',
      '把关不严。',
    ].join('\n');
    await editor.paste({ 'text/plain': `${pdf.slice(0, 10)}\u200b ${pdf.slice(10)}` });
    await expect
      .poll(() => field.inputValue())
      .toBe('巡察发现，部分党员干部对巡察整改工作认识不到位，存在“过关”思想，整改措施针对性不强，问题台账管理不规范，销号把关不严。');
  });
});

const selectedText = () =>
  editor.page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement
      ? active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0)
      : String(getSelection());
  });
