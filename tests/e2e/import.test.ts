import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportNoticeToFile } from '../../main/export/export-notice';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import type { ChecklistNode, Notice } from '../../shared/model/notice';
import { artifactsDir, launchApp, projectRoot, type LaunchedApp } from './support/launch-app';
import { ListPage } from './support/list-page';
import { slowDocx } from '../support/crafted-docx';

/**
 * 导入 on the list: the open dialog answers with a real file, the real
 * importer reads it, and the user reviews the result before anything is
 * saved. Expectations come from the hand-verified fixtures of the seeds
 * (tests/fixtures/seeds) and from the seed texts as read by a person.
 */

const SEEDS_DIR = join(projectRoot, '..', 'shared', 'seeds');
const work = mkdtempSync(join(tmpdir(), 'zhenggai-import-e2e-'));
let app: LaunchedApp;
let list: ListPage;

beforeAll(async () => {
  app = await launchApp();
  list = new ListPage(app.page);
  mkdirSync(artifactsDir, { recursive: true });
});
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  for (const { id } of await app.services.listNotices()) await app.services.deleteNotice(id);
  app.chooseImportFile(null);
  await list.reload();
});

const seedFile = (name: string) => join(SEEDS_DIR, `${name}.txt`);
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'seeds', `${name}.json`), 'utf8')) as Notice;

function count(nodes: readonly ChecklistNode[]): { groups: number; items: number } {
  let groups = 0;
  let items = 0;
  const walk = (list: readonly ChecklistNode[]) => {
    for (const node of list) {
      if (node.kind === 'item') items++;
      else {
        groups++;
        walk(node.children);
      }
    }
  };
  walk(nodes);
  return { groups, items };
}

function problems(nodes: readonly ChecklistNode[]): string[] {
  return nodes.flatMap((node) => (node.kind === 'item' ? [node.problem] : problems(node.children)));
}

/** A screenshot for a person to look at, once the dialogs have finished zooming in. */
async function screenshot(name: string): Promise<void> {
  await app.page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await app.page.screenshot({ path: join(artifactsDir, name), animations: 'disabled' });
}

async function expectNothingSaved(): Promise<void> {
  expect(await app.services.listNotices()).toEqual([]);
}

describe('导入 on the list screen', () => {
  it('shows a seed text for review without saving it, then saves and opens it', async () => {
    const expected = fixture('000_fca5672edf850d55');
    const { groups, items } = count(expected.checklist);
    app.chooseImportFile(seedFile('000_fca5672edf850d55'));
    await list.openImportReview();

    const facts = await list.readImportFacts();
    expect(facts).toMatchObject({
      文件: '000_fca5672edf850d55.txt',
      标题: '中共东莞市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报',
      发文机关: '中共东莞市民政局党组',
      阶段: '阶段性进展',
      巡察组: '市委第二巡察组',
      巡察时间: '2020年5月19日至6月19日',
      反馈日期: '2020年9月23日',
      成文日期: '2020年12月21日',
      识别结果: `${groups} 个分组，${items} 个问题`,
    });
    expect(facts['版式']).toMatch(/^对照式（与原文相似度 \d+(\.\d)?%）$/);
    expect(items).toBe(28);

    // Numbered as the notice prints them: 第一， （一） 1., and the lone item under （三） without a number.
    const tree = await list.readImportTree();
    expect(tree).toHaveLength(groups + items);
    expect(tree.slice(0, 3)).toEqual([
      '第一，党组履行自身职责不到位的问题',
      '（一）班子分工不规范',
      '1.班子成员分工只分管科室和直属单位，没有明确具体分管事项，特别是没有明确意识形态、保密等重要工作的具体分管领导。',
    ]);
    const lone = tree.indexOf('（三）物资管理不到位，缺少相关管理制度');
    expect(tree[lone + 1]).toMatch(/^救助站未建立物资管理制度/);
    expect(await list.importReview.innerText()).toContain('已识别通报的各个部分');

    await expectNothingSaved();

    await list.acceptImport();
    await app.page.locator('.editor-screen').waitFor();
    expect(await app.page.locator('.editor-title').innerText()).toBe(
      '中共东莞市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报',
    );

    const saved = await app.services.listNotices();
    expect(saved).toHaveLength(1);
    const notice = await app.services.getNotice(saved[0]!.id);
    expect(problems(notice.checklist)).toEqual(problems(expected.checklist));
    expect(count(notice.checklist)).toEqual({ groups, items });

    await list.goto();
    expect((await list.readRows()).map((row) => row.title)).toEqual([
      '中共东莞市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报',
    ]);
  });

  it('points at a numbering gap by line and text, and saves a screenshot of the review at 1366×768', async () => {
    // The seed with its second item misnumbered, as a hurried copy from a web page might be.
    const seed = readFileSync(seedFile('000_fca5672edf850d55'), 'utf8');
    expect(seed).toContain('2.针对“四级调研员');
    const misnumbered = join(work, '编号有误.txt');
    writeFileSync(misnumbered, seed.replace('2.针对“四级调研员', '3.针对“四级调研员'), 'utf8');
    app.chooseImportFile(misnumbered);
    await list.openImportReview();

    expect(await list.importReview.innerText()).toContain('有 1 处需要核对');
    const [warning, ...others] = await list.readImportWarnings();
    expect(others).toEqual([]);
    const line = seed.split('\n').findIndex((l) => l.startsWith('2.针对“四级调研员')) + 1;
    expect(warning![0]).toBe(`第 ${line} 行`);
    expect(warning![1]).toContain('编号不连续');
    expect(warning![2]).toMatch(/^3\.针对“四级调研员/);
    // Not a perfect match any more, so it must not read 100%.
    expect((await list.readImportFacts())['版式']).toMatch(/^对照式（与原文相似度 99\.\d%）$/);

    // The whole dialog, buttons included, fits the window; its body scrolls.
    const box = (await app.page.locator('.import-review .ant-modal-container, .import-review .ant-modal-content').first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await screenshot('import-review.png');

    await list.cancelImport();
    await expectNothingSaved();
  });

  it('lists what to check when the page lacks something', async () => {
    app.chooseImportFile(seedFile('003_8f695a607027e73e'));
    await list.openImportReview();

    const text = await list.importReview.innerText();
    expect(text).toContain('有 3 处需要核对');
    expect(await list.readImportWarnings()).toEqual([
      ['全文', '未找到标题，导入后标题为空，请手工填写'],
      ['全文', '未找到落款署名，导出时将以发文机关署名'],
      ['全文', '未找到落款日期'],
    ]);
    const facts = await list.readImportFacts();
    expect(facts['版式']).toMatch(/^分类式/);
    expect(facts['成文日期']).toBe('未识别');
    expect(facts['识别结果']).toBe(`3 个分组，10 个问题`);
    await screenshot('import-review-missing.png');

    await list.cancelImport();
    await expectNothingSaved();
  });

  it('imports a .docx written by the exporter', async () => {
    const expected = fixture('002_24447b05fa0c56f5');
    const docx = join(work, '市政府机关党组阶段性进展.docx');
    await exportNoticeToFile(expected, docx, loadLayoutTemplates());
    app.chooseImportFile(docx);
    await list.openImportReview();

    const facts = await list.readImportFacts();
    expect(facts).toMatchObject({
      文件: '市政府机关党组阶段性进展.docx',
      标题: '中共东莞市人民政府机关党组关于十四届市委第十三轮巡察整改阶段性进展情况的通报',
      识别结果: '5 个分组，20 个问题',
    });
    expect(facts['版式']).toMatch(/^分项式/);
    expect((await list.readImportTree())[0]).toBe(`第一方面问题，${(expected.checklist[0] as { title: string }).title}`);
    await expectNothingSaved();

    await list.acceptImport();
    await app.page.locator('.editor-screen').waitFor();
    const [summary] = await app.services.listNotices();
    expect(summary?.title).toBe('中共东莞市人民政府机关党组关于十四届市委第十三轮巡察整改阶段性进展情况的通报');
    expect(problems((await app.services.getNotice(summary!.id)).checklist)).toEqual(problems(expected.checklist));
  });

  it('saves nothing when the review is canceled', async () => {
    app.chooseImportFile(seedFile('002_24447b05fa0c56f5'));
    await list.openImportReview();
    await list.cancelImport();

    await expectNothingSaved();
    await list.emptyState.waitFor();
    expect(await list.heading.isVisible()).toBe(true);
  });

  it('says in Chinese why a damaged .docx or a text that is not a notice cannot be imported, and saves nothing', async () => {
    const damaged = join(work, 'x.docx');
    writeFileSync(damaged, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
    app.chooseImportFile(damaged);
    await list.startImport();
    await list.importFailure.waitFor();
    await screenshot('import-failure.png');
    const docxMessage = await list.dismissImportFailure();
    expect(docxMessage).toContain('无法导入这个文件');
    expect(docxMessage).toContain('不是 Word 文档');
    expect(docxMessage).toContain('没有保存任何内容');
    expect(await list.importReview.isVisible()).toBe(false);
    await expectNothingSaved();

    const diary = join(work, '日记.txt');
    writeFileSync(diary, '今天天气很好。\n我们去公园散步，回来写了一篇日记。\n', 'utf8');
    app.chooseImportFile(diary);
    await list.startImport();
    expect(await list.dismissImportFailure()).toContain('不像巡察整改情况的通报');
    await expectNothingSaved();
    await list.emptyState.waitFor();
  });

  it('stops reading a large file at 取消 and leaves the list as it was', async () => {
    await app.services.createNotice({ kind: 'layout', layoutId: 'duizhao' });
    await list.reload();
    const before = await list.readRows();
    expect(before).toHaveLength(1);
    const large = join(work, '很大的文件.docx');
    writeFileSync(large, slowDocx());
    app.chooseImportFile(large);

    await list.stopImportWhileReading();
    await app.page.getByText('已取消导入，没有保存任何内容。').waitFor();
    await list.importReading.waitFor({ state: 'detached' });
    expect(await list.importReview.isVisible()).toBe(false);
    expect(await list.importFailure.count()).toBe(0);
    expect(await list.readRows()).toEqual(before);
    expect((await app.services.listNotices()).map((n) => n.id)).toEqual(before.map((row) => row.id));
  });

  it('does nothing when the open dialog is canceled', async () => {
    app.chooseImportFile(null);
    await list.startImport();
    await app.page.waitForTimeout(300);
    expect(await app.page.getByRole('dialog').count()).toBe(0);
    await expectNothingSaved();

    // And the button still works afterwards.
    app.chooseImportFile(seedFile('003_8f695a607027e73e'));
    await list.openImportReview();
    await list.cancelImport();
  });
});
