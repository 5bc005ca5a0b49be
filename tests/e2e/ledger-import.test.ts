import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistNode, Item } from '../../shared/model/notice';
import { paragraphText } from '../../shared/model/rich-text';
import { artifactsDir, launchApp, projectRoot, type LaunchedApp } from './support/launch-app';
import { LedgerMappingStep } from './support/ledger-mapping';
import { ListPage } from './support/list-page';

/**
 * 导入 of a ledger kept in Excel: the open dialog answers with a real .xlsx
 * of the corpus whose 具体做法 column no office word names, the import stops
 * at 指定各列内容, the user says that column holds 整改措施, reviews and saves;
 * the saved notice has that column's values as its items' measures.
 */
const LEDGER = join(projectRoot, 'tests', 'fixtures', 'ledgers', '03-任务清单（陌生表头）.xlsx');
let app: LaunchedApp;
let list: ListPage;
let mapping: LedgerMappingStep;

beforeAll(async () => {
  app = await launchApp();
  list = new ListPage(app.page);
  mapping = new LedgerMappingStep(app.page);
});
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  for (const { id } of await app.services.listNotices()) await app.services.deleteNotice(id);
  app.chooseImportFile(null);
  await list.reload();
});

function items(nodes: readonly ChecklistNode[]): Item[] {
  return nodes.flatMap((node) => (node.kind === 'item' ? [node] : items(node.children)));
}

describe('导入 of an .xlsx ledger', () => {
  it('asks what the unfamiliar column holds, then imports it there, reviews and saves', async () => {
    app.chooseImportFile(LEDGER);
    await list.startImport();
    await mapping.dialog.waitFor();
    expect(await mapping.dialog.innerText()).toContain('有 1 列的表头无法识别（“具体做法”）');
    const columns = await mapping.readColumns();
    expect(columns.map((c) => [c.header, c.chosen])).toEqual([
      ['序号', '序号'],
      ['类别', '问题类别（分组）'],
      ['整改任务', '反馈问题'],
      ['具体做法', '不导入'],
      ['牵头单位', '责任单位'],
      ['时限要求', '整改时限'],
      ['是否完成', '完成情况（整改状态）'],
    ]);
    expect(columns[3]!.samples).toContain('修订财务报销管理办法，明确审批权限和流程');
    expect(await app.services.listNotices()).toEqual([]);

    await mapping.choose('具体做法', '整改措施');
    expect((await mapping.readColumns())[3]!.chosen).toBe('整改措施');
    await app.page.screenshot({ path: join(artifactsDir, 'ledger-mapping.png') });
    await mapping.continueImport();

    await list.importReview.waitFor();
    const facts = await list.readImportFacts();
    expect(facts['识别结果']).toBe('2 个分组，4 个问题');
    expect(facts['版式']).toContain('从台账导入');
    expect(facts['文件']).toBe('03-任务清单（陌生表头）.xlsx');
    const tree = await list.readImportTree();
    expect(tree).toEqual([
      '第一，制度建设',
      '1.财务报销制度不健全，审批流程不清晰',
      '2.合同管理不规范，部分合同未经法律审核',
      '第二，队伍建设',
      '1.干部教育培训针对性不强',
      '2.年轻干部培养选拔机制不完善',
    ]);
    expect(await app.services.listNotices()).toEqual([]);
    await app.page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    await app.page.screenshot({ path: join(artifactsDir, 'ledger-review.png') });

    await list.acceptImport();
    await app.page.locator('.editor-screen').waitFor();
    const [summary] = await app.services.listNotices();
    const saved = await app.services.getNotice(summary!.id);
    const byProblem = Object.fromEntries(items(saved.checklist).map((item) => [item.problem, item]));
    expect(Object.keys(byProblem)).toHaveLength(4);
    expect(byProblem['财务报销制度不健全，审批流程不清晰']!.measures.paragraphs.map(paragraphText)).toEqual([
      '修订财务报销管理办法，明确审批权限和流程',
    ]);
    expect(byProblem['年轻干部培养选拔机制不完善']!.measures.paragraphs.map(paragraphText)).toEqual(['建立年轻干部储备库，实行导师帮带']);
    expect(byProblem['合同管理不规范，部分合同未经法律审核']).toMatchObject({
      responsibleUnit: '法规科',
      deadline: '2024-06-30',
      status: 'ongoing',
    });
    expect(byProblem['干部教育培训针对性不强']).toMatchObject({ status: 'done', deadline: '2023-11-30' });
  });

  it('keeps the continue button off until the problem column is chosen, and saves nothing when canceled', async () => {
    app.chooseImportFile(LEDGER);
    await list.startImport();
    await mapping.dialog.waitFor();
    await mapping.choose('整改任务', '不导入');
    expect(await mapping.dialog.innerText()).toContain('请指定哪一列是“反馈问题”');
    expect(await mapping.dialog.getByRole('button', { name: '继续导入' }).isDisabled()).toBe(true);
    await mapping.cancel();
    expect(await list.importReview.isVisible()).toBe(false);
    expect(await app.services.listNotices()).toEqual([]);
  });
});
