import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeTransaction, type Database } from '../../../../main/db/database';
import { deleteNode, insertNode, moveNode, updateGroupTitle, updateItem } from '../../../../main/db/edits';
import { migrate } from '../../../../main/db/migrate';
import { insertNodes } from '../../../../main/db/node-rows';
import { deleteNotice, getNotice, saveNotice } from '../../../../main/db/notices';
import { LATEST_VERSION } from '../../../../main/db/migrations';
import { openDatabase } from '../../../../main/db/open-database';
import { flushSearchIndex } from '../../../../main/db/search/index-maintenance';
import { searchItemIds } from '../../../../main/db/search/search-items';
import { createGroup, createItem } from '../../../../shared/model/factory';
import type { Notice } from '../../../../shared/model/notice';
import { plainList } from '../../../../shared/model/rich-text';
import { allItems } from '../../../../shared/model/tree';
import { saveNoticesAtOldSchema } from '../../../support/old-schema';
import { generatedNotice, plainScan, seedNotices, useTempDir } from './support';

const temp = useTempDir();
const ids = (db: Database, query: string) => searchItemIds(db, query).map((row) => row.nodeId);
const sorted = (db: Database, query: string) => ids(db, query).sort();
const count = (db: Database, sql: string) => db.prepare(sql).pluck().get() as number;

/** The index agrees with the table and with itself. */
function expectConsistent(db: Database): void {
  expect(count(db, 'SELECT count(*) FROM search_stale_items') + count(db, 'SELECT count(*) FROM search_stale_notices')).toBe(0);
  expect(count(db, 'SELECT count(*) FROM search_items')).toBe(count(db, "SELECT count(*) FROM nodes WHERE kind = 'item'"));
  expect(count(db, 'SELECT count(*) FROM search_notices')).toBe(count(db, 'SELECT count(*) FROM notices'));
  for (const table of ['search_trigrams', 'search_grams']) {
    db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
    expect(count(db, `SELECT count(*) FROM ${table}`)).toBe(count(db, 'SELECT count(*) FROM search_items'));
  }
}

function seededDatabase(): Database {
  const db = temp.track(openDatabase(join(temp.dir(), 'notices.sqlite')));
  for (const notice of seedNotices()) saveNotice(db, notice);
  return db;
}

describe('the index stays in step with every write', () => {
  it('an edited item is found by its new text at once, and no longer by its old', () => {
    const db = seededDatabase();
    expect(sorted(db, '班子成员分工只分管科室')).toEqual(['s000-i1-1-1']);
    updateItem(db, 's000-i1-1-1', { problem: '领导班子分工调整后仍未备案' });
    expect(ids(db, '分工调整后仍未备')).toEqual(['s000-i1-1-1']);
    expect(ids(db, '班子成员分工只分管科室')).toEqual([]);
    updateItem(db, 's000-i1-1-1', { progress: plainList(['已于“十月”完成备案']), responsibleUnit: '人事教育科' });
    expect(ids(db, '十月')).toContain('s000-i1-1-1');
    expect(ids(db, '人事教育科')).toEqual(['s000-i1-1-1']);
    // Status is kept beside the index for the filter: a change of status updates it without reindexing the text.
    updateItem(db, 's000-i1-1-1', { status: 'longTerm' });
    expect(searchItemIds(db, '人事教育科', { statuses: ['longTerm'] }).map((row) => row.nodeId)).toEqual(['s000-i1-1-1']);
    expectConsistent(db);
  });

  it('inserted nodes are found, deleted ones are gone, moves and renames keep the index whole', () => {
    const db = seededDatabase();
    const group = createGroup('新增分组', [createItem({ problem: '新插入的条目甲' }), createItem({ problem: '新插入的条目乙' })]);
    insertNode(db, 'seed-002', null, 0, group);
    expect(ids(db, '新插入的条目').length).toBe(2);
    expect(searchItemIds(db, '条目', { groupTitle: '新增' }).length).toBe(2);
    updateGroupTitle(db, group.id, '改名后的分组');
    expect(searchItemIds(db, '条目', { groupTitle: '新增' })).toEqual([]);
    expect(searchItemIds(db, '条目', { groupTitle: '改名后' }).length).toBe(2);
    moveNode(db, group.children[0]!.id, null, 0);
    expect(ids(db, '新插入的条目').length).toBe(2);
    deleteNode(db, group.id);
    expect(ids(db, '新插入的条目')).toEqual([group.children[0]!.id]);
    expectConsistent(db);

    expect(ids(db, '班子成员分工只分管科室')).toEqual(['s000-i1-1-1']);
    deleteNode(db, 's000-g1');
    expect(ids(db, '班子成员分工只分管科室')).toEqual([]);
    expect(deleteNotice(db, 'seed-003')).toBe(true);
    expect(searchItemIds(db, '', { noticeId: 'seed-003' })).toEqual([]);
    expect(sorted(db, '整改')).toEqual(plainScan(db, '整改'));
    expectConsistent(db);
  });

  it('a whole-notice save indexes only what changed, and reflects every change', () => {
    const db = seededDatabase();
    const rowids = () => new Map(db.prepare('SELECT node_id, id FROM search_items').all().map((row: any) => [row.node_id, row.id]));
    const before = rowids();
    const notice = getNotice(db, 'seed-002')!;
    const items = allItems(notice.checklist);
    items[0]!.problem = '整体保存时改写的问题';
    const removed = items[1]!;
    const parent = notice.checklist.find((node) => node.kind === 'group' && node.children.includes(removed));
    if (parent?.kind === 'group') parent.children.splice(parent.children.indexOf(removed), 1);
    // The same stamp: the notice keeps its place, so unchanged items keep their rowids.
    saveNotice(db, notice);
    const after = rowids();
    expect(ids(db, '整体保存时改写')).toEqual([items[0]!.id]);
    expect(after.has(removed.id)).toBe(false);
    for (const item of items.slice(2)) expect(after.get(item.id)).toBe(before.get(item.id));
    expect(after.get(items[0]!.id)).not.toBe(before.get(items[0]!.id));
    expectConsistent(db);
  });

  it('a write that fails is rolled back together with its index changes', () => {
    const db = seededDatabase();
    expect(() =>
      writeTransaction(db, () => {
        updateItem(db, 's000-i1-1-1', { problem: '不会保存的改动' });
        throw new Error('中途失败');
      }),
    ).toThrow('中途失败');
    expect(ids(db, '不会保存的改动')).toEqual([]);
    expect(ids(db, '班子成员分工只分管科室')).toEqual(['s000-i1-1-1']);
    expectConsistent(db);
  });

  it('a raw write that bypasses the repositories is still searched correctly', () => {
    const db = seededDatabase();
    db.prepare("UPDATE nodes SET problem = '直接改写数据库的问题' WHERE id = 's000-i1-1-1'").run();
    db.prepare("DELETE FROM nodes WHERE id = 's002-i1-1'").run();
    expect(ids(db, '直接改写数据库')).toEqual(['s000-i1-1-1']);
    expect(sorted(db, '党组')).toEqual(plainScan(db, '党组'));
    expectConsistent(db);
  });
});

describe('recency order', () => {
  const stampsInOrder = (db: Database, query: string) =>
    searchItemIds(db, query).map((row) => getNotice(db, db.prepare('SELECT notice_id FROM nodes WHERE id = ?').pluck().get(row.nodeId) as string)!.updatedAt);

  it('moves a notice to the front when it is edited, and places an imported older one by its date', () => {
    const db = seededDatabase();
    const first = () => getNotice(db, db.prepare('SELECT notice_id FROM nodes WHERE id = ?').pluck().get(ids(db, '整改')[0]) as string)!.id;
    expect(first()).toBe('seed-002');
    updateItem(db, 's000-i1-1-1', { responsibleLeader: '张三' });
    expect(first()).toBe('seed-000');
    saveNotice(db, generatedNotice(9, 30, '2018-01-01T00:00:00.000Z'));
    const stamps = stampsInOrder(db, '整改');
    expect(stamps).toEqual([...stamps].sort().reverse());
    expectConsistent(db);
  });

  it('spreads the keys out when a gap is used up, keeping the order exact', () => {
    const db = temp.track(openDatabase(join(temp.dir(), 'order.sqlite')));
    // Raw writes, flushed with a tiny stride, so that midpoints run out after a few notices.
    const add = (notice: Notice) => {
      db.transaction(() => {
        db.prepare(
          `INSERT INTO notices (id, layout_id, status, meta, parts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(notice.id, notice.layoutId, notice.status, JSON.stringify(notice.meta), JSON.stringify(notice.parts), notice.createdAt, notice.updatedAt);
        insertNodes(db, notice.id, null, 0, notice.checklist);
        flushSearchIndex(db, { stride: 2 });
      })();
    };
    const stamps = ['2020-05-01', '2020-01-01', '2020-02-01', '2020-03-01', '2020-04-01', '2020-02-15', '2021-01-01', '2019-01-01'];
    stamps.forEach((day, index) => add(generatedNotice(index, 12, `${day}T00:00:00.000Z`)));
    const order = stampsInOrder(db, '');
    expect(order).toHaveLength(stamps.length * 12);
    expect(order).toEqual([...order].sort().reverse());
    expect(sorted(db, '整改')).toEqual(plainScan(db, '整改'));
    expectConsistent(db);
  });
});

describe('a large first build', () => {
  it('merges once at the end and leaves the tables as they would be otherwise', () => {
    const db = temp.track(openDatabase(join(temp.dir(), 'bulk.sqlite')));
    db.transaction(() => {
      for (const notice of [...seedNotices(), generatedNotice(1, 40, '2024-01-01T00:00:00.000Z')]) {
        db.prepare(
          `INSERT INTO notices (id, layout_id, status, meta, parts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(notice.id, notice.layoutId, notice.status, JSON.stringify(notice.meta), JSON.stringify(notice.parts), notice.createdAt, notice.updatedAt);
        insertNodes(db, notice.id, null, 0, notice.checklist);
      }
      flushSearchIndex(db, { bulkItems: 10 });
    })();
    expectConsistent(db);
    const automerge = db.prepare("SELECT v FROM search_trigrams_config WHERE k = 'automerge'").pluck().get();
    expect(automerge).toBe(4);
    for (const query of ['改', '整改', '巡察整改']) expect(sorted(db, query), query).toEqual(plainScan(db, query));
  });
});

describe('migration', () => {
  it('builds the index for the notices of a database made at version 20', () => {
    const path = join(temp.dir(), 'old.sqlite');
    const old = new BetterSqlite3(path);
    expect(migrate(old, 20)).toBe(20);
    saveNoticesAtOldSchema(old, seedNotices(), temp.dir());
    old.close();

    const db = temp.track(openDatabase(path));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expectConsistent(db);
    expect(count(db, 'SELECT count(*) FROM search_items')).toBe(58);
    for (const query of ['改', '整改', '巡察整改', '民主 生活会']) expect(sorted(db, query), query).toEqual(plainScan(db, query));
  });
});
