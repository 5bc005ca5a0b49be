import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group, Item } from '../../shared/model/notice';
import { LARGEST_SEED, seedNotice } from '../support/seed-notice';
import { EditorPage } from './support/editor-page';
import { launchApp, projectRoot, type LaunchedApp } from './support/launch-app';
import { LibraryPanel } from './support/library-panel';
import { ListPage } from './support/list-page';

/**
 * No English ever reaches the screen: every screen, dialog, drop-down and
 * panel is walked, and whatever a user can see or a screen reader reads
 * (text, title, placeholder, aria-label, alt) is searched for Latin words.
 * What the user typed or imported is theirs and not searched; the few Latin
 * names the app means to show (Word, WPS, Ctrl+B, .docx …) are allowed.
 */
let app: LaunchedApp;
let editor: EditorPage;
let library: LibraryPanel;
let list: ListPage;
const found = new Map<string, string>();

/** Names of things, not English sentences: the programs, the keys, the file types. */
const ALLOWED = new Set([
  'Word',
  'WPS',
  'Ctrl',
  'Esc',
  'Delete',
  'Shift',
  'Tab',
  'Enter',
  'Alt',
  'docx',
  'txt',
  'ISO',
  'JSON',
  'Excel',
  'GB',
  'UTF',
  'GBK',
]);
/** What the user wrote or imported, and paths of files on this computer. */
const USER_CONTENT = [
  '[data-slate-editor]',
  '.preview-sheet',
  '.outline-text',
  '.library-hit',
  '.library-template',
  '.notice-list-screen td',
  '.editor-title',
  'code',
  '.ant-select-content',
  '.import-review-tree',
  '.review-source-text',
  '.ant-select-selection-item',
];

async function scan(page: Page, where: string): Promise<void> {
  // Let what just opened finish appearing.
  await page.waitForTimeout(250);
  const hits = await page.evaluate(
    ({ userContent }) => {
      const out: string[] = [];
      const words = (text: string) => text.match(/[A-Za-z]{2,}/g) ?? [];
      const mine = (element: Element) => element.closest(userContent.join(','));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (element.closest('script, style') || mine(element)) continue;
        // A drop-down's hidden list for screen readers holds each option's value, but names it by its label.
        if (element.closest('[role="option"][aria-label]')) continue;
        for (const word of words(node.textContent ?? '')) out.push(`${word} | text “${(node.textContent ?? '').trim().slice(0, 60)}”`);
      }
      for (const element of Array.from(
        document.querySelectorAll('[title], [placeholder], [aria-label], [alt], [aria-description], [aria-roledescription]'),
      )) {
        if (mine(element) && !element.matches('[aria-label]')) continue;
        for (const name of ['title', 'placeholder', 'aria-label', 'alt', 'aria-description', 'aria-roledescription']) {
          const value = element.getAttribute(name);
          if (!value || (name === 'title' && mine(element))) continue;
          for (const word of words(value))
            out.push(
              `${word} | ${name}=“${value.slice(0, 60)}” on ${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]}`,
            );
        }
      }
      return out;
    },
    { userContent: USER_CONTENT },
  );
  for (const hit of hits) if (!ALLOWED.has(hit.split(' | ')[0]!) && !found.has(hit)) found.set(hit, where);
}

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  library = new LibraryPanel(app.page);
  list = new ListPage(app.page);
  await app.services.saveNotice(seedNotice(LARGEST_SEED));
  await app.services.saveItemTemplate({
    name: '公务用车管理',
    tags: ['八项规定'],
    node: (seedNotice(LARGEST_SEED).checklist[3] as Group).children[0]!,
  });
});
afterAll(async () => {
  await app?.close();
});

describe('nothing in English on screen', () => {
  it('通报列表, 新建通报 and 导入', async () => {
    const { page } = app;
    await list.goto();
    await scan(page, '通报列表');
    await list.openNewDialog();
    await scan(page, '新建通报');
    await page.keyboard.press('Escape');
    const work = mkdtempSync(join(tmpdir(), 'zhenggai-chinese-'));
    const file = join(work, '民政局整改通报.txt');
    copyFileSync(join(projectRoot, '..', 'shared', 'seeds', `${LARGEST_SEED}.txt`), file);
    app.chooseImportFile(file);
    await list.openImportReview();
    await scan(page, '核对导入结果');
    // With an item selected (its paragraphs open, the source marked) and a correction refused.
    await list.importReview.locator('.import-review-tree .outline-item').first().click();
    await list.importReview.getByRole('button', { name: '降级' }).click();
    await list.importReview.locator('.review-status', { hasText: '无法降级' }).waitFor();
    await scan(page, '核对导入结果：选中一个问题');
    await list.cancelImport();
    const notANotice = join(work, '会议记录.txt');
    writeFileSync(notANotice, '会议记录\n今天下午开会，讨论明年的工作安排。\n');
    app.chooseImportFile(notANotice);
    await list.startImport();
    await list.importFailure.waitFor();
    await scan(page, '无法导入');
    await list.dismissImportFailure();
  });

  it('编辑: every panel, pop-up and drop-down', async () => {
    const { page } = app;
    const seed = seedNotice(LARGEST_SEED);
    await editor.openNotice(seed.id);
    await editor.openMetadata();
    await scan(page, '标题与开头');
    await page.getByLabel('反馈日期', { exact: true }).click();
    await scan(page, '日期选择');
    await page.keyboard.press('Escape');
    await page.getByLabel('通报阶段', { exact: true }).click();
    await scan(page, '通报阶段');
    await page.keyboard.press('Escape');
    await editor.select('part:organisation');
    await scan(page, '正文部分');
    const group = seed.checklist[1] as Group;
    await editor.selectNode(group.id);
    await scan(page, '分组');
    const item = (group.children[0] as Group).children[1] as Item;
    await editor.selectNode(item.id);
    await scan(page, '问题');
    await page.getByLabel('整改措施的编号方式').click();
    await scan(page, '编号方式');
    await page.keyboard.press('Escape');
    await page.getByLabel('版式').click();
    await scan(page, '版式');
    await page.keyboard.press('Escape');
    await page.getByLabel('挽回金额', { exact: true }).hover();
    await scan(page, '挽回金额');

    await library.open();
    await library.search('资金');
    await library.hits().first().waitFor();
    await scan(page, '条目库');
    await library.search('没有这样的问题');
    await library.drawer.locator('.ant-empty, .ant-list-empty-text').first().waitFor();
    await scan(page, '条目库：没有找到');
    await library.filterStatuses(['已完成']);
    await scan(page, '条目库：状态筛选');
    await library.showTab('模板');
    await library.templates().first().waitFor();
    await scan(page, '模板');
    await library.close();

    await page.locator('.outline-actions').getByRole('button', { name: '存为模板', exact: true }).click();
    await library.dialog('存为模板').waitFor();
    await scan(page, '存为模板');
    await page.keyboard.press('Escape');
    await page.locator('.outline-actions').getByRole('button', { name: '删除', exact: true }).click();
    await page.locator('.deleted-message').waitFor();
    await scan(page, '已删除');
    await page
      .locator('.deleted-message')
      .getByRole('button', { name: /撤\s?销/ })
      .click();
    await editor.outlineNode(item.id).waitFor();

    await page.keyboard.press('Control+h');
    await page.locator('.find-bar').getByRole('textbox', { name: '查找', exact: true }).fill('整改');
    await page.locator('.find-bar').getByRole('textbox', { name: '替换为' }).fill('落实');
    await scan(page, '查找和替换');
    await page.locator('.find-bar').getByRole('textbox', { name: '查找', exact: true }).fill('没有这样的词');
    await scan(page, '查找：无匹配');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '历史版本' }).click();
    await page.locator('.ant-drawer-open').last().waitFor();
    await scan(page, '历史版本');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '整改总览' }).click();
    const overview = page.locator('.overview-drawer');
    await overview.locator('tbody tr.overview-row').first().waitFor();
    await scan(page, '整改总览');
    await overview.locator('th', { hasText: '时限状态' }).locator('.ant-table-filter-trigger').click();
    await page.locator('.ant-table-filter-dropdown:visible').waitFor();
    await scan(page, '整改总览：筛选');
    await page.keyboard.press('Escape');
    await overview.locator('tbody tr.overview-row').first().locator('.overview-close-out button').click();
    const closeOut = page.locator('.close-out-modal');
    await closeOut.waitFor();
    await scan(page, '销号');
    await closeOut.getByRole('button', { name: /取\s?消/ }).click();
    await closeOut.waitFor({ state: 'hidden' });
    await overview.locator('.ant-drawer-close').click();
    await overview.waitFor({ state: 'hidden' });

    await page.locator('.side-toggles').getByRole('button', { name: '预览', exact: true }).click();
    await page.locator('.preview-sheet').first().waitFor();
    await scan(page, '预览');
    await page.locator('.side-toggles').getByRole('button', { name: '检查', exact: true }).click();
    await page.locator('.check-finding').first().waitFor();
    await scan(page, '检查');
    await editor.exportButton('导出 Word').click();
    await editor.checkQuestion.waitFor();
    await scan(page, '导出前的检查');
    await editor.checkQuestion.getByRole('button', { name: '返回修改' }).click();
  });

  it('设置', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('heading', { name: '设置', exact: true }).waitFor();
    await scan(page, '设置');
    await page.getByRole('combobox', { name: '标题备用字体', exact: true }).click();
    await scan(page, '备用字体');
    await page.keyboard.press('Escape');
  });

  it('found nothing', () => {
    expect([...found].map(([hit, where]) => `${where}: ${hit}`)).toEqual([]);
  });
});
