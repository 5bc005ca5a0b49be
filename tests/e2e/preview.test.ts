import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, Notice } from '../../shared/model/notice';
import { paragraphText } from '../../shared/model/rich-text';
import { allItems } from '../../shared/model/tree';
import { bodyParagraphs, docxParts, parseXml } from '../support/docx-xml';
import { LARGEST_SEED, seedNotice } from '../support/seed-notice';
import { EditorPage } from './support/editor-page';
import { launchApp, type LaunchedApp } from './support/launch-app';
import { PreviewPane } from './support/preview-pane';
import { clickWhenStill } from './support/motion';

/**
 * 预览 end to end in Chromium with the real services: the largest real
 * notice as pages beside the editor, following typing, linked both ways to
 * the editor, drawn from the same composed text the exported file holds.
 */
let app: LaunchedApp;
let editor: EditorPage;
let preview: PreviewPane;
let notice: Notice;
let items: Item[];

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  preview = new PreviewPane(app.page);
  const made = await app.services.createNotice({ kind: 'blank' });
  const seed = seedNotice(LARGEST_SEED);
  await app.services.saveNotice({ ...seed, id: made.id, createdAt: made.createdAt, updatedAt: made.updatedAt });
  notice = await app.services.getNotice(made.id);
  items = allItems(notice.checklist);
  await app.page.setViewportSize({ width: 1366, height: 800 });
  await editor.openNotice(notice.id);
  await preview.open();
});
afterAll(async () => {
  await app?.close();
});

/** The exported file's body text, paragraph by paragraph joined, spaces dropped (the preview draws no line ends). */
async function exportedText(): Promise<string> {
  await editor.exportDocx();
  const document = parseXml(docxParts(readFileSync(editor.lastExported))['word/document.xml']!);
  return bodyParagraphs(document)
    .map((p) => p.text)
    .join('')
    .replace(/\s+/g, '');
}

const compact = (text: string) => text.replace(/\s+/g, '');

describe('预览 beside the editor', () => {
  it('shows the notice as numbered A4 pages, the page count in its head', async () => {
    const count = await preview.sheets.count();
    expect(count).toBeGreaterThan(5);
    expect(await preview.countText()).toBe(`共 ${count} 页`);
    const numbers = await preview.pageNumbers();
    expect(numbers.map((n) => n.text)).toEqual(Array.from({ length: count }, (_, i) => `— ${i + 1} —`));
    // Odd pages right, even pages left (GB/T 9704 7.5).
    expect(numbers.slice(0, 2).map((n) => n.align)).toEqual(['right', 'left']);
    await editor.screenshot('preview-pages');
  });

  it('holds exactly the text of the exported Word file, in its order', async () => {
    expect(compact(await preview.text())).toBe(await exportedText());
  });

  it('follows typing in an item', async () => {
    const item = items[3]!;
    await editor.selectNode(item.id);
    await editor.typeInField('整改措施', '预览跟随输入测试');
    await expect.poll(() => preview.text(), { timeout: 5000 }).toContain('预览跟随输入测试');
    // The paragraph the caret is in is marked more strongly than the rest of its item.
    await expect.poll(() => preview.editingText()).toContain('预览跟随输入测试');
    const firstMeasure = compact(paragraphText(item.measures.paragraphs[0]!)).slice(2, 12);
    if (item.measures.paragraphs.length > 1) expect(await preview.editingText()).not.toContain(firstMeasure);
  });

  it('marks the selected item and scrolls its lines into view', async () => {
    const item = items[5]!;
    await editor.selectNode(item.id);
    const measures = paragraphText(item.measures.paragraphs[0]!).slice(0, 12);
    await expect.poll(() => preview.markedText()).toContain(compact(measures));
    const marked = preview.root.locator('.preview-line-marked').first();
    const pane = await preview.root.locator('.preview-scroll').boundingBox();
    const box = await marked.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(pane!.y - 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(pane!.y + pane!.height + 1);
  });

  it('selects an item in the editor when one of its paragraphs is clicked', async () => {
    const item = items[10]!;
    // A line of the item's measures, wherever the layout broke them.
    const words = compact(paragraphText(item.measures.paragraphs[0]!)).slice(4, 9);
    const line = preview.line(words);
    await line.scrollIntoViewIfNeeded();
    const clicked = compact((await line.textContent()) ?? '');
    await line.click();
    await expect.poll(() => editor.selectedKey()).toBe(item.id);
    await expect.poll(() => preview.markedText()).toContain(clicked);
  });

  it('changes its pages with the layout: 清单式 prints no group headings', async () => {
    const group = notice.checklist.find((node) => node.kind === 'group')!;
    expect(await preview.text()).toContain(group.kind === 'group' ? group.title : '');
    await app.page.getByLabel('版式').click();
    await clickWhenStill(app.page.locator('.ant-select-item-option', { hasText: '清单式' }));
    await expect.poll(() => preview.text()).not.toContain(group.kind === 'group' ? group.title : '');
    expect(compact(await preview.text())).toBe(await exportedText());
  });

  it('shows the ledger as landscape pages after the notice when 附带台账 is ticked', async () => {
    const before = await preview.sheets.count();
    await editor.attachLedger.check();
    await expect.poll(() => preview.root.locator('.preview-landscape').count()).toBeGreaterThan(0);
    const ledgerPages = await preview.root.locator('.preview-landscape').count();
    expect(await preview.countText()).toBe(`共 ${before + ledgerPages} 页（正文 ${before} 页，附件 ${ledgerPages} 页）`);
    expect(await preview.text()).toContain('附件：');
    await preview.root.locator('.preview-landscape').first().scrollIntoViewIfNeeded();
    await editor.screenshot('preview-ledger');
    await editor.attachLedger.uncheck();
    await expect.poll(() => preview.root.locator('.preview-landscape').count()).toBe(0);
  });

  it('zooms to fit the pane and to 100%', async () => {
    const sheet = preview.sheets.first();
    const fitted = (await sheet.boundingBox())!.width;
    const pane = (await preview.root.locator('.preview-scroll').boundingBox())!.width;
    expect(fitted).toBeLessThanOrEqual(pane);
    await preview.root.getByText('100%', { exact: true }).click();
    // A4 is 210 mm: 793.7 CSS px at 100%.
    await expect.poll(async () => Math.round((await sheet.boundingBox())!.width)).toBe(794);
    // Wider than the pane, the page starts at its left edge and scrolls sideways: nothing is cut off where it cannot be reached.
    const scroller = (await preview.root.locator('.preview-scroll').boundingBox())!;
    expect((await sheet.boundingBox())!.x).toBeGreaterThanOrEqual(scroller.x - 1);
    await preview.root.getByText('适合宽度', { exact: true }).click();
    await expect.poll(async () => Math.round((await sheet.boundingBox())!.width)).toBe(Math.round(fitted));
  });
});
