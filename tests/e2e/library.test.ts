import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeTitle } from '../../shared/document/generated-text';
import { createGroup, createItem } from '../../shared/model/factory';
import type { Group, Item, Notice } from '../../shared/model/notice';
import { plainList } from '../../shared/model/rich-text';
import { allItems, findNode } from '../../shared/model/tree';
import { docxParts } from '../support/docx-xml';
import { EditorPage } from './support/editor-page';
import { launchApp, type LaunchedApp } from './support/launch-app';
import { LibraryPanel } from './support/library-panel';

/**
 * The 条目库 end to end: items written in one notice are found from another,
 * inserted as copies that remember where they came from, numbered and
 * exported with the notice; templates saved, renamed, inserted and deleted.
 * The tests run in order, as one session would.
 */
let app: LaunchedApp;
let editor: EditorPage;
let library: LibraryPanel;
let source: Notice;
let target: Notice;
const TEA = '公务接待超标准列支茶叶等费用，接待清单与审批单不一致';
const FLEET = '公务用车派车登记不完整';
const FUEL = '加油卡管理混乱，未建立加油台账';

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  library = new LibraryPanel(app.page);
  source = await seedNotice('中共某某市财政局党组', [
    createGroup('财务管理不规范的问题', [
      createItem({ problem: TEA, status: 'done', measures: plainList(['严格执行公务接待标准，清退超标准费用。'], '一是') }),
      createItem({ problem: '差旅费报销审核把关不严', status: 'ongoing' }),
    ]),
    createGroup('公车管理不严格的问题', [
      createItem({ problem: FLEET, status: 'ongoing' }),
      createItem({ problem: FUEL, status: 'mostlyDone' }),
    ]),
  ]);
  target = await seedNotice('中共某某市民政局党组', [createGroup('党的领导弱化的问题', [createItem({ problem: '理论学习不够深入' })])]);
  await editor.openNotice(target.id);
});
afterAll(async () => {
  await app?.close();
});

async function seedNotice(issuer: string, checklist: Notice['checklist']): Promise<Notice> {
  const notice = await app.services.createNotice({ kind: 'layout', layoutId: 'duizhao' });
  notice.meta = {
    ...notice.meta,
    issuer,
    issuerShort: issuer.slice(2),
    round: '十四届市委第十轮',
    inspectionGroup: '市委第二巡察组',
    signature: issuer,
  };
  notice.checklist = checklist;
  await app.services.saveNotice(notice);
  return app.services.getNotice(notice.id);
}

const group = (notice: Notice, index: number) => notice.checklist[index] as Group;
const item = (notice: Notice, groupIndex: number, index: number) => group(notice, groupIndex).children[index] as Item;

describe('the 条目库 panel', () => {
  it('opens beside the outline, nothing else moving, ready to type in; finds an item of another notice as the user types', async () => {
    await editor.selectNode(item(target, 0, 0).id);
    // The window's content once slid sideways with the panel (the search box took the focus while still off screen).
    expect(await library.openWatchingOutline()).toBe(0);
    await expect.poll(() => library.searchBox().evaluate((box) => box === document.activeElement)).toBe(true);
    const teaId = item(source, 0, 0).id;

    await library.search('茶叶');
    await expect.poll(() => library.highlights()).toEqual({ [teaId]: ['茶叶'] });
    const hit = library.hit(teaId);
    expect(await hit.textContent()).toContain('已完成');
    expect(await hit.locator('.library-hit-notice').textContent()).toBe(
      noticeTitle(source.meta, (await app.services.getLayoutTemplates()).boilerplate),
    );
    expect(await hit.locator('.library-hit-group').textContent()).toBe('分组：财务管理不规范的问题');

    // A longer query, typed key by key: the list ends on its answer, not on a slower one for a shorter prefix.
    await library.search('超标准列支茶叶');
    await expect.poll(() => library.highlights()).toEqual({ [teaId]: ['超标准列支茶叶'] });
    expect(await library.count().textContent()).toBe('找到 1 条');

    // Several words: each marked where it occurs.
    await library.search('接待 审批');
    await expect.poll(() => library.highlights()).toEqual({ [teaId]: ['接待', '接待', '审批'] });

    // Words found only in the measures: the snippet says which field it shows.
    await library.search('清退');
    await expect.poll(() => library.highlights()).toEqual({ [teaId]: ['清退'] });
    expect(await library.hit(teaId).locator('.library-hit-snippet').textContent()).toContain('整改措施：');
    expect(await library.hit(teaId).locator('.library-hit-problem').textContent()).toBe(TEA);
  });

  it('filters by status', async () => {
    await library.search('公务');
    await expect
      .poll(async () => Object.keys(await library.highlights()).sort())
      .toEqual([item(source, 0, 0).id, item(source, 1, 0).id].sort());
    await library.filterStatuses(['持续推进']);
    await expect.poll(async () => Object.keys(await library.highlights())).toEqual([item(source, 1, 0).id]);
    await library.clearStatuses();
    await expect.poll(async () => Object.keys(await library.highlights()).length).toBe(2);
    await library.screenshot('library-panel');
  });

  it('inserts a copy after the selected item, numbered, remembered as a copy, and exported in the .docx', async () => {
    const teaId = item(source, 0, 0).id;
    const sourceBefore = await app.services.getNotice(source.id);
    await library.search('茶叶');
    await expect.poll(() => library.highlights()).toEqual({ [teaId]: ['茶叶'] });
    expect(await library.insert(teaId)).toContain('已插入问题');

    await editor.waitSaved();
    const stored = await editor.stored(target.id);
    const copy = group(stored, 0).children[1] as Item;
    expect(copy.problem).toBe(TEA);
    expect(copy.sourceItemId).toBe(teaId);
    expect(copy.id).not.toBe(teaId);
    // The copy is selected, open in the middle, and numbered in the outline after the item that was selected.
    expect(await editor.selectedKey()).toBe(copy.id);
    expect(await editor.field('反馈问题').inputValue()).toBe(TEA);
    expect((await editor.numbering()).get(copy.id)).toBe('2.');
    expect(await editor.outlineLines()).toContain(`2.${TEA}`);
    // The notice it came from is untouched.
    expect(await app.services.getNotice(source.id)).toEqual(sourceBefore);

    await library.close();
    await editor.exportDocx();
    const title = noticeTitle(stored.meta, (await app.services.getLayoutTemplates()).boilerplate);
    const xml = docxParts(readFileSync(join(app.exportDir, `${title}.docx`)))['word/document.xml']!;
    expect(xml).toContain(TEA);
    expect(xml).toContain('严格执行公务接待标准，清退超标准费用。');
  });

  it('inserts a whole group after the group being worked in', async () => {
    await library.open();
    const fuelId = item(source, 1, 1).id;
    await library.search('加油');
    await expect.poll(async () => Object.keys(await library.highlights())).toEqual([fuelId]);
    expect(await library.insert(fuelId, 'group')).toContain('已插入分组“公车管理不严格的问题”');

    await editor.waitSaved();
    const stored = await editor.stored(target.id);
    expect(stored.checklist.map((node) => (node as Group).title)).toEqual(['党的领导弱化的问题', '公车管理不严格的问题']);
    const copied = group(stored, 1);
    expect(copied.id).not.toBe(group(source, 1).id);
    expect(copied.children.map((child) => [(child as Item).problem, (child as Item).sourceItemId])).toEqual([
      [FLEET, item(source, 1, 0).id],
      [FUEL, fuelId],
    ]);
    expect(await editor.selectedKey()).toBe(copied.id);
    expect(await editor.outlineLines()).toEqual(expect.arrayContaining(['第二，公车管理不严格的问题', `1.${FLEET}`, `2.${FUEL}`]));
  });
});

describe('templates', () => {
  let third: Notice;

  it('saves the selected item as a template with a name and tags', async () => {
    const learning = item(target, 0, 0);
    await editor.selectNode(learning.id);
    const { description, suggestedName } = await library.saveAsTemplate({ name: '理论学习', tags: ['学习', '党建'] });
    expect(suggestedName).toBe('理论学习不够深入');
    expect(description).toContain('将保存选中的问题');
    const templates = await app.services.listItemTemplates();
    expect(templates).toMatchObject([{ name: '理论学习', tags: ['学习', '党建'], node: { kind: 'item', problem: '理论学习不够深入' } }]);

    await library.showTab('模板');
    await expect.poll(() => library.templateList()).toEqual([{ name: '理论学习', kind: '问题', tags: ['学习', '党建'] }]);
  });

  it('saves a group too, and filters the list by name or tag', async () => {
    const stored = await editor.stored(target.id);
    await editor.selectNode(group(stored, 1).id);
    await library.saveAsTemplate({ name: '公车管理', tags: ['作风'] });
    await expect.poll(async () => (await library.templateList()).map((t) => t.name)).toEqual(['公车管理', '理论学习']);
    expect((await library.templateList())[0]!.kind).toBe('分组 · 2 个问题');
    await library.filterTemplates('党建');
    await expect.poll(async () => (await library.templateList()).map((t) => t.name)).toEqual(['理论学习']);
    await library.filterTemplates('公车');
    await expect.poll(async () => (await library.templateList()).map((t) => t.name)).toEqual(['公车管理']);
    await library.filterTemplates('');
    await library.screenshot('library-templates');
  });

  it('renames and retags a template', async () => {
    await library.editTemplate('理论学习', { name: '理论学习不深入（通用）', tags: ['学习', '中心组'] });
    await expect
      .poll(() => library.templateList())
      .toContainEqual({ name: '理论学习不深入（通用）', kind: '问题', tags: ['学习', '中心组'] });
    expect((await app.services.listItemTemplates()).find((t) => t.name === '理论学习不深入（通用）')?.tags).toEqual(['学习', '中心组']);
  });

  it('inserts a template into another notice', async () => {
    third = await seedNotice('中共某某市教育局党组', [createGroup('意识形态工作不到位的问题', [createItem({ problem: '阵地管理不严' })])]);
    const saved = (await app.services.listItemTemplates()).find((t) => t.name === '理论学习不深入（通用）')!;
    await editor.openNotice(third.id);
    await editor.selectNode(third.checklist[0]!.id);
    await library.open();
    await library.showTab('模板');
    expect(await library.insertTemplate('理论学习不深入（通用）')).toContain('已插入模板');
    await editor.waitSaved();
    const stored = await editor.stored(third.id);
    // Into the selected group, at its end.
    const copy = group(stored, 0).children[1] as Item;
    expect(copy).toMatchObject({ problem: '理论学习不够深入', sourceItemId: saved.node.id });
    expect(await editor.selectedKey()).toBe(copy.id);
    expect((await editor.numbering()).get(copy.id)).toBe('2.');
  });

  it('deletes a template only once confirmed; what was inserted stays', async () => {
    await library.deleteItemTemplate('理论学习不深入（通用）', false);
    expect((await library.templateList()).map((t) => t.name)).toContain('理论学习不深入（通用）');
    await library.deleteItemTemplate('理论学习不深入（通用）');
    await expect.poll(async () => (await library.templateList()).map((t) => t.name)).toEqual(['公车管理']);
    expect((await app.services.listItemTemplates()).map((t) => t.name)).toEqual(['公车管理']);
    expect(allItems((await editor.stored(third.id)).checklist).map((i) => i.problem)).toContain('理论学习不够深入');
    expect(findNode((await editor.stored(third.id)).checklist, third.checklist[0]!.id)).not.toBeNull();
  });
});
