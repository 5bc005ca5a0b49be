import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, Notice } from '../../shared/model/notice';
import { allItems, findNode } from '../../shared/model/tree';
import { cli } from '../support/run-cli';
import { LARGEST_SEED, seedNotice } from '../support/seed-notice';
import { EditorPage } from './support/editor-page';
import { artifactsDir, launchApp, type LaunchedApp } from './support/launch-app';

/**
 * Issue 15's statistics in 整改概况, on the largest real notice (28 items,
 * most with a responsible unit, 13 without): the chart is drawn on its canvas
 * under the window's CSP, the unit table counts what the items say, and
 * 复制表格 / 复制表述 put on the clipboard what Word and Excel will paste,
 * with no clipboard-write permission (the app's session denies every one).
 */
let app: LaunchedApp;
let editor: EditorPage;
let page: Page;
let notice: Notice;

/** Two units named in one cell, as offices write a shared responsibility. */
const SHARED_ITEM = 's000-i2-1-2';
const SHARED_UNITS = '市殡葬管理所、局规划财务科';

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  app = await launchApp();
  page = app.page;
  editor = new EditorPage(app);
  const seed = seedNotice(LARGEST_SEED);
  Object.assign(findNode(seed.checklist, SHARED_ITEM)!.node as Item, {
    responsibleUnit: SHARED_UNITS,
    responsibleLeader: '局党组书记、局长',
  });
  await app.services.saveNotice(seed);
  notice = await app.services.getNotice(seed.id);
  // Every Content-Security-Policy violation from here on, whoever causes it.
  await app.context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.reload();
  await editor.openNotice(notice.id);
  await editor.select('part:checklist');
});
afterAll(async () => {
  await app?.close();
});

const panel = () => page.locator('.editor-properties .statistics-panel');

/** The canvas as painted: how many pixels are not background, how many of each status colour. */
async function chartPixels(root = '.editor-properties') {
  return page.evaluate((within) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`${within} .statistics-chart canvas`)!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const near = (i: number, rgb: number[]) => data[i + 3]! > 240 && rgb.every((v, k) => Math.abs(data[i + k]! - v) < 10);
    const counts = { drawn: 0, green: 0, blue: 0, orange: 0, grey: 0 };
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0 && !(data[i]! > 245 && data[i + 1]! > 245 && data[i + 2]! > 245)) counts.drawn++;
      if (near(i, [0x52, 0xc4, 0x1a])) counts.green++;
      if (near(i, [0x16, 0x77, 0xff])) counts.blue++;
      if (near(i, [0xfa, 0x8c, 0x16])) counts.orange++;
      if (near(i, [0x8c, 0x8c, 0x8c])) counts.grey++;
    }
    const box = canvas.getBoundingClientRect();
    const column = document.querySelector(`${within} .statistics-panel`)!.getBoundingClientRect();
    return { ...counts, cssWidth: Math.round(box.width), columnWidth: Math.round(column.width) };
  }, root);
}

/** The statistics table as shown: header, one row per line, the 合计 row. */
async function shownTable(root = panel()): Promise<string[][]> {
  const table = root.locator('.statistics-table');
  const header = await table.locator('thead th').allTextContents();
  const rows = await table
    .locator('tbody tr.ant-table-row')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
  const total = await table.locator('.statistics-total td').allTextContents();
  return [header, ...rows, total];
}

/** The units of the items as this test reads them: a cell names its units separated by 、, an empty cell none. */
function expectedUnitRows(items: Item[]): [string, number, number][] {
  const rows = new Map<string, { total: number; done: number }>();
  const unfilled = { total: 0, done: 0 };
  for (const item of items) {
    const units = item.responsibleUnit.split('、').filter((u) => u.trim() !== '');
    for (const target of units.length === 0 ? [unfilled] : units.map((u) => rows.get(u) ?? rows.set(u, { total: 0, done: 0 }).get(u)!)) {
      target.total += 1;
      if (item.status === 'done') target.done += 1;
    }
  }
  const named = [...rows].sort((a, b) => b[1].total - a[1].total);
  return [...named, ['未填写', unfilled] as const].map(([name, { total, done }]) => [name, total, done]);
}

async function clipboard(type: 'text/plain' | 'text/html'): Promise<string> {
  return page.evaluate(async (wanted) => {
    const [entry] = await navigator.clipboard.read();
    return entry!.types.includes(wanted) ? (await entry!.getType(wanted)).text() : '';
  }, type);
}

describe('the statistics in 整改概况', () => {
  it('draws the statuses as a ring in their colours, the completion rate in its middle', async () => {
    await panel().waitFor();
    const items = allItems(notice.checklist);
    const count = (status: Item['status']) => items.filter((i) => i.status === status).length;
    const row = (label: string, status: Item['status']) => [
      label,
      String(count(status)),
      `${((count(status) / items.length) * 100).toFixed(1)}%`,
    ];
    // 23 of 28 done, 4 under way, 1 nearly: green dominates, orange and blue are there, no grey (nothing 长期坚持).
    await expect.poll(async () => (await chartPixels()).green, { timeout: 5000 }).toBeGreaterThan(2000);
    const pixels = await chartPixels();
    expect(pixels.orange).toBeGreaterThan(100);
    expect(pixels.blue).toBeGreaterThan(20);
    expect(pixels.grey).toBeLessThan(pixels.blue);
    expect(pixels.cssWidth).toBe(pixels.columnWidth);
    expect(await shownTable()).toEqual([
      ['整改状态', '问题数', '占比'],
      row('已完成', 'done'),
      row('基本完成', 'mostlyDone'),
      row('持续推进', 'ongoing'),
      row('长期坚持', 'longTerm'),
      ['合计', String(items.length), '100.0%'],
    ]);
  });

  it('lists every unit with its counts as the items name them, the shared item under both units', async () => {
    await panel().getByText('按单位', { exact: true }).click();
    const expected = expectedUnitRows(allItems(notice.checklist));
    await expect.poll(async () => (await shownTable()).length).toBe(expected.length + 2);
    const [header, ...rest] = await shownTable();
    expect(header).toEqual(['责任单位', '问题数', '已完成', '基本完成', '持续推进', '长期坚持', '完成率']);
    const rows = rest.slice(0, -1);
    expect(rows.map(([name, total, done]) => [name, Number(total), Number(done)])).toEqual(expected);
    // 局规划财务科 had one item; the shared one makes two. The rows add up to one more than the items, the total counts each once.
    expect(rows.find((r) => r[0] === '局规划财务科')!.slice(0, 2)).toEqual(['局规划财务科', '2']);
    expect(rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(29);
    expect(rest.at(-1)!.slice(0, 2)).toEqual(['合计（不重复计数）', '28']);
    await expect.poll(async () => (await chartPixels()).green, { timeout: 5000 }).toBeGreaterThan(500);
    expect((await chartPixels()).orange).toBeGreaterThan(50);
    await panel().getByText('在每个名下各计一次，因此各行之和多于合计').waitFor();
  });

  it('copies the table with its header as tab-separated text and as an HTML table, with no clipboard-write permission', async () => {
    // Reading it back is the test's need; the app's write needs nothing granted.
    await app.context.grantPermissions(['clipboard-read'], { origin: app.appUrl });
    await panel().getByRole('button', { name: '复制表格' }).click();
    await page.getByText('已复制表格，可粘贴到 Word、WPS 或 Excel').waitFor();
    const shown = await shownTable();
    expect((await clipboard('text/plain')).split('\r\n').map((line) => line.split('\t'))).toEqual(shown);
    const html = await clipboard('text/html');
    expect(html).toContain('<th>责任单位</th>');
    expect(html.match(/<tr>/g)).toHaveLength(shown.length);
  });

  it('copies the figures sentence exactly as the command line’s figures prints it', async () => {
    await panel().getByRole('button', { name: '复制表述' }).click();
    await page.getByText('已复制表述').waitFor();
    const run = await cli('figures', notice.id, '--db', app.dbPath);
    expect(run.code).toBe(0);
    const printed = run.stdout
      .split('\n')
      .find((line) => line.startsWith('可插入正文的表述：'))!
      .slice('可插入正文的表述：'.length);
    expect(printed).toContain('整改完成率');
    expect(await clipboard('text/plain')).toBe(printed);
  });

  it('keeps the leader whose posts are joined by 、 as one row, the rest under 未填写', async () => {
    await panel().getByText('按领导', { exact: true }).click();
    await expect
      .poll(async () => (await shownTable()).map((row) => row.slice(0, 2)))
      .toEqual([
        ['责任领导', '问题数'],
        ['局党组书记、局长', '1'],
        ['未填写', '27'],
        ['合计', '28'],
      ]);
  });

  it('shows the same, every column at once, in a dialog when enlarged', async () => {
    await panel().getByText('按单位', { exact: true }).click();
    const inColumn = await shownTable();
    await panel().getByRole('button', { name: '放大' }).click();
    const dialog = page.getByRole('dialog', { name: '整改统计' });
    await dialog.locator('.statistics-table').waitFor();
    expect(await shownTable(dialog)).toEqual(inColumn);
    await expect.poll(async () => (await chartPixels('.ant-modal')).green, { timeout: 5000 }).toBeGreaterThan(1000);
    // No column hidden behind a scroll bar: the table is no wider than the dialog's body.
    const [table, body] = await Promise.all([
      dialog.locator('.statistics-table table').boundingBox(),
      dialog.locator('.statistics-panel').boundingBox(),
    ]);
    expect(table!.width).toBeLessThanOrEqual(body!.width + 1);
    await settleMessages();
    await page.screenshot({ path: join(artifactsDir, 'statistics-enlarged.png') });
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('follows the column when the window widens, fetches nothing and raises no CSP violation', async () => {
    await panel().getByText('按状态', { exact: true }).click();
    await expect.poll(async () => (await shownTable())[0]![0]).toBe('整改状态');
    await shot('statistics-status-1024.png');
    await panel().getByText('按单位', { exact: true }).click();
    await shot('statistics-1024.png');
    const narrow = await chartPixels();
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(async () => (await chartPixels()).cssWidth).toBeGreaterThan(narrow.cssWidth);
    const wide = await chartPixels();
    expect(wide.cssWidth).toBe(wide.columnWidth);
    await expect.poll(async () => (await chartPixels()).green, { timeout: 5000 }).toBeGreaterThan(500);
    await shot('statistics.png');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    // The charting library came with the app: nothing was fetched from anywhere else.
    expect(app.requests.filter((url) => !url.startsWith(app.appUrl))).toEqual([]);
  });

  it('names the statuses as 设置 renames them, in the table and in what is copied', async () => {
    const settings = await app.services.getSettings();
    const statusLabels = { ...settings.tracking!.statusLabels, done: '已办结', ongoing: '正在推进' };
    await app.services.saveSettings({ ...settings, tracking: { ...settings.tracking!, statusLabels } });
    await editor.reload();
    await editor.select('part:checklist');
    await panel().getByText('按状态', { exact: true }).click();
    await expect
      .poll(async () => (await shownTable()).map((row) => row[0]))
      .toEqual(['整改状态', '已办结', '基本完成', '正在推进', '长期坚持', '合计']);
    await panel().getByText('按单位', { exact: true }).click();
    await expect
      .poll(async () => (await shownTable())[0])
      .toEqual(['责任单位', '问题数', '已办结', '基本完成', '正在推进', '长期坚持', '完成率']);
    await panel().getByRole('button', { name: '复制表格' }).click();
    await page.getByText('已复制表格，可粘贴到 Word、WPS 或 Excel').waitFor();
    expect((await clipboard('text/plain')).split('\r\n')[0]).toBe('责任单位\t问题数\t已办结\t基本完成\t正在推进\t长期坚持\t完成率');
    await panel().getByRole('button', { name: '复制表述' }).click();
    const done = allItems(notice.checklist).filter((i) => i.status === 'done').length;
    await expect.poll(() => clipboard('text/plain')).toContain(`已办结${done}个`);
  });
});

/** Until the 已复制 messages have gone, so they cover nothing in a picture. */
async function settleMessages(): Promise<void> {
  await page.mouse.move(10, 690);
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

/** The window with the statistics scrolled into the properties column. */
async function shot(name: string): Promise<void> {
  await panel().evaluate((element) => element.previousElementSibling?.scrollIntoView({ block: 'start' }));
  await settleMessages();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(artifactsDir, name) });
}
