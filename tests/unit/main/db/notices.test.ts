import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import boilerplateJson from '../../../../templates/boilerplate.json';
import { boilerplateSchema } from '../../../../shared/layout/boilerplate';
import { allItems } from '../../../../shared/model/tree';
import { InvalidInputError } from '../../../../main/db/errors';
import { SELECT_TREE_SQL } from '../../../../main/db/node-rows';
import { deleteNotice, getNotice, listNotices, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { largeNotice, smallNotice, useTempDir } from './fixtures';

const boilerplate = boilerplateSchema.parse(boilerplateJson);

describe('notices repository', () => {
  const temp = useTempDir();

  it('reads back a large notice exactly as saved, also after reopening the file', () => {
    const path = join(temp.dir(), 'notices.sqlite');
    const notice = largeNotice();
    expect(allItems(notice.checklist)).toHaveLength(1 + 10 * 20 + 5 + 1);

    const db = temp.track(openDatabase(path));
    saveNotice(db, notice);
    expect(getNotice(db, notice.id)).toStrictEqual(notice);
    db.close();

    const reopened = temp.track(openDatabase(path));
    const loaded = getNotice(reopened, notice.id);
    expect(loaded).toStrictEqual(notice);
    // Spot checks that would catch a deep-equal passing for the wrong reason.
    const first = loaded!.checklist[1];
    expect(first?.kind === 'group' && first.children.map((c) => c.kind)).toEqual(['group', 'group']);
    const withSubs = allItems(loaded!.checklist).find((item) => item.subItems.length > 0)!;
    expect(withSubs.subItems[0]!.measures.paragraphs[0]!.children[1]).toEqual({ text: '重点加粗', bold: true });
  });

  it('replaces the whole tree on a second save', () => {
    const db = temp.track(openDatabase(join(temp.dir(), 'a.sqlite')));
    const notice = largeNotice();
    saveNotice(db, notice);
    const smaller = { ...notice, checklist: notice.checklist.slice(0, 2).reverse(), status: 'final' as const };
    saveNotice(db, smaller);
    expect(getNotice(db, notice.id)).toStrictEqual(smaller);
    const rows = db.prepare('SELECT count(*) FROM nodes WHERE notice_id = ?').pluck().get(notice.id);
    expect(rows).toBe(1 + 1 + 2 + 20);
  });

  it('refuses an invalid notice in Chinese and stores nothing', () => {
    const db = temp.track(openDatabase(':memory:'));
    const notice = smallNotice();
    notice.meta.feedbackDate = '2021-02-29';
    expect(() => saveNotice(db, notice)).toThrow(InvalidInputError);
    expect(() => saveNotice(db, notice)).toThrow(/meta\.feedbackDate：日期无效/);
    expect(getNotice(db, notice.id)).toBeNull();
  });

  it('refuses node ids that another notice already uses', () => {
    const db = temp.track(openDatabase(':memory:'));
    saveNotice(db, smallNotice('n1'));
    expect(() => saveNotice(db, smallNotice('n2'))).toThrow(
      /^清单节点编号 (G1|A|S1|B|C|D|E|G2) 已被另一份通报使用；复制条目或通报时请生成新编号$/,
    );
    expect(getNotice(db, 'n2')).toBeNull();
    saveNotice(db, smallNotice('n2', 'copy-'));
    expect(getNotice(db, 'n2')?.checklist[1]?.id).toBe('copy-E');

    // A later save that keeps n2's own nodes but brings in one of n1's ids is refused just the same.
    const stored = getNotice(db, 'n2')!;
    const taken = { ...smallNotice('n2', 'copy-'), checklist: [...stored.checklist, smallNotice('n1').checklist[1]!] };
    expect(() => saveNotice(db, taken)).toThrow(/^清单节点编号 E 已被另一份通报使用；复制条目或通报时请生成新编号$/);
    expect(getNotice(db, 'n2')).toStrictEqual(stored);
    expect(getNotice(db, 'n1')).toStrictEqual(smallNotice('n1'));
  });

  it('lists notices newest change first, with generated or overridden titles', () => {
    const db = temp.track(openDatabase(':memory:'));
    const older = smallNotice('older');
    older.updatedAt = '2024-01-01T00:00:00.000Z';
    const newer = smallNotice('newer', 'x-');
    newer.updatedAt = '2024-06-01T00:00:00.000Z';
    newer.status = 'final';
    newer.meta.stage = 'final';
    newer.meta.titleOverride = '手写标题';
    saveNotice(db, older);
    saveNotice(db, newer);
    expect(listNotices(db, boilerplate)).toEqual([
      { id: 'newer', title: '手写标题', stage: 'final', status: 'final', updatedAt: '2024-06-01T00:00:00.000Z' },
      {
        id: 'older',
        title: '中共某某区财政局党组关于区委第三轮巡察整改阶段性进展情况的通报',
        stage: 'interim',
        status: 'draft',
        updatedAt: '2024-01-01T00:00:00.000Z',
      },
    ]);
  });

  it('deletes a notice with its whole tree', () => {
    const db = temp.track(openDatabase(':memory:'));
    saveNotice(db, largeNotice());
    const keep = smallNotice();
    saveNotice(db, keep);
    const [doomed] = listNotices(db, boilerplate).filter((n) => n.id !== keep.id);
    expect(deleteNotice(db, doomed!.id)).toBe(true);
    expect(deleteNotice(db, doomed!.id)).toBe(false);
    expect(getNotice(db, doomed!.id)).toBeNull();
    expect(db.prepare('SELECT count(*) FROM nodes').pluck().get()).toBe(8);
    expect(getNotice(db, keep.id)).toStrictEqual(keep);
  });

  it('reads a tree through the (notice_id, parent_id, position) index, without sorting', () => {
    const db = temp.track(openDatabase(':memory:'));
    saveNotice(db, largeNotice());
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${SELECT_TREE_SQL}`).all('any') as { detail: string }[]).map((row) => row.detail);
    expect(plan).toEqual(['SEARCH nodes USING INDEX nodes_by_parent (notice_id=?)']);
  });

  it('finds the children a deleted node takes with it through the same index', () => {
    const db = temp.track(openDatabase(':memory:'));
    const plan = (db.prepare('EXPLAIN QUERY PLAN DELETE FROM nodes WHERE id = ?').all('any') as { detail: string }[]).map(
      (row) => row.detail,
    );
    // The second line is the ON DELETE CASCADE lookup; without the composite foreign key it would be a SCAN.
    expect(plan).toEqual([
      'SEARCH nodes USING INDEX sqlite_autoindex_nodes_1 (id=?)',
      'SEARCH nodes USING COVERING INDEX nodes_by_parent (notice_id=? AND parent_id=?)',
    ]);
  });
});
