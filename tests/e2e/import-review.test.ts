import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistNode, Item, Notice } from '../../shared/model/notice';
import { paragraphText } from '../../shared/model/rich-text';
import { artifactsDir, launchApp, projectRoot, type LaunchedApp } from './support/launch-app';
import { label, ListPage } from './support/list-page';

/**
 * 核对导入结果 corrects before saving (issue #14, 8): a real seed changed the
 * way hurried pages are written, so that the importer gets it wrong twice —
 * a group head worded like a problem (（二）针对…的问题) read as an item
 * whose problems became its sub-items, and a progress sentence without its
 * lead read as a second measure — and a numbering slip it warns about.
 * The user corrects both in the review and saves; the saved notice is checked.
 */
const SEED = join(projectRoot, '..', 'shared', 'seeds', '003_8f695a607027e73e.txt');
const work = mkdtempSync(join(tmpdir(), 'zhenggai-review-e2e-'));
const PROGRESS = '目前,该问题已整改到位,相关材料已归档。';

let app: LaunchedApp;
let list: ListPage;
let file: string;
let fileLines: string[];

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  const seed = readFileSync(SEED, 'utf8');
  expect(seed).toContain('(二)群众身边腐败问题和不正之风方面');
  expect(seed).toContain('3.针对“党委(党组)');
  fileLines = seed
    .replace('(二)群众身边腐败问题和不正之风方面', '(二)针对群众身边腐败问题和不正之风的问题')
    .replace('3.针对“党委(党组)', '4.针对“党委(党组)')
    .split('\n');
  const first = fileLines.findIndex((l) => l.startsWith('1.针对“针对主题教育'));
  fileLines.splice(first + 2, 0, PROGRESS);
  file = join(work, '义安区民政局整改进展.txt');
  writeFileSync(file, fileLines.join('\n'), 'utf8');
  app = await launchApp();
  list = new ListPage(app.page);
});
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  for (const { id } of await app.services.listNotices()) await app.services.deleteNotice(id);
  await app.page.setViewportSize({ width: 1366, height: 768 });
  await list.reload();
});

const lineOf = (start: string) => fileLines.findIndex((l) => l.startsWith(start)) + 1;

/** A row of the review's tree by the text it shows. */
function row(text: string): Locator {
  return list.importReview
    .locator('.import-review-tree .ant-tree-treenode')
    .filter({ has: list.page.locator('.outline-text, .review-text', { hasText: text }) });
}

async function pick(text: string): Promise<void> {
  await row(text).first().locator('.ant-tree-node-content-wrapper').click();
  await expect.poll(() => row(text).first().locator('.ant-tree-node-selected').count()).toBe(1);
}

async function act(name: string): Promise<string> {
  await list.importReview.getByRole('button', { name: label(name) }).click();
  return list.importReview.locator('.review-status').innerText();
}

/** The source lines marked as the selection's, by number. */
function marked(kind: 'is-selected' | 'is-warned'): Promise<number[]> {
  return list.importReview
    .locator(`.review-source-line.${kind}`)
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-line'))));
}

async function screenshot(name: string): Promise<void> {
  await app.page.mouse.move(1, 1);
  await app.page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await app.page.screenshot({ path: join(artifactsDir, name), animations: 'disabled' });
}

const problems = (nodes: readonly ChecklistNode[]): unknown[] =>
  nodes.map((n) => (n.kind === 'group' ? { group: n.title, items: problems(n.children) } : n.problem));

describe('核对导入结果 corrects before saving', () => {
  it('a warning selects its node and marks its line; a node re-kinded and a paragraph moved are what is saved', async () => {
    app.chooseImportFile(file);
    await list.openImportReview();

    // The numbering slip points at the line of item 3 (numbered 4 in the file).
    const slip = lineOf('4.针对“党委(党组)');
    const warnings = await list.readImportWarnings();
    const index = warnings.findIndex((w) => w[0] === `第 ${slip} 行`);
    expect(warnings[index]![1]).toContain('编号不连续');
    await list.importReview.locator('.import-review-warnings tbody tr.ant-table-row').nth(index).click();
    const selected = list.importReview.locator('.import-review-tree .ant-tree-node-selected');
    await expect.poll(() => selected.innerText()).toContain('党委（党组）领导核心作用发挥不充分');
    expect(await marked('is-warned')).toEqual([slip]);
    // The item's lines are marked too: its head and its measures, up to the next item's head.
    expect(await marked('is-selected')).toEqual([slip, slip + 1]);
    await expect
      .poll(() =>
        list.importReview.locator(`.review-source-line[data-line="${slip}"]`).evaluate((line) => {
          const pane = line.closest('.review-source-lines')!.getBoundingClientRect();
          const box = line.getBoundingClientRect();
          return box.top >= pane.top && box.bottom <= pane.bottom;
        }),
      )
      .toBe(true);
    await screenshot('import-review-warning.png');

    // The group head read as an item: selecting it marks its line; 改为分组 makes its sub-items the group's problems.
    const head = lineOf('(二)针对群众身边');
    await pick('群众身边腐败问题和不正之风');
    // Its head and the sub-items read under it, up to the next group's head.
    const next = lineOf('(三)');
    expect(await marked('is-selected')).toEqual(Array.from({ length: next - head }, (_, i) => head + i));
    expect((await list.readImportFacts())['识别结果']).toBe('2 个分组，7 个问题');
    expect(await act('改为分组')).toContain('4 个子问题已成为分组中的问题');
    // The group keeps the head's own words, as the file prints them (its lead), not only the problem read from them.
    expect(await list.readImportTree()).toContain('（二）针对群众身边腐败问题和不正之风的问题');
    expect((await list.readImportFacts())['识别结果']).toBe('3 个分组，10 个问题');

    // A refused correction says why, in Chinese, and changes nothing.
    await pick('群众身边腐败问题和不正之风');
    expect(await act('升级')).toBe('已在最上层，无法升级。');

    // The progress sentence read as a second measure of the first item goes to its progress.
    await pick('针对主题教育开展不认真');
    await pick('目前，该问题已整改到位');
    expect(await marked('is-selected')).toEqual([lineOf(PROGRESS)]);
    expect(await act('移至整改情况')).toContain('已移至整改情况');
    expect(await row('目前，该问题已整改到位').locator('.review-tag').innerText()).toBe('情况1');

    // 撤销 takes back only the last change.
    await pick('执行民主集中制打折扣');
    await act('改为分组');
    expect((await list.readImportFacts())['识别结果']).toBe('4 个分组，10 个问题');
    expect(await act('撤销')).toContain('已撤销');
    expect((await list.readImportFacts())['识别结果']).toBe('3 个分组，10 个问题');
    // And Ctrl+Z, as in the editor.
    await pick('执行民主集中制打折扣');
    await act('改为分组');
    await app.page.keyboard.press('Control+z');
    await expect.poll(async () => (await list.readImportFacts())['识别结果']).toBe('3 个分组，10 个问题');
    await screenshot('import-review-corrected.png');

    // Closing the review after corrections asks first; 继续核对 keeps them.
    await list.importReview.getByRole('button', { name: label('取消') }).click();
    const confirm = app.page.getByRole('dialog').filter({ hasText: '放弃这次导入？' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '继续核对' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await list.importReview.isVisible()).toBe(true);

    expect(await app.services.listNotices()).toEqual([]);
    await list.acceptImport();
    await app.page.locator('.editor-screen').waitFor();
    const [summary] = await app.services.listNotices();
    const saved: Notice = await app.services.getNotice(summary!.id);
    expect(problems(saved.checklist)).toEqual([
      {
        group: '贯彻落实党的路线方针政策和党中央决策部署情况方面',
        items: ['针对主题教育开展不认真', '部分工作与上级要求有差距', '党委（党组）领导核心作用发挥不充分'],
      },
      {
        group: '针对群众身边腐败问题和不正之风的问题',
        items: [
          '落实全面从严治党主体责任不力',
          '为民服务意识不强，工作主动性不够',
          '违反中央八项规定精神时有发生',
          '资金管理不严，差旅费支出事由不实',
        ],
      },
      {
        group: '基层党组织软弱涣散、组织力欠缺',
        items: [
          '执行民主集中制打折扣，民主议事不规范',
          '落实新时代组织路线有欠缺，选人用人制度执行不严格',
          '履行整改主体责任不到位，审计整改不及时、不到位',
        ],
      },
    ]);
    const first = (saved.checklist[0] as { children: Item[] }).children[0]!;
    expect(first.measures.paragraphs).toHaveLength(1);
    expect(first.progress.paragraphs.map(paragraphText)).toEqual(['目前，该问题已整改到位，相关材料已归档。']);
    // Every sub-item's measures came along.
    const moved = (saved.checklist[1] as { children: Item[] }).children;
    expect(moved.every((i) => i.measures.paragraphs.length === 1 && i.subItems.length === 0)).toBe(true);
  });

  it('stays usable at 1024×768: the tree, its buttons and the source side by side inside the window', async () => {
    await app.page.setViewportSize({ width: 1024, height: 768 });
    app.chooseImportFile(file);
    await list.openImportReview();
    await pick('针对主题教育开展不认真');
    const box = async (selector: string) => (await list.importReview.locator(selector).first().boundingBox())!;
    const dialog = await box('.ant-modal-container, .ant-modal-content');
    expect(dialog.x).toBeGreaterThanOrEqual(0);
    expect(dialog.y + dialog.height).toBeLessThanOrEqual(768);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(1024);
    const tree = await box('.review-tree-pane');
    const side = await box('.review-side');
    expect(tree.x + tree.width).toBeLessThanOrEqual(side.x);
    expect(tree.width).toBeGreaterThanOrEqual(400);
    expect(side.width).toBeGreaterThanOrEqual(400);
    expect((await box('.review-tree-scroll')).height, 'room for the tree').toBeGreaterThanOrEqual(200);
    expect((await box('.review-source-lines')).height, 'room for the source').toBeGreaterThanOrEqual(200);
    for (const button of await list.importReview.locator('.review-toolbar button, .ant-modal-footer button').all()) {
      const b = (await button.boundingBox())!;
      expect(b.x >= tree.x - 1 || (await button.innerText()).match(/保存|取/), await button.innerText()).toBeTruthy();
      expect(b.y + b.height).toBeLessThanOrEqual(768);
      expect(b.x + b.width).toBeLessThanOrEqual(1024);
    }
    await screenshot('import-review-1024.png');
    await list.cancelImport();
  });
});
