import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/model/notice';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { sampleNotice } from '../support/sample-notice';
import { artifactsDir, launchApp, type LaunchedApp } from './support/launch-app';
import { ListPage } from './support/list-page';
import { SettingsPage } from './support/settings-page';
import { clickWhenStill } from './support/motion';
import { DEFAULT_LEDGER_SETTINGS } from '../../shared/ledger/ledger-columns';

/**
 * Whole-app checks over the list and settings screens: nothing fetched from
 * anywhere but the app, nothing shown in English, and screenshots at
 * 1366×768 for a person to look at (tests/artifacts/, not committed).
 */

/** Latin words that are names, not English: file formats, programs, the standard, font names (仿宋_GB2312, 方正仿宋_GBK). */
const ALLOWED_LATIN = new Set(['docx', 'Word', 'WPS', 'GB', 'T', 'GBK']);

const templates = loadLayoutTemplates();
let app: LaunchedApp;
let list: ListPage;
let settings: SettingsPage;
/** Every URL any page of the browser context asked for (the harness records the first page's). */
const contextRequests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  app = await launchApp();
  list = new ListPage(app.page);
  settings = new SettingsPage(app.page);
  app.context.on('request', (request) => contextRequests.push(request.url()));
  app.page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the app has none, so that 404 is not the app's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) consoleErrors.push(message.text());
  });
  app.page.on('pageerror', (error) => consoleErrors.push(error.message));
  mkdirSync(artifactsDir, { recursive: true });
});
afterAll(async () => {
  await app?.close();
});

/**
 * The Latin words a user can see: every text that is rendered and not
 * clipped away (a zero-size, overflow-hidden box holds screen-reader copies
 * of select options, read by their Chinese aria-label), and the placeholders
 * of visible inputs; less `ignore` (data such as the database's path).
 */
async function visibleLatinWords(page: Page, ignore: string[] = []): Promise<string[]> {
  let text = await page.evaluate(() => {
    const hidden = (element: Element | null): boolean => {
      for (let e = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
        const box = e.getBoundingClientRect();
        if ((box.width === 0 || box.height === 0) && style.overflow !== 'visible') return true;
      }
      return false;
    };
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && !hidden(node.parentElement)) texts.push(node.textContent);
    }
    const inputs = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'));
    texts.push(...inputs.filter((input) => !hidden(input) && input.offsetParent !== null).map((input) => input.placeholder));
    return texts.join('\n');
  });
  for (const data of ignore) text = text.split(data).join(' ');
  return [...new Set(text.match(/[A-Za-z]+/g) ?? [])].filter((word) => !ALLOWED_LATIN.has(word));
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, name), animations: 'disabled' });
}

async function seed(change: (notice: Notice) => Notice): Promise<Notice> {
  const notice = change(sampleNotice(templates, 'duizhao', 2, 2));
  await new Promise((resolve) => setTimeout(resolve, 5));
  await app.services.saveNotice(notice);
  return notice;
}

describe('the list and settings screens, whole', () => {
  it('have a language check that does see English when it is shown', async () => {
    await list.reload();
    await app.page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'latin-probe';
      probe.textContent = 'Loading… 仿宋_GB2312';
      document.body.append(probe);
    });
    expect(await visibleLatinWords(app.page)).toEqual(['Loading']);
    await app.page.evaluate(() => document.getElementById('latin-probe')?.remove());
  });

  it('say everything in Chinese, in every state a user meets', async () => {
    await list.reload();
    await list.emptyState.waitFor();
    expect(await visibleLatinWords(app.page)).toEqual([]);

    await seed((n) => n);
    await seed((n) => ({ ...n, status: 'review', meta: { ...n.meta, stage: 'final' } }));
    await list.reload();
    expect(await visibleLatinWords(app.page)).toEqual([]);

    await app.page.locator('.notice-list-screen .ant-table-filter-trigger').first().click();
    await app.page.locator('.ant-table-filter-dropdown').waitFor();
    expect(await visibleLatinWords(app.page), 'filter').toEqual([]);
    await app.page.keyboard.press('Escape');

    const dialog = await list.openNewDialog();
    for (const kind of ['空白通报', '按版式新建', '复制已有通报']) {
      await dialog.getByText(kind, { exact: true }).click();
      expect(await visibleLatinWords(app.page), kind).toEqual([]);
    }
    await dialog.getByRole('combobox', { name: '要复制的通报' }).click();
    await app.page.locator('.ant-select-dropdown:visible').waitFor();
    expect(await visibleLatinWords(app.page), 'copy choices').toEqual([]);
    await app.page.keyboard.press('Escape');
    await clickWhenStill(dialog.getByRole('button', { name: '取消' }));

    const [first] = await list.ids();
    await list.row(first!).getByRole('button', { name: '删除' }).click();
    await app.page.getByText('删除后无法恢复').waitFor();
    expect(await visibleLatinWords(app.page)).toEqual([]);
    // The confirmation zooms open: a click while it moves can miss it and leave it over the window.
    await clickWhenStill(app.page.getByRole('button', { name: '取消' }));

    await settings.goto();
    // Paths (the database, the backup folder beside it) are the machine's, not words of ours.
    const ignore = [app.dbPath, dirname(app.dbPath)];
    expect(await visibleLatinWords(app.page, ignore)).toEqual([]);
    await settings.addContact({ kind: '电话', label: '电话', value: '' });
    await settings.setFontName('标题', '');
    await settings.save('invalid');
    expect(await visibleLatinWords(app.page, ignore)).toEqual([]);
    await app.page.getByRole('button', { name: '放弃修改' }).click();
  });

  it('make no request outside the app itself while notices are created, copied, deleted and settings saved', async () => {
    await list.goto();
    await list.createBlank();
    await list.goto();
    const [newest] = await list.ids();
    await list.copy(newest!);
    const [copy] = await list.ids();
    await list.delete(copy!, 'confirm');
    await list.createFromLayout('专题式');
    await list.goto();
    await list.createCopyOf('关于');

    await settings.goto();
    await settings.field('发文机关').fill('中共某某市民政局党组');
    await settings.addContact({ kind: '电话', label: '电话', value: '0769-22832508' });
    await settings.save('saved');
    await list.goto();

    const requests = [...app.requests, ...contextRequests];
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((url) => !url.startsWith(app.appUrl))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('saves screenshots of each screen at 1366×768', async () => {
    for (const { id } of await app.services.listNotices()) await app.services.deleteNotice(id);
    await seed((n) => ({ ...n, status: 'final', meta: { ...n.meta, round: '十四届市委第六轮', stage: 'final' } }));
    await seed((n) => ({ ...n, status: 'review', meta: { ...n.meta, round: '十四届市委第十轮', stage: 'progress' } }));
    await seed((n) => ({ ...n, meta: { ...n.meta, issuer: '中共某某市自然资源局党组', round: '十四届市委第十轮' } }));
    await seed((n) => ({ ...n, meta: { ...n.meta, issuer: '中共某某市交通运输局党组', round: '十四届市委第十一轮' } }));
    await list.reload();
    expect(app.page.viewportSize()).toEqual({ width: 1366, height: 768 });
    await screenshot(app.page, 'list.png');

    const dialog = await list.openNewDialog();
    await dialog.getByText('按版式新建', { exact: true }).click();
    await screenshot(app.page, 'new-notice.png');
    await dialog.getByText('复制已有通报', { exact: true }).click();
    await screenshot(app.page, 'new-notice-copy.png');
    await clickWhenStill(dialog.getByRole('button', { name: '取消' }));

    await app.services.saveSettings({
      export: { fonts: { body: { name: '仿宋', fallbacks: ['仿宋_GB2312'] } }, heading3Bold: false },
      ledger: DEFAULT_LEDGER_SETTINGS,
      defaults: {
        issuer: '中共某某市民政局党组',
        issuerShort: '市民政局党组',
        inspectingBody: '市委',
        signature: '中共某某市民政局党组',
        contactsLead: '联系方式：',
        contacts: [
          { kind: 'phone', label: '电话', value: '0769-22832508' },
          { kind: 'address', label: '邮政信箱', value: '某某市某某路1号机关党委' },
          { kind: 'postcode', label: '邮政编码', value: '523000' },
        ],
      },
    });
    await settings.reload();
    await screenshot(app.page, 'settings.png');
    await app.page.locator('.ant-card', { hasText: '新通报的默认内容' }).evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await screenshot(app.page, 'settings-defaults.png');
    await settings.fontName('标题').fill('');
    await app.page.getByRole('button', { name: '保存' }).click();
    await app.page.getByText('请填写标题的字体名称').waitFor();
    await app.page.waitForTimeout(500);
    await screenshot(app.page, 'settings-invalid.png');
  });
});
