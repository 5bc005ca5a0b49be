import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api';
import type { ChecklistNode, Item, Notice } from '../../../../shared/model/notice';
import { findNode, allItems } from '../../../../shared/model/tree';
import type { Database } from '../../../../main/db/database';
import { openDatabase } from '../../../../main/db/open-database';
import { dispatchApiCall } from '../../../../main/ipc/dispatch';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { seedNotices } from '../library/support';
import { DEFAULT_LEDGER_SETTINGS } from '../../../../shared/ledger/ledger-columns';

const templates = loadLayoutTemplates();
const NOW = new Date('2026-11-23T02:00:00.000Z');

let services: Api;
let db: Database;
let dir: string;
let seeds: Notice[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'library-services-'));
  db = openDatabase(join(dir, 'notices.sqlite'));
  services = createServices({
    db,
    databasePath: join(dir, 'notices.sqlite'),
    templates,
    dialogs: { chooseImportPath: async () => null, chooseExportPath: async () => null, showInFolder: () => undefined },
    now: () => NOW,
  });
  seeds = seedNotices();
  for (const notice of seeds) await services.saveNotice(notice);
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const item = (notice: Notice, id: string) => findNode(notice.checklist, id)!.node as Item;
const ids = (node: ChecklistNode): string[] =>
  node.kind === 'group' ? [node.id, ...node.children.flatMap(ids)] : [node.id, ...node.subItems.map((sub) => sub.id)];

describe('searchItems', () => {
  it('finds items across notices, with snippets, through the dispatcher too', async () => {
    const result = await services.searchItems('民主生活会');
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits[0]).toMatchObject({ noticeId: 'seed-003', exactPhrase: true });
    const hit = result.hits[0]!;
    const { text, highlights } = hit.snippet;
    expect(text.slice(highlights[0]!.start, highlights[0]!.end)).toBe('民主生活会');

    const answer = await dispatchApiCall(services, 'searchItems', ['整改', { statuses: ['done'] }, { limit: 3 }]);
    expect(answer).toMatchObject({ ok: true });
    if (answer.ok) expect((answer.value as { hits: unknown[] }).hits.length).toBeLessThanOrEqual(3);
    expect(await dispatchApiCall(services, 'searchItems', ['整改'])).toMatchObject({ ok: true });
  });

  it('never fails on what the user types; refuses malformed filters in Chinese', async () => {
    for (const query of ['"', '*', '-', '(', ')', 'AND', 'NEAR', '：', '，', 'a"b*c', '']) {
      expect(await dispatchApiCall(services, 'searchItems', [query]), query).toMatchObject({ ok: true });
    }
    const wrong = await dispatchApiCall(services, 'searchItems', ['整改', { status: 'done' }]);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!wrong.ok) expect(wrong.error.message).toMatch(/筛选条件/);
    expect(await dispatchApiCall(services, 'searchItems', ['整改', {}, { limit: 0 }])).toMatchObject({ ok: false });
    expect(await dispatchApiCall(services, 'searchItems', ['整改', { statuses: ['finished'] }])).toMatchObject({ ok: false });
  });

  it('sees a save at once', async () => {
    const notice = await services.getNotice('seed-002');
    item(notice, 's002-i1-1').problem = '刚刚保存的新问题描述';
    await services.saveNotice(notice);
    expect((await services.searchItems('刚刚保存的')).hits.map((hit) => hit.itemId)).toEqual(['s002-i1-1']);
    await services.deleteNotice('seed-002');
    expect((await services.searchItems('刚刚保存的')).hits).toEqual([]);
  });
});

describe('copyForInsert', () => {
  it('copies a stored item under fresh ids, remembering where it came from', async () => {
    const original = item(seeds[0]!, 's000-i1-1-1');
    const copy = await services.copyForInsert({ kind: 'node', id: 's000-i1-1-1' });
    expect(copy.kind).toBe('item');
    expect(copy.id).not.toBe(original.id);
    expect(copy).toEqual({ ...original, id: copy.id, subItems: copy.kind === 'item' ? copy.subItems : [], sourceItemId: 's000-i1-1-1' });
  });

  it('copies a group with everything in it; every item points at its original', async () => {
    const group = findNode(seeds[0]!.checklist, 's000-g1')!.node;
    const copy = await services.copyForInsert({ kind: 'node', id: 's000-g1' });
    const fresh = ids(copy);
    expect(fresh).toHaveLength(ids(group).length);
    expect(fresh.filter((id) => ids(group).includes(id))).toEqual([]);
    expect(new Set(fresh).size).toBe(fresh.length);
    expect(allItems([copy]).map((i) => i.sourceItemId)).toEqual(allItems([group]).map((i) => i.id));
    expect(allItems([copy]).map((i) => i.problem)).toEqual(allItems([group]).map((i) => i.problem));
  });

  it('copies a template; unknown sources are refused in Chinese', async () => {
    const template = await services.saveItemTemplate({ name: '分工类问题', tags: ['班子建设'], nodeId: 's000-i1-1-1' });
    const copy = await services.copyForInsert({ kind: 'template', id: template.id });
    expect(copy.kind === 'item' && copy.sourceItemId).toBe('s000-i1-1-1');
    expect(copy.id).not.toBe('s000-i1-1-1');
    expect(await dispatchApiCall(services, 'copyForInsert', [{ kind: 'node', id: 'no-such' }])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatchApiCall(services, 'copyForInsert', [{ kind: 'template', id: 'no-such' }])).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/模板/) },
    });
    expect(await dispatchApiCall(services, 'copyForInsert', [{ kind: 'file', id: 'x' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});

describe('templates', () => {
  it('saves an item or a group, from the database or as the window holds it; lists, renames, retags, deletes', async () => {
    const fromItem = await services.saveItemTemplate({ name: '  分工类问题 ', tags: ['班子', ' 班子', '', '分工'], nodeId: 's000-i1-1-1' });
    expect(fromItem).toMatchObject({ name: '分工类问题', tags: ['班子', '分工'], createdAt: NOW.toISOString() });
    expect(fromItem.node).toEqual(item(seeds[0]!, 's000-i1-1-1'));
    const group = findNode(seeds[1]!.checklist, 's002-g1')!.node;
    const fromGroup = await services.saveItemTemplate({ name: '党的领导方面', node: group });
    expect(fromGroup.node).toEqual(group);
    expect((await services.listItemTemplates()).map((t) => t.name).sort()).toEqual(['党的领导方面', '分工类问题']);

    const renamed = await services.updateItemTemplate(fromItem.id, { name: '班子分工问题' });
    expect(renamed).toMatchObject({ name: '班子分工问题', tags: ['班子', '分工'] });
    const retagged = await services.updateItemTemplate(fromItem.id, { tags: ['常用'] });
    expect(retagged).toMatchObject({ name: '班子分工问题', tags: ['常用'] });

    await services.deleteItemTemplate(fromGroup.id);
    expect((await services.listItemTemplates()).map((t) => t.id)).toEqual([fromItem.id]);
    expect(await dispatchApiCall(services, 'deleteItemTemplate', [fromGroup.id])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses a taken name, an empty name and a malformed node, in Chinese', async () => {
    await services.saveItemTemplate({ name: '分工类问题', nodeId: 's000-i1-1-1' });
    const taken = await dispatchApiCall(services, 'saveItemTemplate', [{ name: '分工类问题', nodeId: 's000-i1-1-2' }]);
    expect(taken).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: '已有名为“分工类问题”的模板，请换一个名称' } });
    const empty = await dispatchApiCall(services, 'saveItemTemplate', [{ name: '   ', nodeId: 's000-i1-1-2' }]);
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const badNode = await dispatchApiCall(services, 'saveItemTemplate', [{ name: '坏的', node: { kind: 'item', id: 'x' } }]);
    expect(badNode).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const other = await services.saveItemTemplate({ name: '另一个', nodeId: 's000-i1-1-2' });
    expect(await dispatchApiCall(services, 'updateItemTemplate', [other.id, { name: '分工类问题' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await dispatchApiCall(services, 'updateItemTemplate', [other.id, {}])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});

describe('createNextStage', () => {
  it('makes the progress report from a stage report: fresh ids, items pointing back, progress kept, a draft', async () => {
    const stage = seeds[0]!;
    expect(stage.meta.stage).toBe('interim');
    const next = await services.createNextStage(stage.id);
    expect(await services.getNotice(next.id)).toEqual(next);
    expect(next).toMatchObject({ status: 'draft', layoutId: stage.layoutId, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    expect(next.meta).toEqual({ ...stage.meta, stage: 'progress', publicationDate: null });
    expect(next.parts).toEqual(stage.parts);
    const before = allItems(stage.checklist);
    const after = allItems(next.checklist);
    expect(after.map((i) => i.sourceItemId)).toEqual(before.map((i) => i.id));
    expect(after.map((i) => i.progress)).toEqual(before.map((i) => i.progress));
    expect(after.map((i) => i.status)).toEqual(before.map((i) => i.status));
    const oldIds = new Set(stage.checklist.flatMap(ids));
    expect(next.checklist.flatMap(ids).filter((id) => oldIds.has(id))).toEqual([]);
    expect((await services.listNotices()).find((n) => n.id === next.id)?.title).toBe(
      '中共东莞市民政局党组关于十四届市委第十轮巡察整改进展情况的通报',
    );
    // The original is untouched (saveNotice stamped it when the test stored it).
    expect(await services.getNotice(stage.id)).toEqual({ ...stage, updatedAt: NOW.toISOString() });
  });

  it('advances progress to final, keeps final final, and updates the stage phrase of a hand-written title', async () => {
    const notice = await services.getNotice('seed-003');
    notice.meta.titleOverride = '中共某某局党组关于巡察整改进展情况的通报';
    notice.meta.openingOverride = '……现将巡察整改进展情况予以公布。';
    await services.saveNotice(notice);
    const final = await services.createNextStage('seed-003');
    expect(final.meta).toMatchObject({
      stage: 'final',
      titleOverride: '中共某某局党组关于巡察整改情况的通报',
      openingOverride: '……现将巡察整改情况予以公布。',
    });
    const again = await services.createNextStage(final.id);
    expect(again.meta.stage).toBe('final');
    expect(await dispatchApiCall(services, 'createNextStage', ['no-such'])).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('a new notice takes its defaults from the settings and the chosen layout', () => {
  it('issuer, short name, inspecting body, signature and contacts from the settings; headings from the boilerplate', async () => {
    const defaults = {
      issuer: '中共某某市财政局党组',
      issuerShort: '市财政局党组',
      inspectingBody: '市委',
      signature: '中共某某市财政局党组',
      contactsLead: '联系方式如下：',
      contacts: [
        { kind: 'phone' as const, label: '电话', value: '0769-12345678' },
        { kind: 'email' as const, label: '电子邮箱', value: 'czj@example.cn' },
      ],
    };
    await services.saveSettings({ export: { fonts: {}, heading3Bold: false }, defaults, ledger: DEFAULT_LEDGER_SETTINGS });
    for (const layout of templates.layouts) {
      const notice = await services.createNotice({ kind: 'layout', layoutId: layout.id });
      expect(notice.layoutId).toBe(layout.id);
      expect(notice.meta).toMatchObject(defaults);
      expect(notice.meta).toMatchObject({ stage: 'interim', publicationDate: null, titleOverride: null });
      expect(notice.status).toBe('draft');
      expect({
        organisation: notice.parts.organisation.heading,
        checklist: notice.parts.checklist.heading,
        nextSteps: notice.parts.nextSteps.heading,
      }).toEqual(templates.boilerplate.partHeadings);
      expect(notice.checklist).toEqual([]);
      expect(await services.getNotice(notice.id)).toEqual(notice);
    }
    const blank = await services.createNotice({ kind: 'blank' });
    expect(blank.layoutId).toBe(templates.layouts[0]!.id);
    expect(blank.meta).toMatchObject(defaults);
  });

  it('without settings, the built-in defaults', async () => {
    const notice = await services.createNotice({ kind: 'blank' });
    expect(notice.meta).toMatchObject({ issuer: '', signature: '', inspectingBody: '市委', contactsLead: '联系方式：', contacts: [] });
    expect(await dispatchApiCall(services, 'createNotice', [{ kind: 'layout', layoutId: 'no-such' }])).toMatchObject({ ok: false });
  });
});
