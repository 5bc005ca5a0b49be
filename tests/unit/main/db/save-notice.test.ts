import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../../main/db/database';
import { InvalidInputError } from '../../../../main/db/errors';
import { ALL_COLUMNS } from '../../../../main/db/node-rows';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { createGroup, createItem } from '../../../../shared/model/factory';
import type { ChecklistNode, Group, Notice } from '../../../../shared/model/notice';
import { allItems } from '../../../../shared/model/tree';
import { indentNode, moveNode, removeNode } from '../../../../shared/model/tree-ops';
import { largeNotice, useTempDir } from './fixtures';

/**
 * Records every write a save makes to the rows, by temporary triggers: which
 * rows were inserted or deleted, and which columns each UPDATE set.
 */
function recordWrites(db: Database): { take: () => { inserted: string[]; deleted: string[]; updated: Map<string, string[]> } } {
  db.exec('CREATE TEMP TABLE writes (seq INTEGER PRIMARY KEY, tbl TEXT, op TEXT, id TEXT, col TEXT)');
  for (const [table, columns] of [
    ['nodes', ALL_COLUMNS],
    ['notices', ['layout_id', 'status', 'meta', 'parts', 'created_at', 'updated_at']],
  ] as const) {
    db.exec(`CREATE TEMP TRIGGER log_${table}_insert AFTER INSERT ON main.${table} BEGIN
               INSERT INTO writes (tbl, op, id) VALUES ('${table}', 'insert', NEW.id); END`);
    db.exec(`CREATE TEMP TRIGGER log_${table}_delete AFTER DELETE ON main.${table} BEGIN
               INSERT INTO writes (tbl, op, id) VALUES ('${table}', 'delete', OLD.id); END`);
    // One trigger per column: UPDATE OF fires for each column the statement sets, changed or not.
    for (const column of columns) {
      db.exec(`CREATE TEMP TRIGGER log_${table}_${column} AFTER UPDATE OF ${column} ON main.${table} BEGIN
                 INSERT INTO writes (tbl, op, id, col) VALUES ('${table}', 'update', NEW.id, '${column}'); END`);
    }
  }
  return {
    take() {
      const rows = db.prepare('SELECT tbl, op, id, col FROM writes ORDER BY seq').all() as {
        tbl: string;
        op: string;
        id: string;
        col: string;
      }[];
      db.exec('DELETE FROM writes');
      const updated = new Map<string, string[]>();
      for (const row of rows.filter((one) => one.op === 'update')) {
        const key = `${row.tbl}:${row.id}`;
        updated.set(key, [...(updated.get(key) ?? []), row.col]);
      }
      return {
        inserted: rows.filter((row) => row.op === 'insert').map((row) => `${row.tbl}:${row.id}`),
        deleted: rows.filter((row) => row.op === 'delete').map((row) => `${row.tbl}:${row.id}`),
        updated,
      };
    },
  };
}

/** A group with more than three children, wherever it sits. */
function bigGroup(notice: Notice): Group {
  const walk = (nodes: readonly ChecklistNode[]): Group | undefined => {
    for (const node of nodes) {
      if (node.kind !== 'group') continue;
      if (node.children.length > 3) return node;
      const inner = walk(node.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(notice.checklist)!;
}

describe('a save writes only what changed', () => {
  const temp = useTempDir();

  function stored(): { db: Database; notice: Notice; writes: ReturnType<typeof recordWrites> } {
    const db = temp.track(openDatabase(join(temp.dir(), 'save.sqlite')));
    const notice = largeNotice();
    saveNotice(db, notice);
    return { db, notice: getNotice(db, notice.id)!, writes: recordWrites(db) };
  }

  it('a one-character change updates one column of one node row, and the notice its stamp', () => {
    const { db, notice, writes } = stored();
    const target = allItems(notice.checklist)[7]!;
    target.problem += '。';
    notice.updatedAt = '2030-01-01T00:00:00.000Z';
    const before = db.prepare('SELECT total_changes()').pluck().get() as number;
    saveNotice(db, notice);
    const { inserted, deleted, updated } = writes.take();
    expect(inserted).toEqual([]);
    expect(deleted).toEqual([]);
    expect(updated).toEqual(
      new Map([
        ['notices:' + notice.id, ['updated_at']],
        ['nodes:' + target.id, ['problem']],
      ]),
    );
    // The index's own rows (FTS5 segments among them) included, a save changes a few dozen rows, not the checklist's 200-odd.
    const logged = 3;
    expect((db.prepare('SELECT total_changes()').pluck().get() as number) - before - logged).toBeLessThan(40);
    expect(getNotice(db, notice.id)).toStrictEqual(notice);
  });

  it('an unchanged save writes nothing at all', () => {
    const { db, notice, writes } = stored();
    saveNotice(db, notice);
    expect(writes.take()).toEqual({ inserted: [], deleted: [], updated: new Map() });
    expect(getNotice(db, notice.id)).toStrictEqual(notice);
  });

  it('a reorder updates positions only', () => {
    const { db, notice, writes } = stored();
    const group = bigGroup(notice);
    group.children.reverse();
    saveNotice(db, notice);
    const { inserted, deleted, updated } = writes.take();
    expect(inserted).toEqual([]);
    expect(deleted).toEqual([]);
    expect(updated.size).toBeGreaterThan(1);
    for (const columns of updated.values()) expect(columns).toEqual(['position']);
    expect(getNotice(db, notice.id)).toStrictEqual(notice);
  });

  it('a re-parented item keeps its id and its row: parent and positions change, nothing is inserted', () => {
    const { db, notice, writes } = stored();
    const group = bigGroup(notice);
    const moved = group.children[2]!;
    const rowid = db.prepare('SELECT rowid FROM nodes WHERE id = ?').pluck();
    const before = rowid.get(moved.id);
    notice.checklist = moveNode(notice.checklist, moved.id, 'before', group.id)!;
    saveNotice(db, notice);
    const { inserted, deleted, updated } = writes.take();
    expect(inserted).toEqual([]);
    expect(deleted).toEqual([]);
    expect(updated.get(`nodes:${moved.id}`)?.sort()).toEqual(['parent_id', 'position']);
    expect(rowid.get(moved.id)).toBe(before);
    expect(getNotice(db, notice.id)).toStrictEqual(notice);
  });

  it('new nodes are inserted, removed ones deleted, under new and old groups alike', () => {
    const { db, notice, writes } = stored();
    const items = allItems(notice.checklist);
    const fresh = createGroup('新分组', [createItem({ problem: '新条目' })]);
    notice.checklist = removeNode(notice.checklist, items[0]!.id);
    notice.checklist.push(fresh);
    // An existing item moved into the new group, in the same save.
    notice.checklist = moveNode(notice.checklist, items[1]!.id, 'last-child', fresh.id)!;
    const indented = indentNode(notice.checklist, items[3]!.id);
    if (indented) notice.checklist = indented;
    saveNotice(db, notice);
    const { inserted, deleted } = writes.take();
    expect(inserted.sort()).toEqual([`nodes:${fresh.children[0]!.id}`, `nodes:${fresh.id}`].sort());
    expect(deleted).toEqual([`nodes:${items[0]!.id}`]);
    expect(getNotice(db, notice.id)).toStrictEqual(notice);
  });

  it('a node that changes kind under the same id is stored as the new kind', () => {
    const { db, notice } = stored();
    const item = allItems(notice.checklist)[0]!;
    const group = { ...createGroup('原来是条目', [createItem({ problem: '组里的条目' })]), id: item.id };
    notice.checklist = notice.checklist.map((node) => (node.id === item.id ? group : node));
    const top = notice.checklist.findIndex((node) => node.id === item.id);
    if (top === -1) notice.checklist = [group, ...removeNode(notice.checklist, item.id)];
    saveNotice(db, notice);
    expect(getNotice(db, notice.id)).toStrictEqual(notice);
  });

  it('keeps refusing ids another notice holds, and writes nothing then', () => {
    const { db, notice, writes } = stored();
    const other = { ...structuredClone(notice), id: 'another' };
    expect(() => saveNotice(db, other)).toThrow(InvalidInputError);
    expect(writes.take()).toEqual({ inserted: [], deleted: [], updated: new Map() });
    expect(getNotice(db, 'another')).toBeNull();
    expect(getNotice(db, notice.id)).toStrictEqual(notice);
  });
});
