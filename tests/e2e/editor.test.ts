import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeTitle } from '../../shared/document/generated-text';
import type { Layout } from '../../shared/layout/layout';
import { numberChecklist } from '../../shared/layout/numbering';
import type { Item, Notice } from '../../shared/model/notice';
import { paragraphText } from '../../shared/model/rich-text';
import { findNode } from '../../shared/model/tree';
import { bodyParagraphs, docxParts, parseXml } from '../support/docx-xml';
import { EditorPage } from './support/editor-page';
import { launchApp, projectRoot, type LaunchedApp } from './support/launch-app';
import { clickWhenStill } from './support/motion';

/**
 * The 编辑 screen end to end: the real renderer in Chromium, the real
 * services (SQLite file, exporter) behind window.api. The tests run in order
 * on one notice, as one drafting session would.
 */
let app: LaunchedApp;
let editor: EditorPage;
let notice: Notice;
let layout: Layout;
const ids: Record<string, string> = {};

const itemOf = (stored: Notice, id: string) => findNode(stored.checklist, id)!.node as Item;
const texts = (list: { paragraphs: Parameters<typeof paragraphText>[0][] }) => list.paragraphs.map(paragraphText);

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  layout = (await app.services.getLayoutTemplates()).layouts.find((l) => l.id === 'duizhao')!;
  notice = await editor.createNotice({ kind: 'layout', layoutId: 'duizhao' });
  await editor.openNotice(notice.id);
});
afterAll(async () => {
  await app?.close();
});

describe('the editor', () => {
  it('opens a new notice on its metadata and fills it, dates through the Chinese date pickers', async () => {
    await editor.page.locator('.metadata-form').waitFor();
    await editor.fillMetadata({
      issuer: '中共某某市民政局党组',
      issuerShort: '市民政局党组',
      inspectingBody: '市委',
      round: '十四届市委第十轮',
      inspectionGroup: '市委第二巡察组',
      inspectionStart: '2020-05-19',
      inspectionEnd: '2020-06-19',
      feedbackDate: '2020-09-23',
    });
    // The picker shows the date the Chinese way.
    expect(await editor.page.getByLabel('反馈日期', { exact: true }).inputValue()).toBe('2020年9月23日');
    // The title is generated from what was typed, live.
    await expect
      .poll(() => editor.page.locator('.editor-title').textContent())
      .toBe('中共某某市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报');
    await editor.waitSaved();
    const stored = await editor.stored(notice.id);
    expect(stored.meta).toMatchObject({
      issuer: '中共某某市民政局党组',
      issuerShort: '市民政局党组',
      round: '十四届市委第十轮',
      inspectionStart: '2020-05-19',
      inspectionEnd: '2020-06-19',
      feedbackDate: '2020-09-23',
    });
    await editor.screenshot('metadata');
  });

  it('adds groups and items, numbered in the outline as the export numbers them', async () => {
    await editor.select('part:checklist');
    ids.groupA = await editor.addGroup('党的领导弱化的问题');
    ids.a1 = await editor.addItem('理论学习不够深入');
    ids.a2 = await editor.addItem('议事规则执行不严格');
    await editor.selectNode(ids.groupA);
    ids.groupB = await editor.addGroup('作风建设不扎实的问题');
    ids.b1 = await editor.addItem('公务用车管理不规范');
    await editor.waitSaved();
    const stored = await editor.stored(notice.id);
    expect(stored.checklist.map((n) => n.id)).toEqual([ids.groupA, ids.groupB]);
    const labels = numberChecklist(stored.checklist, layout);
    expect(await editor.numbering()).toEqual(labels);
    expect(await editor.outlineLines()).toEqual(
      expect.arrayContaining([
        '第一，党的领导弱化的问题',
        '1.理论学习不够深入',
        '2.议事规则执行不严格',
        '第二，作风建设不扎实的问题',
        '公务用车管理不规范',
      ]),
    );
  });

  it('numbers a part once it has text, as the export prints only parts with content', async () => {
    const organisation = editor.outlineNode('part:organisation');
    expect(await organisation.getAttribute('data-number')).toBe('');
    expect(await editor.outlineNode('part:checklist').getAttribute('data-number')).toBe('一、');
    await editor.select('part:organisation');
    await editor.typeInField('正文', '局党组召开专题会议，部署整改工作。');
    await expect.poll(() => organisation.getAttribute('data-number')).toBe('一、');
    expect(await editor.outlineNode('part:checklist').getAttribute('data-number')).toBe('二、');
    expect(await editor.outlineNode('part:nextSteps').getAttribute('data-number')).toBe('');
    await editor.screenshot('part-new');
  });

  it('takes Chinese from an IME in the middle of existing text, without dropping or doubling a character', async () => {
    await editor.selectNode(ids.a1);
    await editor.typeInField('整改措施', '建立制度，定期检查');
    await editor.caretLeft(7); // after 建立
    await editor.imeType('zhenggai', '整改');
    await editor.imeType('xuexi', '学习');
    expect(await editor.richText('整改措施')).toEqual(['建立整改学习制度，定期检查']);
    // Then on: the caret stays where the IME left it.
    await editor.page.keyboard.type('ABC');
    expect(await editor.richText('整改措施')).toEqual(['建立整改学习ABC制度，定期检查']);
    await editor.page.keyboard.press('Backspace');
    await editor.page.keyboard.press('Backspace');
    await editor.page.keyboard.press('Backspace');

    // The same in a plain field: the problem as fed back.
    await editor.focusEnd('反馈问题');
    await editor.caretLeft(4); // after 理论学习
    await editor.imeType('zhongxinzu', '中心组');
    expect(await editor.field('反馈问题').inputValue()).toBe('理论学习中心组不够深入');

    await editor.waitSaved();
    const item = itemOf(await editor.stored(notice.id), ids.a1);
    expect(texts(item.measures)).toEqual(['建立整改学习制度，定期检查']);
    expect(item.problem).toBe('理论学习中心组不够深入');
    await editor.screenshot('item');
  });

  it('turns pasted Word text into clean paragraphs, keeping its bold', async () => {
    await editor.focusEnd('整改落实情况');
    // What Word puts on the clipboard when there is only HTML: styles, an empty o:p, a control character.
    const html =
      '<html><head><style>p.MsoNormal{font-family:仿宋}</style></head><body><!--StartFragment-->' +
      '<p class=MsoNormal style="text-indent:2em"><span style="font-family:仿宋;color:red">\u3000\u3000已召开专题会议\u0007。<o:p></o:p></span></p>' +
      '<p class=MsoNormal><b>已建立</b>整改台账。</p><!--EndFragment--></body></html>';
    await editor.paste({ 'text/html': html });
    expect(await editor.richText('整改落实情况')).toEqual(['已召开专题会议。', '已建立整改台账。']);
    // Plain text from WPS: lines become paragraphs, the blank line and indentation go.
    await editor.paste({ 'text/plain': '\r\n\u3000\u3000下一步持续跟踪。\r\n\r\n\u3000\u3000按月通报。\r\n' });
    expect(await editor.richText('整改落实情况')).toEqual(['已召开专题会议。', '已建立整改台账。下一步持续跟踪。', '按月通报。']);
    // Word's bold comes along; the plain text pasted after it takes the weight where it lands.
    expect(await editor.field('整改落实情况').locator('strong').allTextContents()).toEqual(['已建立']);
    await editor.waitSaved();
    const item = itemOf(await editor.stored(notice.id), ids.a1);
    expect(item.progress.paragraphs[1]!.children).toEqual([{ text: '已建立', bold: true }, { text: '整改台账。下一步持续跟踪。' }]);
    expect(texts(item.progress)).toEqual(['已召开专题会议。', '已建立整改台账。下一步持续跟踪。', '按月通报。']);
  });

  it('saves a change to SQLite within one second', async () => {
    await editor.waitSaved();
    await editor.focusEnd('整改落实情况');
    const started = Date.now();
    await editor.page.keyboard.type('速');
    let elapsed = Infinity;
    for (;;) {
      const item = itemOf(await editor.stored(notice.id), ids.a1);
      if (texts(item.progress).at(-1)!.endsWith('速')) {
        elapsed = Date.now() - started;
        break;
      }
      if (Date.now() - started > 3000) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(elapsed).toBeLessThan(1000);
    await editor.page.keyboard.press('Backspace');
    expect(await editor.richText('整改落实情况')).toEqual(['已召开专题会议。', '已建立整改台账。下一步持续跟踪。', '按月通报。']);
    await editor.waitSaved();
    expect(texts(itemOf(await editor.stored(notice.id), ids.a1).progress).at(-1)).toBe('按月通报。');
  });

  it('makes text bold with Ctrl+B and numbers paragraphs the chosen way', async () => {
    await editor.selectNode(ids.b1);
    await editor.focusEnd('整改措施');
    await editor.page.keyboard.press('Control+b');
    await editor.page.keyboard.type('专项整治');
    await editor.page.keyboard.press('Control+b');
    await editor.page.keyboard.type('公车使用');
    await editor.page.keyboard.press('Enter');
    await editor.page.keyboard.type('建立用车台账');
    await editor.page.getByLabel('整改措施的编号方式').click();
    await clickWhenStill(editor.page.locator('.ant-select-item-option', { hasText: '（一）（二）' }));
    // The enumerators are generated, shown before each paragraph but not part of the text.
    const enumerators = await editor
      .field('整改措施')
      .evaluate((editable) => Array.from(editable.querySelectorAll(':scope > p')).map((p) => getComputedStyle(p, '::before').content));
    // Counted by CSS (one counter per field). （一） would stand above the item's own 1., so the field
    // shows, and the export prints, the level below it, and says so beside the chosen form.
    expect(enumerators).toEqual(Array(2).fill('"（" counter(enum) "）"'));
    await expect.poll(() => editor.page.locator('.rich-field-printed').first().textContent()).toBe('按“（1）（2）……”打印');
    await editor.screenshot('printed-enumeration');
    expect(await editor.richText('整改措施')).toEqual(['专项整治公车使用', '建立用车台账']);
    await editor.waitSaved();
    const item = itemOf(await editor.stored(notice.id), ids.b1);
    expect(item.measures).toEqual({
      enumeration: '（一）',
      paragraphs: [
        { type: 'paragraph', children: [{ text: '专项整治', bold: true }, { text: '公车使用' }] },
        { type: 'paragraph', children: [{ text: '建立用车台账' }] },
      ],
    });
  });

  it('saves at once on Ctrl+S, wherever the focus is, and says 已保存', async () => {
    await editor.selectNode(ids.b1);
    await editor.focusEnd('整改措施');
    await editor.page.keyboard.type('，按月通报');
    await editor.page.keyboard.press('Control+s');
    await editor.page.locator('.save-shortcut-message').getByText('已保存').waitFor();
    // The message comes once the save has landed: the text is in the SQLite file now.
    const item = itemOf(await editor.stored(notice.id), ids.b1);
    expect(item.measures.paragraphs.map((p) => p.children.map((c) => c.text).join('')).at(-1)).toBe('建立用车台账，按月通报');
  });

  it('moves an item to another group by dragging, and renumbers as the export would', async () => {
    const before = await editor.numbering();
    expect([before.get(ids.a1), before.get(ids.a2), before.get(ids.b1)]).toEqual(['1.', '2.', '']);
    await editor.dragNode(ids.a2, ids.groupB);
    await expect.poll(async () => (await editor.numbering()).get(ids.a2)).toBe('1.');
    await editor.waitSaved();
    const stored = await editor.stored(notice.id);
    const groupB = findNode(stored.checklist, ids.groupB)!.node;
    expect(groupB.kind === 'group' && groupB.children.map((n) => n.id)).toEqual([ids.a2, ids.b1]);
    const after = await editor.numbering();
    expect(after).toEqual(numberChecklist(stored.checklist, layout));
    // a1 is now alone in its group: this layout prints it without a number; b1 became 2.
    expect([after.get(ids.a1), after.get(ids.a2), after.get(ids.b1)]).toEqual(['', '1.', '2.']);
  });

  it('refuses a drop that would nest groups three deep', async () => {
    await editor.selectNode(ids.groupB);
    ids.groupC = await editor.addGroup('选人用人不规范的问题');
    await editor.outlineCommand('降级'); // C goes into B, a second level
    await editor.waitSaved();
    let stored = await editor.stored(notice.id);
    expect(findNode(stored.checklist, ids.groupC)!.depth).toBe(1);
    // Dragging group A (one level) onto C (second level) would make a third level: nothing moves.
    await editor.dragNode(ids.groupA, ids.groupC);
    await editor.page.waitForTimeout(700);
    stored = await editor.stored(notice.id);
    expect(findNode(stored.checklist, ids.groupA)!.depth).toBe(0);
    expect(findNode(stored.checklist, ids.groupC)!.depth).toBe(1);
    // 升级 brings C back to the top level, after B, numbered 第三，.
    await editor.selectNode(ids.groupC);
    await editor.outlineCommand('升级');
    await expect.poll(async () => (await editor.numbering()).get(ids.groupC)).toBe('第三，');
    await editor.outlineCommand('上移');
    await expect.poll(async () => (await editor.numbering()).get(ids.groupC)).toBe('第二，');
    await editor.waitSaved();
    stored = await editor.stored(notice.id);
    expect(stored.checklist.map((n) => n.id)).toEqual([ids.groupA, ids.groupC, ids.groupB]);
    expect(await editor.numbering()).toEqual(numberChecklist(stored.checklist, layout));
    await editor.screenshot('group');
  });

  it('records the item properties: status, responsible, dates, figures in fen', async () => {
    await editor.selectNode(ids.a1);
    const panel = editor.page.locator('.properties-panel');
    await panel.getByLabel('整改状态').click();
    await clickWhenStill(editor.page.locator('.ant-select-item-option', { hasText: '基本完成' }));
    await editor.field('责任领导').fill('张某某');
    await editor.field('责任单位').fill('机关党委');
    await editor.typeDate('整改时限', '2020-12-31');
    await editor.typeDate('完成时间', '2020-11-30');
    await editor.page.getByLabel('挽回金额', { exact: true }).fill('1234.5');
    await editor.page.getByLabel('建章立制', { exact: true }).fill('3');
    await editor.page.getByLabel('问责人数', { exact: true }).fill('2');
    await editor.page.getByLabel('问责人数', { exact: true }).blur();
    expect(await editor.page.getByLabel('挽回金额', { exact: true }).inputValue()).toBe('1234.50');
    await editor.waitSaved();
    const item = itemOf(await editor.stored(notice.id), ids.a1);
    expect(item).toMatchObject({
      status: 'mostlyDone',
      responsibleLeader: '张某某',
      responsibleUnit: '机关党委',
      deadline: '2020-12-31',
      completedOn: '2020-11-30',
      figures: { moneyRecoveredFen: 123450, moneyToRecoverFen: null, rulesMade: 3, peopleHeld: 2 },
    });
  });

  it('finds everything as it was left after a reload', async () => {
    const linesBefore = await editor.outlineLines();
    const numbersBefore = await editor.numbering();
    await editor.reload();
    expect(await editor.outlineLines()).toEqual(linesBefore);
    expect(await editor.numbering()).toEqual(numbersBefore);
    await editor.selectNode(ids.a1);
    expect(await editor.field('反馈问题').inputValue()).toBe('理论学习中心组不够深入');
    expect(await editor.richText('整改措施')).toEqual(['建立整改学习制度，定期检查']);
    expect(await editor.richText('整改落实情况')).toEqual(['已召开专题会议。', '已建立整改台账。下一步持续跟踪。', '按月通报。']);
    expect(await editor.field('责任单位').inputValue()).toBe('机关党委');
    expect(await editor.page.getByLabel('挽回金额', { exact: true }).inputValue()).toBe('1234.50');
    await editor.openMetadata();
    expect(await editor.field('发文机关').inputValue()).toBe('中共某某市民政局党组');
    expect(await editor.page.getByLabel('巡察开始日期', { exact: true }).inputValue()).toBe('2020年5月19日');
  });

  it('undoes the last change of the notice wherever the focus is, a phrase at a time, and redoes it', async () => {
    await editor.selectNode(ids.a1);
    await editor.typeInField('整改措施', '，按月通报');
    await editor.typeInField('整改落实情况', '已完成。');
    // The focus back in 整改措施: Ctrl+Z still takes back the last change, made in the other field.
    await editor.focusEnd('整改措施');
    await editor.undo();
    expect(await editor.richText('整改落实情况')).toEqual(['已召开专题会议。', '已建立整改台账。下一步持续跟踪。', '按月通报。']);
    expect(await editor.richText('整改措施')).toEqual(['建立整改学习制度，定期检查，按月通报']);
    // Typing undoes a phrase at a time: the words, then the comma before them.
    await editor.undo();
    expect(await editor.richText('整改措施')).toEqual(['建立整改学习制度，定期检查，']);
    await editor.undo();
    expect(await editor.richText('整改措施')).toEqual(['建立整改学习制度，定期检查']);
    await editor.redo();
    await editor.redo();
    expect(await editor.richText('整改措施')).toEqual(['建立整改学习制度，定期检查，按月通报']);
    await editor.undo();
    await editor.undo();
    // A plain field is in the same history: one IME commit is one step.
    await editor.focusEnd('责任领导');
    await editor.imeType('limoumou', '、李某某');
    expect(await editor.field('责任领导').inputValue()).toBe('张某某、李某某');
    await editor.undo();
    expect(await editor.field('责任领导').inputValue()).toBe('张某某');
    expect(await editor.richText('整改措施')).toEqual(['建立整改学习制度，定期检查']);
    await editor.waitSaved();
    const item = itemOf(await editor.stored(notice.id), ids.a1);
    expect(item.responsibleLeader).toBe('张某某');
    expect(texts(item.measures)).toEqual(['建立整改学习制度，定期检查']);
    expect(texts(item.progress)).toEqual(['已召开专题会议。', '已建立整改台账。下一步持续跟踪。', '按月通报。']);
  });

  it('exports a Word file holding the typed text and shows it in its folder', async () => {
    const message = await editor.exportDocx();
    const title = noticeTitle((await editor.stored(notice.id)).meta, (await app.services.getLayoutTemplates()).boilerplate);
    const path = join(app.exportDir, `${title}.docx`);
    expect(message).toContain(path);
    expect(existsSync(path)).toBe(true);
    expect(app.shown).toContain(path);
    // Read as paragraph text: 已建立, bold since it was pasted from Word, is a run of its own.
    const printed = bodyParagraphs(parseXml(docxParts(readFileSync(path))['word/document.xml']!))
      .map((p) => p.text)
      .join('\n');
    for (const text of ['建立整改学习制度', '理论学习中心组不够深入', '已建立整改台账', '党的领导弱化的问题'])
      expect(printed).toContain(text);
    await editor.screenshot('exported');
  });

  it('says in Chinese why an export failed', async () => {
    const title = noticeTitle((await editor.stored(notice.id)).meta, (await app.services.getLayoutTemplates()).boilerplate);
    // A folder where the file should go: the write cannot replace it.
    const blocked = join(app.exportDir, `${title}.docx`);
    await import('node:fs').then((fs) => fs.rmSync(blocked));
    mkdirSync(blocked);
    await editor.exportButton('导出 Word').click();
    // This notice has no date yet: the 送审检查 asks first.
    await editor.checkQuestion.getByRole('button', { name: '仍然导出' }).click();
    const dialog = editor.page.locator('.export-failure');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('导出 Word 失败');
    expect(await dialog.textContent()).toContain('是一个文件夹，不能作为导出文件名');
    await editor.screenshot('export-failed');
    await dialog.getByRole('button', { name: /知道了|知 道 了/ }).click();
  });

  it('deletes a node at once, says 已删除 and offers 撤销, which brings it back where it was', async () => {
    await editor.selectNode(ids.groupC);
    const linesBefore = await editor.outlineLines();
    await editor.outlineCommand('删除');
    const deleted = editor.page.locator('.deleted-message');
    await deleted.waitFor();
    expect(await deleted.textContent()).toContain('已删除分组“选人用人不规范的问题”');
    await expect.poll(() => editor.outlineNode(ids.groupC).count()).toBe(0);
    // The toolbar says the delete can be undone, and there is nothing to redo after it.
    const undoButtons = editor.page.locator('.undo-buttons');
    expect(await undoButtons.getByRole('button', { name: /撤\s?销/ }).isDisabled()).toBe(false);
    expect(await undoButtons.getByRole('button', { name: /重\s?做/ }).isDisabled()).toBe(true);
    await editor.screenshot('deleted-message');
    await deleted.getByRole('button', { name: /撤\s?销/ }).click();
    await expect.poll(() => editor.outlineLines()).toEqual(linesBefore);
    expect(await editor.selectedKey()).toBe(ids.groupC);
    await editor.outlineCommand('删除');
    await expect.poll(() => editor.outlineNode(ids.groupC).count()).toBe(0);
    await editor.waitSaved();
    expect(findNode((await editor.stored(notice.id)).checklist, ids.groupC)).toBeNull();
  });

  it('saves at once when leaving for the list', async () => {
    await editor.selectNode(ids.b1);
    await editor.typeInField('整改落实情况', '车辆已全部入库');
    await editor.page.getByRole('button', { name: '返回列表' }).click();
    await editor.page.locator('.editor-screen').waitFor({ state: 'detached' });
    expect(texts(itemOf(await editor.stored(notice.id), ids.b1).progress)).toEqual(['车辆已全部入库']);
  });

  it('opens the largest seed with the numbering of its layout, and renumbers live when the layout changes', async () => {
    const seed = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/seeds/000_fca5672edf850d55.json'), 'utf8')) as Notice;
    await app.services.saveNotice(seed);
    await editor.openNotice(seed.id);
    await editor.outlineNode('part:organisation').waitFor();
    const layouts = (await app.services.getLayoutTemplates()).layouts;
    const byId = (id: string) => layouts.find((l) => l.id === id)!;
    expect(await editor.numbering()).toEqual(numberChecklist(seed.checklist, byId(seed.layoutId)));
    await editor.screenshot('seed');
    await editor.page.getByLabel('版式').click();
    await clickWhenStill(editor.page.locator('.ant-select-item-option', { hasText: '分类式' }));
    await expect
      .poll(async () => [...(await editor.numbering()).values()])
      .toEqual([...numberChecklist(seed.checklist, byId('fenlei')).values()]);
    await editor.waitSaved();
    expect((await editor.stored(seed.id)).layoutId).toBe('fenlei');
    // The first part, opened by default, is editable at once.
    await editor.select('part:organisation');
    await editor.screenshot('part');
  });
});

describe('when saving fails', () => {
  let broken: LaunchedApp;
  afterAll(async () => {
    await broken?.close();
  });

  it('shows 保存失败 with the reason, keeps the text, and saves on 重试', async () => {
    broken = await launchApp();
    const page = new EditorPage(broken);
    const created = await page.createNotice();
    await page.openNotice(created.id);
    // The database refuses every write (SQLite's own refusal; a full disk is tried in store.test.ts).
    broken.db.pragma('query_only = 1');
    await page.field('发文机关').fill('中共某某县财政局党组');
    const failed = broken.page.locator('.save-indicator[data-save-state="failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('保存失败');
    expect(await failed.textContent()).toContain('未能保存到数据库：文件或文件夹是只读的');
    await page.screenshot('save-failed');
    expect(await page.field('发文机关').inputValue()).toBe('中共某某县财政局党组');
    broken.db.pragma('query_only = 0');
    await failed.getByRole('button', { name: /重\s?试/ }).click();
    await page.waitSaved();
    expect((await page.stored(created.id)).meta.issuer).toBe('中共某某县财政局党组');

    // A change that could not be saved, then undone: back to what is stored, so 已保存 again, not 保存失败 for ever.
    broken.db.pragma('query_only = 1');
    await page.field('简称').fill('县财政局党组');
    await failed.waitFor();
    broken.db.pragma('query_only = 0');
    await page.page.locator('.editor-title').click();
    await page.undo();
    await page.waitSaved();
    expect(await page.field('简称').inputValue()).toBe('');
    expect((await page.stored(created.id)).meta.issuerShort).toBe('');
  });
});
