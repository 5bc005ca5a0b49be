import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLayoutTemplates, type LayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { computeFigures } from '../../shared/figures/compute-figures';
import { figuresSentence } from '../../shared/figures/figures-sentence';
import { DEFAULT_LEDGER_COLUMNS, LEDGER_COLUMN_HEADERS } from '../../shared/ledger/ledger-columns';
import type { Item, Notice } from '../../shared/model/notice';
import { paragraphText } from '../../shared/model/rich-text';
import { allItems, findNode } from '../../shared/model/tree';
import { attr, docxParts, nodes, parseXml, text } from '../support/docx-xml';
import { ledgerNotice } from '../support/ledger-notice';
import { EditorPage } from './support/editor-page';
import { artifactsDir, launchApp, type LaunchedApp } from './support/launch-app';
import { clickWhenStill } from './support/motion';

/**
 * Issue #6 in the window: the figures of 整改概况 and the exported ledger
 * follow an item's status as the user changes it; the Word export can carry
 * the ledger as 附件; the figures sentence goes into the organisation part.
 * One notice of 8 items (6 已完成, 2 持续推进), the tests in order.
 */
let app: LaunchedApp;
let editor: EditorPage;
let templates: LayoutTemplates;
let notice: Notice;
let fourth: Item;

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  templates = loadLayoutTemplates();
  notice = ledgerNotice(templates, 8);
  await app.services.saveNotice(notice);
  fourth = allItems(notice.checklist)[3]!;
  await editor.openNotice(notice.id);
});
afterAll(async () => {
  await app?.close();
});

/** Every column of the default setting but 问题类别: the group rows already show the category. */
const PRINTED_HEADERS = DEFAULT_LEDGER_COLUMNS.filter((c) => c !== 'category').map((c) => LEDGER_COLUMN_HEADERS[c]);

/** 整改概况 as shown: label → value. */
async function summary(): Promise<Record<string, string>> {
  const rows = editor.page.locator('.notice-summary .ant-descriptions-item');
  await rows.first().waitFor();
  const pairs = await rows.evaluateAll((elements) =>
    elements.map((e) => [
      e.querySelector('.ant-descriptions-item-label')!.textContent!.replace(/[:：]$/u, ''),
      e.querySelector('.ant-descriptions-item-content')!.textContent!,
    ]),
  );
  return Object.fromEntries(pairs);
}

/** The ledger table of an exported file: its header and each item row by the problem it holds. */
function ledgerTable(path: string) {
  const document = parseXml(docxParts(readFileSync(path))['word/document.xml']!);
  const [header, ...rows] = nodes('//w:tbl/w:tr', document).map((row) => nodes('w:tc', row).map(text));
  const headers = header!;
  const itemRow = (problemStart: string) => {
    const cells = rows.find((cells) => cells.some((cell) => cell.startsWith(problemStart)));
    if (!cells) throw new Error(`no row for ${problemStart}`);
    return Object.fromEntries(headers.map((h, i) => [h, cells[i]!]));
  };
  return { headers, itemRow };
}

async function chooseStatus(label: string): Promise<void> {
  await editor.page.locator('.properties-panel').getByLabel('整改状态').click();
  await clickWhenStill(editor.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }));
}

async function clearDate(label: string): Promise<void> {
  const picker = editor.page.locator('.ant-picker', { has: editor.page.getByLabel(label, { exact: true }) });
  await picker.hover();
  await picker.locator('.ant-picker-clear').click();
}

describe('the ledger and the figures in the editor', () => {
  it('follows an item’s status: the figures on screen and the exported ledger change with it, and back', async () => {
    await editor.select('part:checklist');
    expect(await summary()).toMatchObject({ 反馈问题: '8 个', 已完成: '6 个', 持续推进: '2 个', 整改完成率: '75.0%' });

    // 台账问题4 is 持续推进 with no completion date: the user records it as done.
    await editor.selectNode(fourth.id);
    await chooseStatus('已完成');
    await editor.typeDate('完成时间', '2021-05-20');
    await editor.select('part:checklist');
    await expect.poll(summary).toMatchObject({ 反馈问题: '8 个', 已完成: '7 个', 持续推进: '1 个', 整改完成率: '87.5%' });
    expect(await editor.page.getByLabel('整改数据段落').textContent()).toContain('已完成整改7个，正在持续推进1个，整改完成率87.5%');

    const message = await editor.exportLedger();
    const ledgerPath = editor.lastExported;
    expect(ledgerPath).toMatch(/（整改台账）\.docx$/u);
    expect(message).toContain('已导出整改台账');
    expect(message).toContain(ledgerPath);
    let ledger = ledgerTable(ledgerPath);
    expect(ledger.headers).toEqual(PRINTED_HEADERS);
    expect(ledger.itemRow('台账问题4：')['完成情况']).toBe('已完成2021年5月20日');
    expect(ledger.itemRow('台账问题3：')['完成情况']).toBe('已完成2021年3月1日');
    // Away from the buttons, and long enough for their tooltips to fade.
    await editor.page.mouse.move(700, 740);
    await editor.page.waitForTimeout(500);
    await editor.page.screenshot({ path: join(artifactsDir, 'ledger-export.png') });

    // And back: 持续推进, no completion date.
    await editor.selectNode(fourth.id);
    await chooseStatus('持续推进');
    await clearDate('完成时间');
    await editor.select('part:checklist');
    await expect.poll(summary).toMatchObject({ 已完成: '6 个', 持续推进: '2 个', 整改完成率: '75.0%' });
    await editor.exportLedger();
    ledger = ledgerTable(editor.lastExported);
    expect(ledger.itemRow('台账问题4：')['完成情况']).toBe('持续推进');
    const stored = findNode((await editor.stored(notice.id)).checklist, fourth.id)!.node as Item;
    expect([stored.status, stored.completedOn]).toEqual(['ongoing', null]);
  });

  it('attaches the ledger to the Word file as 附件 when 附带台账 is ticked, and remembers the choice', async () => {
    expect(await editor.attachLedger.isChecked()).toBe(false);
    await editor.exportDocx();
    const plain = parseXml(docxParts(readFileSync(editor.lastExported))['word/document.xml']!);
    expect(nodes('//w:tbl', plain)).toHaveLength(0);
    expect(nodes('//w:p', plain).map(text)).not.toContain('附件：巡察反馈问题整改台账');

    await editor.attachLedger.check();
    const message = await editor.exportDocx();
    expect(message).toContain('附整改台账');
    const document = parseXml(docxParts(readFileSync(editor.lastExported))['word/document.xml']!);
    const paragraphs = nodes('/w:document/w:body/w:p', document).map(text);
    expect(paragraphs).toContain('附件：巡察反馈问题整改台账');
    // The notice's own section is portrait; the attachment's, after it, landscape.
    const sections = nodes('//w:sectPr/w:pgSz', document);
    expect(sections).toHaveLength(2);
    expect(attr(sections[0], 'orient') ?? 'portrait').toBe('portrait');
    expect(attr(sections[1], 'orient')).toBe('landscape');
    expect(paragraphs).toContain('附件');
    const rows = nodes('//w:tbl/w:tr', document);
    expect(nodes('w:tc', rows[0]!).map(text)).toEqual(PRINTED_HEADERS);
    expect(rows.map(text).filter((row) => row.includes('台账问题'))).toHaveLength(8);

    // The choice holds for the session, on the next notice opened as after a reload.
    await editor.reload();
    expect(await editor.attachLedger.isChecked()).toBe(true);
    await editor.attachLedger.uncheck();
  });

  it('inserts the figures sentence into the organisation part, where it stays, can be undone, and is exported', async () => {
    const sentence = figuresSentence(computeFigures(notice.checklist), templates.boilerplate);
    const before = (await editor.stored(notice.id)).parts.organisation.body.paragraphs.map(paragraphText);

    // From another part: the organisation part is opened with the new paragraph at its end.
    await editor.select('part:checklist');
    await editor.page.getByRole('button', { name: '插入到组织情况' }).click();
    await expect.poll(() => editor.selectedKey()).toBe('part:organisation');
    await expect.poll(() => editor.richText('正文')).toEqual([...before, sentence]);
    await editor.screenshot('figures-inserted');

    // Ctrl+Z in the field takes it back like typing, Ctrl+Y brings it again.
    await expect.poll(() => editor.field('正文').evaluate((e) => e === document.activeElement)).toBe(true);
    await editor.undo();
    await expect.poll(() => editor.richText('正文')).toEqual(before);
    await editor.redo();
    await expect.poll(() => editor.richText('正文')).toEqual([...before, sentence]);

    // An ordinary paragraph: the caret is at its end, typing goes on from there.
    await editor.typeInField('正文', '（数据截至目前）');
    await editor.waitSaved();
    const edited = `${sentence}（数据截至目前）`;
    expect((await editor.stored(notice.id)).parts.organisation.body.paragraphs.map(paragraphText)).toEqual([...before, edited]);

    // Inserting while the part is open adds to what is on screen.
    await editor.page.getByRole('button', { name: '插入到组织情况' }).click();
    await expect.poll(() => editor.richText('正文')).toEqual([...before, edited, sentence]);
    // Ctrl+Z goes to the focused field: wait until the insert has put the focus back there.
    await expect.poll(() => editor.field('正文').evaluate((e) => e === document.activeElement)).toBe(true);
    await editor.undo();
    await expect.poll(() => editor.richText('正文')).toEqual([...before, edited]);
    await editor.waitSaved();

    await editor.reload();
    await editor.select('part:organisation');
    expect(await editor.richText('正文')).toEqual([...before, edited]);

    await editor.exportDocx();
    const paragraphs = nodes('/w:document/w:body/w:p', parseXml(docxParts(readFileSync(editor.lastExported))['word/document.xml']!)).map(
      text,
    );
    expect(paragraphs).toContain(edited);
  });

  it('says in Chinese why the ledger could not be exported', async () => {
    // A folder where the file should go: the write cannot replace it.
    const blocked = app.shown.find((path) => path.endsWith('（整改台账）.docx'))!;
    rmSync(blocked);
    mkdirSync(blocked);
    await editor.page.getByRole('button', { name: '导出台账' }).click();
    const dialog = editor.page.locator('.export-failure');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('导出台账失败');
    expect(await dialog.textContent()).toContain('是一个文件夹，不能作为导出文件名');
    await dialog.getByRole('button', { name: /知道了|知 道 了/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
