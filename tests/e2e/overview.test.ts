import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, createItem } from '../../shared/model/factory';
import type { Item, Notice } from '../../shared/model/notice';
import { allItems, findNode } from '../../shared/model/tree';
import { LARGEST_SEED, seedNotice } from '../support/seed-notice';
import { EditorPage } from './support/editor-page';
import { artifactsDir, launchApp, type LaunchedApp } from './support/launch-app';
import { label, ListPage } from './support/list-page';

/**
 * Issue #15, deadlines and 销号 in the window, on a fixed day (16 March
 * 2026, for the services and the page alike): the item's 整改时限 and its
 * standing, 整改总览's colours, counts, filter and 销号, the item's
 * properties after it, and the counts on the notice list.
 */
const TODAY = new Date(2026, 2, 16, 10, 0);

let app: LaunchedApp;
let editor: EditorPage;
let notice: Notice;
const ids = { late: '', soon: '', roomy: '', open: '', immediate: '' };

beforeAll(async () => {
  app = await launchApp({ now: TODAY });
  editor = new EditorPage(app);
  const base = await editor.createNotice();
  const late = createItem({
    problem: '超过整改时限仍未完成的问题',
    deadline: '2026-03-01',
    responsibleLeader: '张某某',
    responsibleUnit: '办公室',
  });
  const soon = createItem({ problem: '四天后到期的问题', deadline: '2026-03-20', status: 'mostlyDone', responsibleUnit: '财务科' });
  const roomy = createItem({ problem: '时限尚远的问题', responsibleUnit: '人事科' });
  const open = createItem({ problem: '还没有定时限的问题' });
  const immediate = createItem({ problem: '立行立改的问题', deadlineKind: 'immediate' });
  Object.assign(ids, { late: late.id, soon: soon.id, roomy: roomy.id, open: open.id, immediate: immediate.id });
  notice = {
    ...base,
    meta: {
      ...base.meta,
      issuer: '中共某某市民政局党组',
      issuerShort: '市民政局党组',
      round: '十四届市委第十轮',
      feedbackDate: '2026-01-10',
    },
    checklist: [
      createGroup('党的领导方面', [createGroup('理论学习', [late]), soon]),
      createGroup('作风建设方面', [roomy]),
      open,
      immediate,
    ],
  };
  await app.services.saveNotice(notice);
  await editor.openNotice(notice.id);
});
afterAll(async () => {
  await app?.close();
});

const drawer = () => editor.page.locator('.overview-drawer');
const overviewRow = (id: string) => drawer().locator(`tbody tr[data-row-key="${id}"]`);
const properties = () => editor.page.locator('.properties-panel');

/** The overview's rows as shown: number, colour (its left bar's class), status, days left, unit. */
async function overviewRows() {
  await drawer().locator('tbody tr.overview-row').first().waitFor();
  return drawer()
    .locator('tbody tr.overview-row')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const cells = Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '');
        return {
          id: row.getAttribute('data-row-key'),
          colour: /overview-row-(\w+)/.exec(row.className)?.[1],
          number: cells[0],
          group: cells[2],
          status: cells[3],
          deadline: cells[4],
          standing: cells[5],
          days: cells[6],
          unit: cells[8],
        };
      }),
    );
}

/** The counts above the table, by colour. */
async function counts(): Promise<Record<string, string>> {
  const tags = drawer().locator('.overview-count');
  const pairs = await tags.evaluateAll((elements) =>
    elements.map((e) => [e.getAttribute('data-colour')!, e.querySelector('.overview-count-number')!.textContent!]),
  );
  return Object.fromEntries(pairs);
}

async function openOverview(): Promise<void> {
  await editor.page.getByRole('button', { name: label('整改总览') }).click();
  await drawer().locator('tbody tr.overview-row').first().waitFor();
}

function storedItem(stored: Notice, id: string): Item {
  return findNode(stored.checklist, id)!.node as Item;
}

describe('整改时限, 整改总览 and 销号', () => {
  it('sets an item’s 整改时限 in its properties and shows where it stands today', async () => {
    await editor.selectNode(ids.late);
    const standing = properties().locator('.deadline-standing .ant-tag');
    expect(await standing.textContent()).toBe('已超期 · 超期15天');
    expect(await standing.getAttribute('data-colour')).toBe('red');

    await editor.selectNode(ids.roomy);
    expect(await properties().getByRole('radio', { name: '限期整改' }).isChecked()).toBe(true);
    expect(await properties().locator('.deadline-standing .ant-tag').textContent()).toBe('未定时限');
    await editor.typeDate('整改时限', '2026-06-30');
    await expect.poll(() => properties().locator('.deadline-standing .ant-tag').textContent()).toBe('正常 · 还剩106天');

    // 长期坚持 hides the date (kept), and back to 限期整改 shows it again.
    await properties().getByText('长期坚持', { exact: true }).click();
    expect(await properties().getByLabel('整改时限', { exact: true }).count()).toBe(0);
    expect(await properties().locator('.deadline-standing .ant-tag').textContent()).toBe('长期坚持');
    await properties().getByText('限期整改', { exact: true }).click();
    expect(await properties().getByLabel('整改时限', { exact: true }).inputValue()).toBe('2026年6月30日');

    await editor.selectNode(ids.immediate);
    expect(await properties().locator('.deadline-standing .ant-tag').textContent()).toBe('已超期 · 超期65天');
    expect(await properties().locator('.deadline-hint').textContent()).toBe('不填日期时，从反馈日期起计');
    await editor.waitSaved();
    const stored = await editor.stored(notice.id);
    expect(storedItem(stored, ids.roomy)).toMatchObject({ deadlineKind: 'date', deadline: '2026-06-30' });
  });

  it('lists every item in notice order, coloured by its deadline, with the counts', async () => {
    await openOverview();
    const rows = await overviewRows();
    expect(rows.map((r) => [r.number, r.colour, r.standing, r.days])).toEqual([
      ['1', 'red', '已超期', '超期15天'],
      ['2', 'yellow', '即将到期', '还剩4天'],
      ['3', 'green', '正常', '还剩106天'],
      ['4', 'none', '未定时限', '—'],
      ['5', 'red', '已超期', '超期65天'],
    ]);
    expect(rows[0]).toMatchObject({ group: '（一）理论学习', status: '持续推进', deadline: '2026年3月1日', unit: '办公室' });
    expect(rows[1]).toMatchObject({ group: '第一，党的领导方面', status: '基本完成' });
    expect(rows[4]).toMatchObject({ group: '—', deadline: '立行立改' });
    expect(await counts()).toEqual({ red: '2', yellow: '1', green: '1', none: '1' });
    expect(await drawer().locator('.overview-total').textContent()).toBe('共 5 个问题');
  });

  it('sorts by 剩余天数 and filters by colour through the column’s filter', async () => {
    await drawer().locator('th', { hasText: '剩余天数' }).click();
    expect((await overviewRows()).map((r) => r.number)).toEqual(['5', '1', '2', '3', '4']);
    await drawer().locator('th', { hasText: '序号' }).click();
    expect((await overviewRows()).map((r) => r.number)).toEqual(['1', '2', '3', '4', '5']);

    await drawer().locator('th', { hasText: '时限状态' }).locator('.ant-table-filter-trigger').click();
    const dropdown = editor.page.locator('.ant-table-filter-dropdown:visible');
    await dropdown.getByText('已超期', { exact: true }).click();
    await dropdown.getByRole('button', { name: label('确定') }).click();
    await expect.poll(async () => (await overviewRows()).map((r) => r.number)).toEqual(['1', '5']);
  });

  it('销号 an item from its row with a date and the evidence: it turns green, 已完成, in one undoable step', async () => {
    await setViewport(1440);
    await overviewRow(ids.late)
      .getByRole('button', { name: label('销号') })
      .click();
    const dialog = editor.page.getByRole('dialog', { name: '销号' });
    await dialog.waitFor();
    const date = dialog.getByLabel('完成日期', { exact: true });
    // Today by default.
    expect(await date.inputValue()).toBe('2026年3月16日');
    await date.click();
    await date.fill('2026年1月5日');
    await date.press('Enter');
    await dialog.getByText('早于反馈日期（2026年1月10日），请核对').waitFor();
    await date.click();
    await date.fill('2026年3月14日');
    await date.press('Enter');
    await dialog.getByLabel('证明材料', { exact: true }).fill('《关于加强理论学习的通知》（某民党〔2026〕3号）');
    await editor.page.screenshot({ path: join(artifactsDir, 'overview-close-out.png') });
    await dialog.getByRole('button', { name: label('销号') }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Green now, so the red filter leaves only the other one.
    await expect.poll(async () => (await overviewRows()).map((r) => r.number)).toEqual(['5']);
    await drawer().getByText('显示全部').click();
    const late = (await overviewRows()).find((r) => r.id === ids.late)!;
    expect(late).toMatchObject({ colour: 'green', standing: '已完成', status: '已完成', days: '—' });
    expect(await overviewRow(ids.late).locator('td').last().textContent()).toBe('已销号2026年3月14日');
    expect(await counts()).toEqual({ red: '1', yellow: '1', green: '2', none: '1' });
    await editor.page.mouse.move(10, 10);
    await editor.page.waitForTimeout(300);
    await editor.page.screenshot({ path: join(artifactsDir, 'overview-1440.png') });
    await setViewport(1024);
    await editor.page.waitForTimeout(300);
    await editor.page.screenshot({ path: join(artifactsDir, 'overview-1024.png') });
    await setViewport(1366);

    await editor.waitSaved();
    const stored = storedItem(await editor.stored(notice.id), ids.late);
    expect(stored).toMatchObject({
      status: 'done',
      completedOn: '2026-03-14',
      evidence: '《关于加强理论学习的通知》（某民党〔2026〕3号）',
    });

    // A click on the row opens the item in the editor, in place of the overview.
    await overviewRow(ids.late).locator('td').nth(1).click();
    await drawer().waitFor({ state: 'hidden' });
    expect(await editor.selectedKey()).toBe(ids.late);
    expect(await editor.page.locator('.item-panel .panel-tag').textContent()).toBe('已完成');
    expect(await properties().locator('.completion-state').textContent()).toBe('已销号2026年3月14日');
    expect(await properties().locator('.completion-evidence-text').textContent()).toBe('《关于加强理论学习的通知》（某民党〔2026〕3号）');
    expect(await properties().locator('.deadline-standing .ant-tag').getAttribute('data-colour')).toBe('green');
    await editor.page.screenshot({ path: join(artifactsDir, 'overview-properties.png') });

    // One step: a single undo takes back the status, the date and the evidence together.
    await editor.page.getByRole('button', { name: '撤销', exact: true }).click();
    await expect.poll(() => editor.page.locator('.item-panel .panel-tag').textContent()).toBe('持续推进');
    expect(
      await properties()
        .getByRole('button', { name: label('销号') })
        .count(),
    ).toBe(1);
    expect(await properties().locator('.completion-evidence').count()).toBe(0);
    await editor.page.getByRole('button', { name: '重做', exact: true }).click();
    await expect.poll(() => editor.page.locator('.item-panel .panel-tag').textContent()).toBe('已完成');
  });

  it('撤销销号 opens the item again (持续推进, no completion date) and keeps the evidence noted', async () => {
    await properties().getByRole('button', { name: '撤销销号' }).click();
    await expect.poll(() => editor.page.locator('.item-panel .panel-tag').textContent()).toBe('持续推进');
    expect(await properties().locator('.completion-evidence-text').textContent()).toBe('《关于加强理论学习的通知》（某民党〔2026〕3号）');
    expect(await properties().locator('.deadline-standing .ant-tag').getAttribute('data-colour')).toBe('red');
    await editor.waitSaved();
    expect(storedItem(await editor.stored(notice.id), ids.late)).toMatchObject({
      status: 'ongoing',
      completedOn: null,
      evidence: '《关于加强理论学习的通知》（某民党〔2026〕3号）',
    });

    // 销号 again from the properties: the dialog brings the evidence back; an empty date is refused.
    await properties()
      .getByRole('button', { name: label('销号') })
      .click();
    const dialog = editor.page.getByRole('dialog', { name: '销号' });
    expect(await dialog.getByLabel('证明材料', { exact: true }).inputValue()).toBe('《关于加强理论学习的通知》（某民党〔2026〕3号）');
    // Once the dialog has settled (a click waits for that), the picker's clear button shows on hover.
    await dialog.getByLabel('证明材料', { exact: true }).click();
    await dialog.locator('.ant-picker').hover();
    await dialog.locator('.ant-picker-clear').click();
    await dialog.getByRole('button', { name: label('销号') }).click();
    await dialog.getByText('请填写完成日期').waitFor();
    const date = dialog.getByLabel('完成日期', { exact: true });
    await date.click();
    await date.fill('2026年3月15日');
    await date.press('Enter');
    await dialog.getByRole('button', { name: label('销号') }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await properties().locator('.completion-state').textContent()).toBe('已销号2026年3月15日');
  });

  it('shows the overdue and due-soon counts on the notice list', async () => {
    await editor.waitSaved();
    await editor.page.getByRole('button', { name: label('返回列表') }).click();
    const list = new ListPage(editor.page);
    await list.heading.waitFor();
    const row = list.row(notice.id);
    await row.waitFor();
    // 立行立改 is still overdue; the one 销号 is not counted; one due in four days.
    expect(await row.locator('[data-attention="overdue"]').textContent()).toBe('超期 1');
    expect(await row.locator('[data-attention="dueSoon"]').textContent()).toBe('临期 1');
    await editor.page.waitForTimeout(400);
    await editor.page.screenshot({ path: join(artifactsDir, 'overview-list.png') });
  });

  it('lists a real notice’s 28 items 1…28 in the ledger’s order, the header kept in view as it scrolls', async () => {
    const seed = seedNotice(LARGEST_SEED);
    await app.services.saveNotice(seed);
    await editor.openNotice(seed.id);
    await openOverview();
    const rows = await overviewRows();
    expect(rows.map((r) => r.id)).toEqual(allItems(seed.checklist).map((i) => i.id));
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    await drawer()
      .locator('.ant-drawer-body')
      .evaluate((body) => (body.scrollTop = body.scrollHeight));
    await editor.page.waitForTimeout(300);
    const header = (await drawer().locator('thead th', { hasText: '剩余天数' }).boundingBox())!;
    const body = (await drawer().locator('.ant-drawer-body').boundingBox())!;
    expect(header.y).toBeGreaterThanOrEqual(body.y - 1);
    expect(header.y).toBeLessThan(body.y + 60);
    await editor.page.screenshot({ path: join(artifactsDir, 'overview-long.png') });
  });
});

async function setViewport(width: number): Promise<void> {
  await editor.page.setViewportSize({ width, height: 768 });
}
