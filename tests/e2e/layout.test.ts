import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, Notice } from '../../shared/model/notice';
import { findNode } from '../../shared/model/tree';
import { LARGEST_SEED, seedNotice } from '../support/seed-notice';
import { EditorPage } from './support/editor-page';
import { beyondRightEdge, inside, overlap, readEditorLayout, type EditorLayout } from './support/layout-checks';
import { artifactsDir, launchApp, projectRoot, type LaunchedApp } from './support/launch-app';
import { LibraryPanel } from './support/library-panel';
import { ListPage } from './support/list-page';
import { PreviewPane } from './support/preview-pane';

/**
 * The editor at the two screens that matter (issue #12): 1024×700, the
 * smallest window the app allows, and 1366×768, the usual office laptop; on
 * 标题与开头, a part and an item, with the 条目库 closed and open. What is
 * asserted is what a user checks by eye: a middle column wide enough to
 * read, no date cut off, no label broken, the library beside the outline and
 * not over it, every toolbar control on screen. Each case leaves a picture.
 */
let app: LaunchedApp;
let editor: EditorPage;
let library: LibraryPanel;
let preview: PreviewPane;
let notice: Notice;

/** The largest real notice (28 items, long progress paragraphs, every date of its metadata filled). */
const ITEM_ID = 's000-i2-1-2';
/** A middle column narrower than this no longer holds a readable line (26 characters of 15px, with the paddings). */
const MIN_MIDDLE = 460;
/** A rich-text field narrower than this wraps a line of the notice after fewer than 26 characters. */
const MIN_RICH_FIELD = 26 * 15;
/** From this width the library docks beside the middle column; narrower, it lies over the right of the editor. */
const DOCKING_WIDTH = 1330;

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  app = await launchApp();
  editor = new EditorPage(app);
  library = new LibraryPanel(app.page);
  preview = new PreviewPane(app.page);
  const seed = seedNotice(LARGEST_SEED);
  // The item shown has every property filled, so both of its date pickers hold a date.
  const item = findNode(seed.checklist, ITEM_ID)!.node as Item;
  Object.assign(item, { deadline: '2020-12-31', responsibleLeader: '局党组书记、局长', responsibleUnit: '市殡葬管理所、局规划财务科' });
  await app.services.saveNotice(seed);
  notice = await app.services.getNotice(seed.id);
  await editor.openNotice(notice.id);
});
afterAll(async () => {
  await app?.close();
});

const VIEWPORTS = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
] as const;

const VIEWS = [
  { name: 'metadata', key: 'meta', ready: '.metadata-form' },
  { name: 'part', key: 'part:organisation', ready: '.part-panel' },
  { name: 'item', key: ITEM_ID, ready: '.item-panel' },
] as const;

/** Waits until nothing moves any more (drawers slide in and out, dialogs zoom in). */
async function settle(page: Page): Promise<void> {
  let last = '';
  for (let round = 0; round < 50; round++) {
    const now = await page.evaluate(() =>
      JSON.stringify(
        ['.library-drawer', '.editor-main', '.editor-toolbar', '.ant-drawer-open .ant-drawer-section', '.ant-modal'].map((s) =>
          Array.from(document.querySelectorAll(s)).map((e) => e.getBoundingClientRect().toJSON()),
        ),
      ),
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(80);
  }
}

async function screenshot(name: string): Promise<void> {
  // Off every button, and until the tooltip the last click left has faded.
  await editor.page.mouse.move(1, 1);
  await editor.page
    .locator('.ant-tooltip:visible')
    .waitFor({ state: 'hidden' })
    .catch(() => undefined);
  await editor.page
    .waitForFunction(() => document.querySelectorAll('.ant-tooltip:not(.ant-tooltip-hidden)').length === 0)
    .catch(() => undefined);
  await editor.page.screenshot({ path: join(artifactsDir, `layout-${name}.png`), animations: 'disabled' });
}

/** Every check that holds whether the library is open or not. */
function expectReadable(layout: EditorLayout): void {
  const { viewport } = layout;
  expect(layout.documentWidth, 'no horizontal scroll bar').toBeLessThanOrEqual(viewport.width);
  expect(layout.main.width, 'middle column').toBeGreaterThanOrEqual(MIN_MIDDLE);
  expect(layout.outline.left).toBe(0);
  expect(layout.outline.width, 'outline').toBeGreaterThanOrEqual(260);

  for (const date of layout.dates) {
    expect(date.scrollWidth, `${date.name}: the date is shown whole`).toBeLessThanOrEqual(date.clientWidth);
    expect(date.box.width, `${date.name}: wide enough for 2020年12月21日`).toBeGreaterThanOrEqual(150);
    const column = date.column === 'main' ? layout.main : layout.properties;
    expect(column, `${date.name}: its column is shown`).not.toBeNull();
    expect(date.box.left >= column!.left - 1 && date.box.right <= column!.right + 1, `${date.name} inside its column`).toBe(true);
    expect(date.box.left >= 0 && date.box.right <= viewport.width, `${date.name} inside the window`).toBe(true);
  }
  for (const label of layout.labels) {
    expect(label.box.height, `label ${label.text} on one line`).toBeLessThan(label.lineHeight * 1.5);
    expect(label.scrollWidth, `label ${label.text} not cut`).toBeLessThanOrEqual(label.clientWidth);
  }
  for (const field of layout.richFields) {
    expect(field.box.width, `${field.name} wide enough to read`).toBeGreaterThanOrEqual(MIN_RICH_FIELD);
    expect(field.box.left >= layout.main.left && field.box.right <= layout.main.right + 1, `${field.name} inside the middle column`).toBe(
      true,
    );
  }
  for (const input of layout.inputs) {
    // 名称 of a contact is the narrowest on purpose (电话, 邮政信箱); its content holds an address.
    const least = /联系方式的内容/.test(input.name) ? 200 : 100;
    expect(input.box.width, `${input.name} wide enough to read`).toBeGreaterThanOrEqual(least);
    expect(input.box.left >= layout.main.left && input.box.right <= layout.main.right + 1, `${input.name} inside the middle column`).toBe(
      true,
    );
  }

  // The toolbar: nothing cut, nothing off screen, nothing on top of anything else.
  expect(layout.toolbar.scrollWidth, 'toolbar not overflowing').toBeLessThanOrEqual(layout.toolbar.clientWidth);
  expect(layout.toolbarControls.length).toBeGreaterThanOrEqual(8);
  for (const control of layout.toolbarControls) {
    expect(inside(control.box, viewport), `toolbar: ${control.name} inside the window`).toBe(true);
    expect(inside(control.box, layout.toolbar), `toolbar: ${control.name} inside the toolbar`).toBe(true);
  }
  for (const [i, a] of layout.toolbarControls.entries()) {
    for (const b of layout.toolbarControls.slice(i + 1)) expect(overlap(a.box, b.box), `toolbar: ${a.name} clear of ${b.name}`).toBe(false);
  }
  // Where the toolbar breaks its title onto a row of its own, the title is there whole.
  if (viewport.width < 1200) expect(layout.title.scrollWidth, 'the whole title').toBeLessThanOrEqual(layout.title.clientWidth);
}

describe.each(VIEWPORTS)('the editor at $width×$height', (viewport) => {
  const size = `${viewport.width}`;
  beforeAll(async () => {
    await editor.page.setViewportSize(viewport);
    await settle(editor.page);
  });

  for (const view of VIEWS) {
    let closed: EditorLayout;

    it(`${view.name}, library closed: every field readable`, async () => {
      await editor.select(view.key);
      await editor.page.locator(view.ready).waitFor();
      // Read from the top, as a user who has just picked it.
      await editor.page.locator('.editor-main').evaluate((main) => (main.scrollTop = 0));
      await settle(editor.page);
      closed = await readEditorLayout(editor.page);
      expectReadable(closed);
      expect(closed.library).toBeNull();
      expect(closed.properties, 'the properties column is shown').not.toBeNull();
      expect(closed.main.right).toBeLessThanOrEqual(closed.properties!.left + 1);
      if (view.name === 'metadata')
        expect(closed.dates.filter((d) => d.column === 'main').map((d) => d.name)).toEqual([
          '巡察开始日期',
          '巡察结束日期',
          '反馈日期',
          '成文日期',
        ]);
      if (view.name === 'item') expect(closed.dates.map((d) => d.name)).toEqual(['整改时限', '完成时间']);
      await screenshot(`${size}-${view.name}-closed`);
    });

    it(`${view.name}, library open: beside the outline, the middle column not squeezed`, async () => {
      await library.open();
      await settle(editor.page);
      const open = await readEditorLayout(editor.page);
      expectReadable(open);
      expect(open.library, 'the library is shown').not.toBeNull();
      const panel = open.library!;
      expect(panel.width, 'library wide enough for its hits').toBeGreaterThanOrEqual(380);
      expect(overlap(panel, open.outline), 'library clear of the outline').toBe(false);
      expect(panel.left).toBeGreaterThanOrEqual(open.outline.right - 1);
      expect(panel.right).toBeLessThanOrEqual(viewport.width + 1);
      expect(panel.bottom).toBeLessThanOrEqual(viewport.height + 1);
      if (viewport.width >= DOCKING_WIDTH) {
        // Docked: the library takes the properties' place, the middle column ends where it begins.
        expect(open.properties).toBeNull();
        expect(open.main.right).toBeLessThanOrEqual(panel.left + 1);
      } else {
        // Over the right of the editor: the columns keep the widths they had with the library closed.
        expect(open.main.width).toBe(closed.main.width);
        expect(open.properties?.width).toBe(closed.properties?.width);
        expect(panel.left).toBeLessThan(open.main.right);
      }
      await screenshot(`${size}-${view.name}-open`);
      if (view.name === 'metadata') {
        // The rest of the form: contacts with their long address, the signature and its date.
        await editor.page.locator('.editor-main').evaluate((main) => (main.scrollTop = main.scrollHeight));
        await screenshot(`${size}-${view.name}-end-open`);
      }
      await library.close();
      await settle(editor.page);
      if (view.name === 'metadata') {
        expectReadable(await readEditorLayout(editor.page));
        await screenshot(`${size}-${view.name}-end-closed`);
      }
    });
  }

  it('预览 and 检查 beside the middle column, the pages fitting the pane', async () => {
    await editor.select(ITEM_ID);
    await preview.open();
    await settle(editor.page);
    const layout = await readEditorLayout(editor.page);
    const pane = (await editor.page.locator('.editor-side').boundingBox())!;
    const box = { left: pane.x, right: pane.x + pane.width, top: pane.y, bottom: pane.y + pane.height };
    expect(layout.documentWidth, 'no horizontal scroll bar').toBeLessThanOrEqual(viewport.width);
    expect(box.right).toBeLessThanOrEqual(viewport.width + 1);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height + 1);
    expect(pane.width, 'the pane wide enough to read a page').toBeGreaterThanOrEqual(400);
    expect(box.left).toBeGreaterThanOrEqual(layout.outline.right - 1);
    if (viewport.width >= 1200) {
      // Docked: the middle column ends where the pane begins and stays readable.
      expect(layout.main.right).toBeLessThanOrEqual(box.left + 1);
      expect(layout.main.width, 'middle column').toBeGreaterThanOrEqual(MIN_MIDDLE);
    }
    const sheet = (await preview.sheets.first().boundingBox())!;
    expect(sheet.x).toBeGreaterThanOrEqual(box.left);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(box.right);
    await screenshot(`${size}-preview`);
    await editor.page.locator('.editor-side-head').getByText('检查', { exact: false }).click();
    await editor.page.locator('.check-panel').waitFor();
    await settle(editor.page);
    expect(await beyondRightEdge(editor.page)).toEqual([]);
    await screenshot(`${size}-check`);
    await editor.page.locator('.editor-side').getByRole('button', { name: '关闭' }).click();
    await editor.page.locator('.editor-side').waitFor({ state: 'detached' });
  });

  it('历史版本: the drawer inside the window', async () => {
    await editor.page.getByRole('button', { name: '历史版本' }).click();
    const drawer = editor.page.locator('.ant-drawer-open .ant-drawer-section').last();
    await drawer.waitFor();
    // Once it has slid in, it ends at the window's right edge.
    await expect.poll(async () => ((b) => b!.x + b!.width)(await drawer.boundingBox())).toBeLessThanOrEqual(viewport.width + 1);
    await settle(editor.page);
    expect((await drawer.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    expect(await beyondRightEdge(editor.page)).toEqual([]);
    await screenshot(`${size}-versions`);
    await editor.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('the toolbar with its longest state, 保存失败 and 重试, still inside the window', async () => {
    await editor.select('meta');
    // The database refuses every write, as a read-only folder would.
    app.db.pragma('query_only = 1');
    try {
      await editor.field('发文机关').fill('中共东莞市民政局党组（测试）');
      await editor.page.locator('.save-indicator[data-save-state="failed"]').waitFor();
      await settle(editor.page);
      const layout = await readEditorLayout(editor.page);
      expectReadable(layout);
      await screenshot(`${size}-save-failed`);
    } finally {
      app.db.pragma('query_only = 0');
    }
    await editor.field('发文机关').fill('中共东莞市民政局党组');
    await editor.page
      .locator('.save-indicator')
      .getByRole('button', { name: /重\s?试/ })
      .click();
    await editor.waitSaved();
  });
});

describe.each(VIEWPORTS)('the other screens at $width×$height', (viewport) => {
  beforeAll(async () => {
    await editor.page.setViewportSize(viewport);
  });

  it('通报列表: nothing cut at the right edge', async () => {
    await editor.page.getByRole('menuitem', { name: '通报列表' }).click();
    await editor.page.locator('.notice-list-screen .ant-table-wrapper').waitFor();
    await editor.page.locator('.notice-list-screen tbody tr[data-row-key]').first().waitFor();
    expect(await beyondRightEdge(editor.page)).toEqual([]);
    expect(await editor.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await screenshot(`${viewport.width}-list`);
    // 新建通报: the dialog and its choices inside the window.
    await editor.page.getByRole('button', { name: '新建通报' }).click();
    const dialog = editor.page.getByRole('dialog', { name: '新建通报' });
    await dialog.waitFor();
    await settle(editor.page);
    expect(
      inside(
        await dialog
          .boundingBox()
          .then((b) => ({ left: b!.x, top: b!.y, right: b!.x + b!.width, bottom: b!.y + b!.height, width: b!.width, height: b!.height })),
        viewport,
      ),
    ).toBe(true);
    expect(await beyondRightEdge(editor.page)).toEqual([]);
    await screenshot(`${viewport.width}-new-notice`);
    await editor.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('核对导入结果: the tree with its buttons and the source side by side, inside the window', async () => {
    await editor.page.getByRole('menuitem', { name: '通报列表' }).click();
    await editor.page.locator('.notice-list-screen .ant-table-wrapper').waitFor();
    // The largest real notice, with the one warning a misnumbered item gives, so the warnings list is there too.
    const seed = readFileSync(join(projectRoot, '..', 'shared', 'seeds', `${LARGEST_SEED}.txt`), 'utf8');
    const misnumbered = join(mkdtempSync(join(tmpdir(), 'zhenggai-layout-')), '编号有误.txt');
    writeFileSync(misnumbered, seed.replace('2.针对“四级调研员', '3.针对“四级调研员'), 'utf8');
    app.chooseImportFile(misnumbered);
    await new ListPage(editor.page).importButton.click();
    const dialog = editor.page.getByRole('dialog', { name: '核对导入结果' });
    await dialog.waitFor();
    // An item selected, so the tree shows its paragraphs and the source its lines.
    await dialog.locator('.import-review-warnings tbody tr.ant-table-row').first().click();
    await dialog.locator('.review-source-line.is-selected').first().waitFor();
    await settle(editor.page);
    const box = async (selector: string) => {
      const b = (await dialog.locator(selector).first().boundingBox())!;
      return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height, width: b.width, height: b.height };
    };
    const whole = await box('.ant-modal-container, .ant-modal-content');
    expect(inside(whole, viewport), 'the dialog inside the window').toBe(true);
    const tree = await box('.review-tree-pane');
    const side = await box('.review-side');
    expect(overlap(tree, side), 'the tree beside the source, not over it').toBe(false);
    expect(tree.width, 'the tree wide enough to read').toBeGreaterThanOrEqual(400);
    expect(side.width, 'the source wide enough to read').toBeGreaterThanOrEqual(400);
    expect((await box('.review-tree-scroll')).height, 'rows of the tree in view').toBeGreaterThanOrEqual(viewport.height < 768 ? 150 : 200);
    expect((await box('.review-source-lines')).height, 'lines of the source in view').toBeGreaterThanOrEqual(150);
    for (const button of await dialog.locator('.review-toolbar button').all()) {
      expect(
        inside(
          await button
            .boundingBox()
            .then((b) => ({ left: b!.x, top: b!.y, right: b!.x + b!.width, bottom: b!.y + b!.height, width: b!.width, height: b!.height })),
          tree,
        ),
        await button.innerText(),
      ).toBe(true);
    }
    expect(await beyondRightEdge(editor.page)).toEqual([]);
    await screenshot(`${viewport.width}-import-review`);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('设置: nothing cut at the right edge, from the top to 备份与恢复', async () => {
    await editor.page.getByRole('menuitem', { name: '设置' }).click();
    await editor.page.getByRole('heading', { name: '设置', exact: true }).waitFor();
    const screen = editor.page.locator('.settings-screen');
    for (let part = 1; ; part++) {
      expect(await beyondRightEdge(editor.page)).toEqual([]);
      await screenshot(`${viewport.width}-settings-${part}`);
      const moved = await screen.evaluate((element) => {
        const before = element.scrollTop;
        element.scrollTop += element.clientHeight - 120;
        return element.scrollTop !== before;
      });
      if (!moved) break;
    }
    // Back to the editor for the next viewport's cases.
    await editor.openNotice(notice.id);
  });
});
