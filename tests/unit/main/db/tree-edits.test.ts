import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGroup, createItem, createSubItem } from '../../../../shared/model/factory';
import type { Database } from '../../../../main/db/database';
import { deleteNode, insertNode, moveNode } from '../../../../main/db/edits';
import { InvalidInputError, NotFoundError } from '../../../../main/db/errors';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { shape, smallNotice, useTempDir } from './fixtures';

// smallNotice: G1: [A, S1: [B, C], D]; E; G2: []

/** Every sibling list as parent → [id@position], straight from the table. */
function positions(db: Database, noticeId = 'n1'): Record<string, string[]> {
  const rows = db
    .prepare('SELECT id, parent_id, position FROM nodes WHERE notice_id = ? ORDER BY parent_id, position')
    .all(noticeId) as { id: string; parent_id: string | null; position: number }[];
  const lists: Record<string, string[]> = {};
  for (const row of rows) (lists[row.parent_id ?? 'top'] ??= []).push(`${row.id}@${row.position}`);
  return lists;
}

describe('tree edits', () => {
  const temp = useTempDir();

  function setUp(): Database {
    const db = temp.track(openDatabase(':memory:'));
    saveNotice(db, smallNotice());
    return db;
  }

  it('moves an item out of a subgroup to the top, renumbering both sibling lists', () => {
    const db = setUp();
    const stamp = moveNode(db, 'C', null, 0);
    expect(positions(db)).toEqual({
      top: ['C@0', 'G1@1', 'E@2', 'G2@3'],
      G1: ['A@0', 'S1@1', 'D@2'],
      S1: ['B@0'],
    });
    expect(getNotice(db, 'n1')!.updatedAt).toBe(stamp);
    expect(stamp).not.toBe('2020-01-01T00:00:00.000Z');
  });

  it('moves within the same parent, counting the siblings without the node', () => {
    const db = setUp();
    moveNode(db, 'A', 'G1', 2);
    expect(positions(db)['G1']).toEqual(['S1@0', 'D@1', 'A@2']);
    moveNode(db, 'A', 'G1', 0);
    expect(positions(db)['G1']).toEqual(['A@0', 'S1@1', 'D@2']);
    moveNode(db, 'G2', null, 0);
    expect(positions(db)['top']).toEqual(['G2@0', 'G1@1', 'E@2']);
  });

  it('moves a group with its subtree, and the result survives reopening', () => {
    const path = join(temp.dir(), 'tree.sqlite');
    const db = openDatabase(path);
    saveNotice(db, smallNotice());
    moveNode(db, 'S1', 'G2', 0);
    moveNode(db, 'E', 'S1', 1);
    db.close();
    const reopened = temp.track(openDatabase(path));
    expect(shape(getNotice(reopened, 'n1')!.checklist)).toEqual([
      { G1: ['A', 'D'] },
      { G2: [{ S1: ['B', 'E', 'C'] }] },
    ]);
    expect(positions(reopened)).toEqual({
      top: ['G1@0', 'G2@1'],
      G1: ['A@0', 'D@1'],
      G2: ['S1@0'],
      S1: ['B@0', 'E@1', 'C@2'],
    });
  });

  it('refuses impossible moves in Chinese and changes nothing', () => {
    const db = setUp();
    const other = smallNotice('n2', 'o-');
    saveNotice(db, other);
    const before = getNotice(db, 'n1');
    const refusals: [() => unknown, string | RegExp, typeof InvalidInputError | typeof NotFoundError][] = [
      [() => moveNode(db, 'G1', 'G1', 0), '不能把分组移到它自己或它的下级分组中', InvalidInputError],
      [() => moveNode(db, 'G1', 'S1', 0), '不能把分组移到它自己或它的下级分组中', InvalidInputError],
      [() => moveNode(db, 'B', 'A', 0), '条目下面不能再放其他条目或分组，只能放在分组中', InvalidInputError],
      // G1 holds S1, so it is two levels high: under G2 it would make three.
      [() => moveNode(db, 'G1', 'G2', 0), '分组最多嵌套 2 层，不能移到这里', InvalidInputError],
      [() => moveNode(db, 'G2', 'S1', 0), '分组最多嵌套 2 层，不能移到这里', InvalidInputError],
      [() => moveNode(db, 'A', 'G1', 3), '目标位置 3 超出范围，只能是 0 到 2', InvalidInputError],
      [() => moveNode(db, 'E', null, 3), '目标位置 3 超出范围，只能是 0 到 2', InvalidInputError],
      [() => moveNode(db, 'A', null, -1), /目标位置格式有误：\n（整体）：位置不能为负数/, InvalidInputError],
      [() => moveNode(db, 'A', null, 0.5), /位置必须是整数/, InvalidInputError],
      [() => moveNode(db, 'A', 'o-G2', 0), '不能把清单节点放到另一份通报中', InvalidInputError],
      [() => moveNode(db, 'ghost', null, 0), '找不到清单中的节点（编号 ghost），可能已被删除', NotFoundError],
      [() => moveNode(db, 'A', 'ghost', 0), '找不到清单中的节点（编号 ghost），可能已被删除', NotFoundError],
    ];
    for (const [attempt, message, type] of refusals) {
      expect(attempt, String(message)).toThrow(type);
      expect(attempt).toThrow(message);
    }
    expect(getNotice(db, 'n1')).toStrictEqual(before);
    expect(getNotice(db, 'n2')).toStrictEqual(other);
  });

  it('allows a group two levels deep, and items under it', () => {
    const db = setUp();
    moveNode(db, 'G2', 'G1', 1);
    moveNode(db, 'E', 'G2', 0);
    expect(shape(getNotice(db, 'n1')!.checklist)).toEqual([{ G1: ['A', { G2: ['E'] }, { S1: ['B', 'C'] }, 'D'] }]);
  });

  it('inserts a node (a group with children) and shifts the later siblings', () => {
    const db = setUp();
    const group = { ...createGroup('新分组', [{ ...createItem({ problem: '新问题' }), id: 'N2' }]), id: 'N1' };
    insertNode(db, 'n1', null, 1, group);
    const item = { ...createItem({ problem: '带子项', subItems: [createSubItem({ id: 'sub-x', problem: '子项' })] }), id: 'N3' };
    insertNode(db, 'n1', 'S1', 2, item);
    expect(positions(db)).toEqual({
      top: ['G1@0', 'N1@1', 'E@2', 'G2@3'],
      G1: ['A@0', 'S1@1', 'D@2'],
      S1: ['B@0', 'C@1', 'N3@2'],
      N1: ['N2@0'],
    });
    const notice = getNotice(db, 'n1')!;
    expect(notice.checklist[1]).toEqual(group);
    const s1 = notice.checklist[0]!.kind === 'group' ? notice.checklist[0]!.children[1] : null;
    expect(s1?.kind === 'group' && s1.children[2]).toEqual(item);
  });

  it('refuses inserts that would break the tree rules', () => {
    const db = setUp();
    saveNotice(db, smallNotice('n2', 'o-'));
    const before = getNotice(db, 'n1');
    const deep = { ...createGroup('外', [createGroup('内', [])]) };
    const refusals: [() => unknown, string | RegExp][] = [
      [() => insertNode(db, 'n1', 'G1', 0, deep), '分组最多嵌套 2 层，不能放在这里'],
      [() => insertNode(db, 'n1', 'A', 0, createItem()), '条目下面不能再放其他条目或分组，只能放在分组中'],
      [() => insertNode(db, 'n1', null, 0, { ...createItem(), id: 'E' }), '编号 E 在这份通报中已被使用'],
      [() => insertNode(db, 'n1', null, 0, { ...createItem(), id: 'o-E' }), /已被另一份通报使用/],
      [
        () => insertNode(db, 'n1', null, 0, createGroup('重复', [{ ...createItem(), id: 'x' }, { ...createItem(), id: 'x' }])),
        '编号重复：x',
      ],
      [() => insertNode(db, 'n1', 'G2', 1, createItem()), '目标位置 1 超出范围，只能是 0 到 0'],
      [() => insertNode(db, 'n1', 'o-G2', 0, createItem()), '不能把清单节点放到另一份通报中'],
      [() => insertNode(db, 'none', null, 0, createItem()), '找不到这份通报（编号 none），可能已被删除'],
      [() => insertNode(db, 'n1', null, 0, { kind: 'item', id: 'bad' } as never), /^新节点格式有误：/],
    ];
    for (const [attempt, message] of refusals) expect(attempt).toThrow(message);
    expect(getNotice(db, 'n1')).toStrictEqual(before);
  });

  it('deletes a node with its subtree and closes the gap', () => {
    const db = setUp();
    deleteNode(db, 'S1');
    expect(positions(db)).toEqual({ top: ['G1@0', 'E@1', 'G2@2'], G1: ['A@0', 'D@1'] });
    expect(db.prepare("SELECT count(*) FROM nodes WHERE id IN ('B', 'C')").pluck().get()).toBe(0);
    deleteNode(db, 'G1');
    expect(positions(db)).toEqual({ top: ['E@0', 'G2@1'] });
    expect(db.prepare('SELECT count(*) FROM nodes').pluck().get()).toBe(2);
    expect(() => deleteNode(db, 'G1')).toThrow(NotFoundError);
  });
});
