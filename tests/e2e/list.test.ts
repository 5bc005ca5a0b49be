import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistNode, Notice } from '../../shared/model/notice';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { sampleNotice } from '../support/sample-notice';
import { launchApp, type LaunchedApp } from './support/launch-app';
import { ListPage } from './support/list-page';

const templates = loadLayoutTemplates();
let app: LaunchedApp;
let list: ListPage;

beforeAll(async () => {
  app = await launchApp();
  list = new ListPage(app.page);
});
afterAll(async () => {
  await app?.close();
});
// Each test starts from an empty database and the list freshly shown.
beforeEach(async () => {
  for (const { id } of await app.services.listNotices()) await app.services.deleteNotice(id);
  await list.reload();
});

/** A realistic notice stored directly, as if written earlier. */
async function seed(change: (notice: Notice) => Notice = (n) => n): Promise<Notice> {
  const notice = change(sampleNotice(templates, 'duizhao', 2, 2));
  // Distinct save times, so "newest first" has one answer.
  await new Promise((resolve) => setTimeout(resolve, 5));
  await app.services.saveNotice(notice);
  return app.services.getNotice(notice.id);
}

async function reloadList(): Promise<void> {
  await list.reload();
}

/** The ids of notices that exist now and did not before. */
async function newIds(before: string[]): Promise<string[]> {
  return (await app.services.listNotices()).map((n) => n.id).filter((id) => !before.includes(id));
}

/** A notice's content without what a copy must change (ids, status, times). */
function content(notice: Notice) {
  const strip = (nodes: ChecklistNode[]): unknown[] =>
    nodes.map((node) =>
      node.kind === 'group'
        ? { ...node, id: undefined, children: strip(node.children) }
        : { ...node, id: undefined, subItems: node.subItems.map((sub) => ({ ...sub, id: undefined })) },
    );
  return { layoutId: notice.layoutId, meta: notice.meta, parts: notice.parts, checklist: strip(notice.checklist) };
}

/** How the list writes a time: 2026年11月23日 10:42, local time. */
function chineseTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

describe('通报列表', () => {
  it('shows an empty state in Chinese whose call to action opens 新建通报', async () => {
    await list.emptyState.waitFor();
    expect(await list.emptyState.innerText()).toContain('还没有通报');
    await list.emptyState.getByRole('button', { name: '新建第一份通报' }).click();
    await app.page.getByRole('dialog', { name: '新建通报' }).waitFor();
  });

  it('shows each notice with its title, 阶段, 状态 and last change, newest first', async () => {
    const older = await seed();
    const newer = await seed((n) => ({ ...n, status: 'review', meta: { ...n.meta, stage: 'final', round: '十四届市委第九轮' } }));
    await reloadList();

    expect(await list.ids()).toEqual([newer.id, older.id]);
    const headers = await app.page.locator('.notice-list-screen thead th').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(['标题', '阶段', '状态', '最后修改', '操作']);
    expect(await list.readRow(newer.id)).toMatchObject({
      title: '中共某某市民政局党组关于十四届市委第九轮巡察整改情况的通报',
      stage: '整改情况',
      status: '送审',
      updatedAt: chineseTime(newer.updatedAt),
    });
    expect(await list.readRow(older.id)).toMatchObject({
      title: '中共某某市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报',
      stage: '阶段性进展',
      status: '草稿',
      updatedAt: chineseTime(older.updatedAt),
    });
    expect((await list.readRow(older.id)).updatedAt).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
  });

  it('creates a blank notice, saves it at once and opens it', async () => {
    const before = (await app.services.listNotices()).map((n) => n.id);
    await list.createBlank();

    const [id] = await newIds(before);
    expect(id).toBeDefined();
    const notice = await app.services.getNotice(id!);
    expect(notice.status).toBe('draft');
    expect(notice.checklist).toEqual([]);
    await list.goto();
    expect(await list.ids()).toEqual([id]);
  });

  it('creates a notice from the layout chosen by name', async () => {
    const layout = templates.layouts.find((l) => l.name === '清单式')!;
    const before = (await app.services.listNotices()).map((n) => n.id);
    await list.createFromLayout('清单式');

    const [id] = await newIds(before);
    expect((await app.services.getNotice(id!)).layoutId).toBe(layout.id);
  });

  it('creates a copy of an earlier notice chosen in the dialog: a new id, the same content', async () => {
    const source = await seed();
    await reloadList();
    await list.createCopyOf('第十轮巡察整改阶段性进展');

    const [id] = await newIds([source.id]);
    expect(id).not.toBe(source.id);
    const copy = await app.services.getNotice(id!);
    expect(content(copy)).toEqual(content(source));
    expect(copy.checklist[0]!.id).not.toBe(source.checklist[0]!.id);
  });

  it('copies a notice from its row: the copy is a draft with the same content, shown on top', async () => {
    const source = await seed((n) => ({ ...n, status: 'final' }));
    const other = await seed((n) => ({ ...n, meta: { ...n.meta, round: '十四届市委第九轮' } }));
    await reloadList();
    expect(await list.ids()).toEqual([other.id, source.id]);

    await list.copy(source.id);
    const ids = await list.ids();
    const copyId = ids[0]!;
    expect(ids).toEqual([copyId, other.id, source.id]);
    expect(copyId).not.toBe(source.id);
    expect(await list.row(copyId).getAttribute('class')).toContain('notice-row-new');
    expect((await list.readRow(copyId)).status).toBe('草稿');

    const copy = await app.services.getNotice(copyId);
    expect(copy.status).toBe('draft');
    expect(content(copy)).toEqual(content(source));
  });

  it('deletes only after confirmation, from the list and from the database', async () => {
    const keep = await seed();
    const doomed = await seed((n) => ({ ...n, meta: { ...n.meta, round: '十四届市委第九轮' } }));
    await reloadList();

    const question = await list.delete(doomed.id, 'cancel');
    expect(question).toContain('删除后无法恢复');
    expect(question).toContain('第九轮');
    expect(await list.ids()).toEqual([doomed.id, keep.id]);

    await list.delete(doomed.id, 'confirm');
    expect(await list.ids()).toEqual([keep.id]);
    expect((await app.services.listNotices()).map((n) => n.id)).toEqual([keep.id]);
    await expect(app.services.getNotice(doomed.id)).rejects.toThrow(/找不到这份通报/);
  });

  it('opens a notice in the editor', async () => {
    const notice = await seed();
    await reloadList();
    await list.open(notice.id);
    expect(await app.page.getByRole('heading', { name: '通报列表' }).count()).toBe(0);
  });

  it('says in Chinese why an action failed', async () => {
    const notice = await seed();
    await reloadList();
    // Deleted behind the list's back (another window, a restore): the list is now stale.
    await app.services.deleteNotice(notice.id);
    await list
      .row(notice.id)
      .getByRole('button', { name: /^\s*复\s*制\s*$/ })
      .click();
    const toast = app.page.locator('.ant-message-notice').filter({ hasText: '复制失败' });
    await toast.waitFor();
    expect(await toast.innerText()).toContain('找不到这份通报');
  });
});
