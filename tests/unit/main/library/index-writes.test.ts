import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeTransaction, type Database } from '../../../../main/db/database';
import { migrate } from '../../../../main/db/migrate';
import { LATEST_VERSION } from '../../../../main/db/migrations';
import { deleteNotice, getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { statusesMatch } from '../../../../main/db/search/filter-tokens';
import { placeNoticeInIndex, rebuildSearchIndex } from '../../../../main/db/search/index-writes';
import { MIN_SLOTS } from '../../../../main/db/search/notice-order';
import { searchItemIds } from '../../../../main/db/search/search-items';
import type { ItemSearchFilters } from '../../../../shared/library/search-types';
import { createGroup, createItem } from '../../../../shared/model/factory';
import { ITEM_STATUSES, type Group, type Notice } from '../../../../shared/model/notice';
import { plainList } from '../../../../shared/model/rich-text';
import { allItems, findNode } from '../../../../shared/model/tree';
import { insertNode, moveNode, removeNode } from '../../../../shared/model/tree-ops';
import { saveNoticesAtOldSchema } from '../../../support/old-schema';
import { generatedNotice, plainScan, seedNotices, useTempDir } from './support';

const temp = useTempDir();
const ids = (db: Database, query: string, filters: ItemSearchFilters = {}) => searchItemIds(db, query, filters).map((row) => row.nodeId);
const sorted = (db: Database, query: string) => ids(db, query).sort();
const count = (db: Database, sql: string) => db.prepare(sql).pluck().get() as number;

/** The index agrees with the table and with itself. */
function expectConsistent(db: Database): void {
  expect(count(db, 'SELECT count(*) FROM search_items')).toBe(count(db, "SELECT count(*) FROM nodes WHERE kind = 'item'"));
  expect(count(db, 'SELECT count(*) FROM search_items s JOIN nodes n ON n.id = s.node_id AND n.notice_id = s.notice_id')).toBe(
    count(db, 'SELECT count(*) FROM search_items'),
  );
  expect(
    count(
      db,
      'SELECT count(*) FROM search_items s JOIN nodes n ON n.id = s.node_id WHERE s.parent_id IS NOT n.parent_id OR s.status IS NOT n.status',
    ),
  ).toBe(0);
  expect(count(db, 'SELECT count(*) FROM search_notices')).toBe(count(db, 'SELECT count(*) FROM notices'));
  db.prepare("INSERT INTO search_grams (search_grams) VALUES ('integrity-check')").run();
  expect(count(db, 'SELECT count(*) FROM search_grams')).toBe(count(db, 'SELECT count(*) FROM search_items'));
  expectStatusTokens(db);
}

/** The status tokens are those of the items as stored: each is held by exactly the items of its status. */
function expectStatusTokens(db: Database): void {
  const matching = db
    .prepare('SELECT s.node_id FROM search_grams f JOIN search_items s ON s.id = f.rowid WHERE f.search_grams MATCH ?')
    .pluck();
  for (const status of ITEM_STATUSES) {
    const held = db.prepare('SELECT node_id FROM search_items WHERE status = ?').pluck().all(status);
    expect(new Set(matching.all(statusesMatch([status])!)), status).toEqual(new Set(held));
  }
}

function seededDatabase(name = 'notices.sqlite'): Database {
  const db = temp.track(openDatabase(join(temp.dir(), name)));
  for (const notice of seedNotices()) saveNotice(db, notice);
  return db;
}

let clock = Date.parse('2030-01-01T00:00:00.000Z');

/** The notice as stored, changed by `change`, saved as the editor saves it (stamped now, the newest, unless `sameStamp`). */
function edit(db: Database, id: string, change: (notice: Notice) => void, sameStamp = false): Notice {
  const notice = getNotice(db, id)!;
  change(notice);
  if (!sameStamp) notice.updatedAt = new Date((clock += 60_000)).toISOString();
  saveNotice(db, notice);
  return notice;
}

function item(notice: Notice, id: string) {
  return allItems(notice.checklist).find((candidate) => candidate.id === id)!;
}

describe('every save keeps the index exact in its own transaction', () => {
  it('an edited item is found by its new text at once, and no longer by its old', () => {
    const db = seededDatabase();
    expect(sorted(db, '班子成员分工只分管科室')).toEqual(['s000-i1-1-1']);
    const noticeId = db.prepare("SELECT notice_id FROM nodes WHERE id = 's000-i1-1-1'").pluck().get() as string;
    edit(db, noticeId, (notice) => void (item(notice, 's000-i1-1-1').problem = '领导班子分工调整后仍未备案'));
    expect(ids(db, '分工调整后仍未备')).toEqual(['s000-i1-1-1']);
    expect(ids(db, '班子成员分工只分管科室')).toEqual([]);
    edit(db, noticeId, (notice) => {
      item(notice, 's000-i1-1-1').progress = plainList(['已于“十月”完成备案']);
      item(notice, 's000-i1-1-1').responsibleUnit = '人事教育科';
    });
    expect(ids(db, '十月')).toContain('s000-i1-1-1');
    expect(ids(db, '人事教育科')).toEqual(['s000-i1-1-1']);
    // Status is kept beside the index for the filter: a change of status updates it without reindexing the text.
    const rowid = () => db.prepare("SELECT id FROM search_items WHERE node_id = 's000-i1-1-1'").pluck().get();
    const before = rowid();
    edit(db, noticeId, (notice) => void (item(notice, 's000-i1-1-1').status = 'longTerm'), true);
    expect(rowid()).toBe(before);
    expect(ids(db, '人事教育科', { statuses: ['longTerm'] })).toEqual(['s000-i1-1-1']);
    expectConsistent(db);
  });

  it('inserted nodes are found, removed ones are gone at once, moves and renames keep the index whole', () => {
    const db = seededDatabase();
    const group = createGroup('新增分组', [createItem({ problem: '新插入的条目甲' }), createItem({ problem: '新插入的条目乙' })]);
    edit(db, 'seed-002', (notice) => void (notice.checklist = insertNode(notice.checklist, group, 'first-child', null)!));
    expect(ids(db, '新插入的条目').length).toBe(2);
    expect(ids(db, '条目', { groupTitle: '新增' }).length).toBe(2);
    edit(db, 'seed-002', (notice) => void ((notice.checklist.find((node) => node.id === group.id) as Group).title = '改名后的分组'));
    expect(ids(db, '条目', { groupTitle: '新增' })).toEqual([]);
    expect(ids(db, '条目', { groupTitle: '改名后' }).length).toBe(2);
    // Out of the group to the top level: the same id, the same index row, a new parent.
    const moved = group.children[0]!.id;
    const rowid = db.prepare('SELECT id FROM search_items WHERE node_id = ?').pluck();
    const before = rowid.get(moved);
    edit(db, 'seed-002', (notice) => void (notice.checklist = moveNode(notice.checklist, moved, 'before', group.id)!), true);
    expect(db.prepare('SELECT parent_id FROM nodes WHERE id = ?').pluck().get(moved)).toBeNull();
    expect(rowid.get(moved)).toBe(before);
    expect(ids(db, '条目', { groupTitle: '改名后' })).toEqual([group.children[1]!.id]);
    edit(db, 'seed-002', (notice) => void (notice.checklist = removeNode(notice.checklist, group.id)));
    expect(ids(db, '新插入的条目')).toEqual([moved]);
    expectConsistent(db);

    const seed0 = db.prepare("SELECT notice_id FROM nodes WHERE id = 's000-g1'").pluck().get() as string;
    edit(db, seed0, (notice) => void (notice.checklist = removeNode(notice.checklist, 's000-g1')));
    expect(ids(db, '班子成员分工只分管科室')).toEqual([]);
    expect(deleteNotice(db, 'seed-003')).toBe(true);
    expect(ids(db, '', { noticeId: 'seed-003' })).toEqual([]);
    expect(sorted(db, '整改')).toEqual(plainScan(db, '整改'));
    expectConsistent(db);
  });

  it("the filters follow every change of what they read: a status, an item's group, a group's title and place", () => {
    const db = seededDatabase();
    const inner = createGroup('乙小类', [createItem({ problem: '嵌套分组里的条目一' }), createItem({ problem: '嵌套分组里的条目二' })]);
    const outer = createGroup('甲方面', [inner]);
    const other = createGroup('丙方面', [createItem({ problem: '另一分组里的条目' })]);
    edit(db, 'seed-002', (notice) => void (notice.checklist = [...notice.checklist, outer, other]));
    const agrees = (query: string, filters: ItemSearchFilters) => {
      expect(ids(db, query, filters).sort(), `${query} ${JSON.stringify(filters)}`).toEqual(plainScan(db, query, filters));
      return ids(db, query, filters);
    };
    const innerItems = inner.children.map((node) => node.id).sort();
    expect(agrees('分组里的条目', { groupTitle: '甲方面' }).sort()).toEqual(innerItems);
    // The outer group renamed: its subgroup's items are under the new title, and no longer under the old.
    edit(db, 'seed-002', (notice) => void ((notice.checklist.find((node) => node.id === outer.id) as Group).title = '丁方面'));
    expect(agrees('分组里的条目', { groupTitle: '甲方面' })).toEqual([]);
    expect(agrees('分组里的条目', { groupTitle: '丁方面' }).sort()).toEqual(innerItems);
    // The subgroup moved under another group, its title unchanged: its items follow it.
    edit(db, 'seed-002', (notice) => void (notice.checklist = moveNode(notice.checklist, inner.id, 'last-child', other.id)!), true);
    expect(agrees('分组里的条目', { groupTitle: '丁方面' })).toEqual([]);
    expect(agrees('分组里的条目', { groupTitle: '丙方面' })).toHaveLength(3);
    // The subgroup renamed: found by its own title and still by its parent's.
    edit(db, 'seed-002', (notice) => void ((findNode(notice.checklist, inner.id)!.node as Group).title = '戊小类'));
    expect(agrees('分组里的条目', { groupTitle: '戊小类' }).sort()).toEqual(innerItems);
    expect(agrees('分组里的条目', { groupTitle: '乙小类' })).toEqual([]);
    expect(agrees('嵌套', { groupTitle: '丙方面' }).sort()).toEqual(innerItems);
    // A status changed, the text not.
    const changed = inner.children[0]!.id;
    edit(db, 'seed-002', (notice) => void (item(notice, changed).status = 'longTerm'), true);
    expect(agrees('嵌套分组', { statuses: ['longTerm'] })).toEqual([changed]);
    expect(agrees('嵌套分组', { statuses: ['done', 'ongoing', 'mostlyDone'] })).not.toContain(changed);
    expect(agrees('嵌套分组', { statuses: ['longTerm'], groupTitle: '戊小' })).toEqual([changed]);
    expectConsistent(db);
  });

  it('indexes only what changed: unchanged items keep their rows of the index', () => {
    const db = seededDatabase();
    const rowids = () =>
      new Map(
        (db.prepare('SELECT node_id, id FROM search_items').all() as { node_id: string; id: number }[]).map((row) => [row.node_id, row.id]),
      );
    const before = rowids();
    const items = allItems(getNotice(db, 'seed-002')!.checklist);
    const removed = items[1]!;
    edit(
      db,
      'seed-002',
      (notice) => {
        item(notice, items[0]!.id).problem = '整体保存时改写的问题';
        notice.checklist = removeNode(notice.checklist, removed.id);
      },
      true,
    );
    const after = rowids();
    expect(ids(db, '整体保存时改写')).toEqual([items[0]!.id]);
    expect(after.has(removed.id)).toBe(false);
    for (const other of items.slice(2)) expect(after.get(other.id)).toBe(before.get(other.id));
    // Indexed anew (found by its new text) under the rowid it had: its place among the notice's items holds.
    expect(after.get(items[0]!.id)).toBe(before.get(items[0]!.id));
    expectConsistent(db);
  });

  it('a save that fails is rolled back together with its index changes', () => {
    const db = seededDatabase();
    const notice = getNotice(db, 'seed-002')!;
    allItems(notice.checklist)[0]!.problem = '不会保存的改动';
    expect(() =>
      writeTransaction(db, () => {
        saveNotice(db, notice);
        throw new Error('中途失败');
      }),
    ).toThrow('中途失败');
    expect(ids(db, '不会保存的改动')).toEqual([]);
    expectConsistent(db);
  });

  it('raw SQL bypasses the index; the next save of the notice, or a rebuild, makes it exact again', () => {
    const db = seededDatabase();
    const noticeId = db.prepare("SELECT notice_id FROM nodes WHERE id = 's000-i1-1-1'").pluck().get() as string;
    const asSaved = getNotice(db, noticeId)!;
    const other = allItems(asSaved.checklist).find((one) => one.id !== 's000-i1-1-1')!;
    db.prepare("UPDATE nodes SET problem = '直接改写数据库的问题' WHERE id = 's000-i1-1-1'").run();
    db.prepare('DELETE FROM nodes WHERE id = ?').run(other.id);
    // Saving what the editor holds writes the rows back to it, and the index follows the rows.
    saveNotice(db, asSaved);
    expect(ids(db, '班子成员分工只分管科室')).toEqual(['s000-i1-1-1']);
    expect(ids(db, '直接改写数据库')).toEqual([]);
    expect(ids(db, '', { noticeId }).sort()).toEqual(
      allItems(asSaved.checklist)
        .map((one) => one.id)
        .sort(),
    );
    expectConsistent(db);

    db.prepare("UPDATE nodes SET problem = '直接改写数据库的问题' WHERE id = 's000-i1-1-1'").run();
    db.prepare("DELETE FROM nodes WHERE id = 's002-i1-1'").run();
    writeTransaction(db, () => rebuildSearchIndex(db));
    expect(ids(db, '直接改写数据库')).toEqual(['s000-i1-1-1']);
    for (const query of ['党组', '改', '巡察整改']) expect(sorted(db, query), query).toEqual(plainScan(db, query));
    expectConsistent(db);
  });
});

describe('recency order', () => {
  const stampsInOrder = (db: Database, query: string) =>
    searchItemIds(db, query).map(
      (row) => getNotice(db, db.prepare('SELECT notice_id FROM nodes WHERE id = ?').pluck().get(row.nodeId) as string)!.updatedAt,
    );

  it('moves a notice to the front when it is edited, and places an imported older one by its date', () => {
    const db = seededDatabase();
    const first = () => db.prepare('SELECT notice_id FROM nodes WHERE id = ?').pluck().get(ids(db, '整改')[0]) as string;
    expect(first()).toBe('seed-002');
    const seed0 = db.prepare("SELECT notice_id FROM nodes WHERE id = 's000-i1-1-1'").pluck().get() as string;
    const saved = edit(db, seed0, (notice) => void (item(notice, 's000-i1-1-1').responsibleLeader = '张三'));
    expect(first()).toBe(seed0);
    // Moved to the front, its items come in the order of the checklist.
    expect(ids(db, '', { noticeId: seed0 })).toEqual(allItems(saved.checklist).map((one) => one.id));
    saveNotice(db, generatedNotice(9, 30, '2018-01-01T00:00:00.000Z'));
    const stamps = stampsInOrder(db, '整改');
    expect(stamps).toEqual([...stamps].sort().reverse());
    expectConsistent(db);
  });

  it('spreads the keys out when a gap is used up, keeping the order exact', () => {
    const db = temp.track(openDatabase(join(temp.dir(), 'order.sqlite')));
    // Each notice is placed with a tiny stride before it is saved, so that midpoints run out after a few.
    const add = (notice: Notice) =>
      writeTransaction(db, () => {
        placeNoticeInIndex(db, notice.id, notice.updatedAt, 2);
        saveNotice(db, notice);
      });
    const stamps = ['2020-05-01', '2020-01-01', '2020-02-01', '2020-03-01', '2020-04-01', '2020-02-15', '2021-01-01', '2019-01-01'];
    stamps.forEach((day, index) => add(generatedNotice(index, 12, `${day}T00:00:00.000Z`)));
    const order = stampsInOrder(db, '');
    expect(order).toHaveLength(stamps.length * 12);
    expect(order).toEqual([...order].sort().reverse());
    expect(sorted(db, '整改')).toEqual(plainScan(db, '整改'));
    expectConsistent(db);
  });
});

describe('a notice larger than its rowid range', () => {
  it('is saved all the same: the index is built anew with room for it, and stays exact', () => {
    const db = temp.track(openDatabase(join(temp.dir(), 'large.sqlite')));
    for (const notice of seedNotices()) saveNotice(db, notice);
    const large = generatedNotice(6, MIN_SLOTS + 8, '2026-01-01T00:00:00.000Z');
    saveNotice(db, large);
    expect(db.prepare('SELECT slots FROM search_slots').pluck().get()).toBe(MIN_SLOTS * 2);
    expectConsistent(db);
    const last = `gen-6-i${MIN_SLOTS + 7}`;
    edit(db, 'gen-6', (notice) => void (allItems(notice.checklist).at(-1)!.problem = '最后一条改写的问题'));
    expect(ids(db, '最后一条改写')).toEqual([last]);
    for (const query of ['改', '巡察整改', '民主 生活会']) expect(sorted(db, query), query).toEqual(plainScan(db, query));
  });
});

describe('a rebuild', () => {
  it('merges once at the end and answers as the saves did', () => {
    const db = temp.track(openDatabase(join(temp.dir(), 'bulk.sqlite')));
    for (const notice of [...seedNotices(), ...[1, 2, 3].map((n) => generatedNotice(n, 2000, `2024-0${n}-01T00:00:00.000Z`))]) {
      saveNotice(db, notice);
    }
    const queries = ['改', '整改', '巡察整改', '民主 生活会'];
    const saved = queries.map((query) => ids(db, query));
    writeTransaction(db, () => rebuildSearchIndex(db));
    expectConsistent(db);
    expect(db.prepare("SELECT v FROM search_grams_config WHERE k = 'automerge'").pluck().get()).toBe(4);
    queries.forEach((query, at) => {
      expect(sorted(db, query), query).toEqual(plainScan(db, query));
      expect(ids(db, query), query).toEqual(saved[at]);
    });
  });
});

const QUERIES: [string, ItemSearchFilters][] = [
  ['', {}],
  ['改', {}],
  ['整改', {}],
  ['巡察整改', {}],
  ['民主 生活会', {}],
  ['整改', { statuses: ['done'] }],
  ['整改', { groupTitle: '方面' }],
  ['改', { noticeId: 'seed-002' }],
];
const answers = (db: Database) => QUERIES.map(([query, filters]) => ids(db, query, filters));

describe('migration from the release that queued its index writes', () => {
  /** The queue tables and triggers of migration 0030, as a database of that release has them. */
  function queueSchema(): string[] {
    const scratch = new BetterSqlite3(':memory:');
    migrate(scratch, 30);
    const sql = scratch
      .prepare("SELECT sql FROM sqlite_schema WHERE name LIKE 'search_stale%' AND type = 'table' OR type = 'trigger' ORDER BY type DESC")
      .pluck()
      .all() as string[];
    scratch.close();
    return sql;
  }

  it('builds the index anew in the same order: every search answers as before, and saves go on', () => {
    const path = join(temp.dir(), 'previous.sqlite');
    const db = openDatabase(path);
    for (const notice of [...seedNotices(), generatedNotice(4, 40, '2025-01-01T00:00:00.000Z')]) saveNotice(db, notice);
    const before = answers(db);
    // The rowids change (0090 packs them closer); the order, the filters and the marks do not.
    const indexRows = 'SELECT node_id, notice_id, status, parent_id, raw_match FROM search_items ORDER BY id';
    const rows = db.prepare(indexRows).all();
    expect(rows.some((row) => (row as { raw_match: number }).raw_match === 2)).toBe(true);
    // Back to how the previous release left it: its queue empty, its digests beside the index, its trigram table.
    db.exec(
      `DROP INDEX search_items_by_parent; ALTER TABLE search_items DROP COLUMN parent_id; ALTER TABLE search_items DROP COLUMN raw_match;
       ALTER TABLE search_items ADD COLUMN digest TEXT NOT NULL DEFAULT ''; DROP INDEX nodes_groups;
       DROP TABLE search_slots;
       CREATE VIRTUAL TABLE search_trigrams USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'trigram case_sensitive 1');`,
    );
    for (const sql of queueSchema()) db.exec(sql);
    db.pragma('user_version = 70');
    db.close();

    const migrated = temp.track(openDatabase(path));
    expect(migrated.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(migrated.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' OR name LIKE 'search_stale%'").pluck().get()).toBe(
      0,
    );
    expect(migrated.prepare(indexRows).all()).toEqual(rows);
    expect(count(migrated, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'search_trigrams%'")).toBe(0);
    expect(
      count(migrated, 'SELECT count(*) FROM search_items s JOIN nodes n ON n.id = s.node_id WHERE s.parent_id IS NOT n.parent_id'),
    ).toBe(0);
    expect(answers(migrated)).toEqual(before);
    edit(migrated, 'gen-4', (notice) => void (allItems(notice.checklist)[0]!.problem = '迁移之后改写的问题'));
    expect(ids(migrated, '迁移之后改写')).toEqual(['gen-4-i0']);
    expectConsistent(migrated);
  });

  it('builds the index of a database whose writes were still queued (made at version 20) as this release would', () => {
    const path = join(temp.dir(), 'old.sqlite');
    const old = new BetterSqlite3(path);
    expect(migrate(old, 20)).toBe(20);
    const notices = [...seedNotices(), generatedNotice(5, 40, '2025-01-01T00:00:00.000Z')];
    saveNoticesAtOldSchema(old, notices, temp.dir());
    old.close();

    const db = temp.track(openDatabase(path));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expectConsistent(db);
    expect(count(db, 'SELECT count(*) FROM search_items')).toBe(58 + 40);
    for (const query of ['改', '整改', '巡察整改', '民主 生活会']) expect(sorted(db, query), query).toEqual(plainScan(db, query));
    const fresh = temp.track(openDatabase(join(temp.dir(), 'fresh.sqlite')));
    for (const notice of notices) saveNotice(fresh, notice);
    expect(answers(db)).toEqual(answers(fresh));
  });
});
