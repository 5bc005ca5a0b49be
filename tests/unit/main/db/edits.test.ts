import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item, Notice } from '../../../../shared/model/notice';
import { plainList } from '../../../../shared/model/rich-text';
import { findNode } from '../../../../shared/model/tree';
import type { Database } from '../../../../main/db/database';
import {
  setLayout,
  setNoticeStatus,
  updateGroupTitle,
  updateItem,
  updateMeta,
  updateParts,
} from '../../../../main/db/edits';
import { InvalidInputError, NotFoundError } from '../../../../main/db/errors';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { smallNotice, useTempDir } from './fixtures';

const STALE = '2020-01-01T00:00:00.000Z';

describe('piecewise edits', () => {
  const temp = useTempDir();

  /**
   * Saves the small notice to a file, runs the edit, and checks the whole
   * notice, after reopening the file, equals the expected one: the edit
   * changed what it names, nothing else, and bumped updated_at.
   */
  function check(edit: (db: Database) => string, expectChange: (notice: Notice) => void) {
    const path = join(temp.dir(), 'edits.sqlite');
    const notice = smallNotice();
    expect(notice.updatedAt).toBe(STALE);
    const db = openDatabase(path);
    saveNotice(db, notice);
    const before = Date.now();
    const stamp = edit(db);
    db.close();

    expect(Date.parse(stamp)).toBeGreaterThanOrEqual(before - 1);
    const expected = structuredClone(notice);
    expectChange(expected);
    expected.updatedAt = stamp;
    expect(getNotice(temp.track(openDatabase(path)), notice.id)).toStrictEqual(expected);
  }

  const itemIn = (notice: Notice, id: string) => findNode(notice.checklist, id)!.node as Item;

  it('updateItem changes only the given fields, figures in part', () => {
    const measures = { enumeration: '（一）' as const, paragraphs: [{ type: 'paragraph' as const, children: [{ text: '加强', bold: true }, { text: '学习。' }] }] };
    const subItems = [{ id: 'sub-1', problem: '子问题', measures: plainList(['子措施']), progress: plainList([]) }];
    check(
      (db) =>
        updateItem(db, 'B', {
          problem: '修改后的问题',
          measures,
          status: 'done',
          completedOn: '2024-05-06',
          figures: { rulesMade: 4, moneyRecoveredFen: 150_000 },
          subItems,
          leadOverride: '手写引导句：',
        }),
      (notice) => {
        const item = itemIn(notice, 'B');
        Object.assign(item, {
          problem: '修改后的问题',
          measures,
          status: 'done',
          completedOn: '2024-05-06',
          subItems,
          leadOverride: '手写引导句：',
        });
        item.figures = { ...item.figures, rulesMade: 4, moneyRecoveredFen: 150_000 };
      },
    );
  });

  it('updateItem can set fields back to null', () => {
    check(
      (db) => {
        updateItem(db, 'A', { deadline: '2024-01-31', figures: { peopleHeld: 2 } });
        return updateItem(db, 'A', { deadline: null, figures: { peopleHeld: null } });
      },
      () => {},
    );
  });

  it('updateGroupTitle renames a group', () => {
    check(
      (db) => updateGroupTitle(db, 'S1', '新的分组标题'),
      (notice) => {
        (findNode(notice.checklist, 'S1')!.node as { title: string }).title = '新的分组标题';
      },
    );
  });

  it('updateMeta merges the given fields', () => {
    check(
      (db) => updateMeta(db, 'n1', { stage: 'final', feedbackDate: '2023-09-01', contacts: [{ kind: 'phone', label: '电话', value: '123' }] }),
      (notice) => {
        Object.assign(notice.meta, { stage: 'final', feedbackDate: '2023-09-01', contacts: [{ kind: 'phone', label: '电话', value: '123' }] });
      },
    );
  });

  it('updateParts replaces the parts given, each whole', () => {
    const nextSteps = { heading: '下一步打算', body: plainList(['巩固成果。', '建立长效机制。'], '一是') };
    check(
      (db) => updateParts(db, 'n1', { nextSteps }),
      (notice) => {
        notice.parts.nextSteps = nextSteps;
      },
    );
  });

  it('setNoticeStatus and setLayout', () => {
    check(
      (db) => {
        setNoticeStatus(db, 'n1', 'review');
        return setLayout(db, 'n1', 'qingdan');
      },
      (notice) => {
        notice.status = 'review';
        notice.layoutId = 'qingdan';
      },
    );
  });

  it('refuses bad input and unknown ids in Chinese, changing nothing', () => {
    const db = temp.track(openDatabase(':memory:'));
    const notice = smallNotice();
    saveNotice(db, notice);
    const attempts: [() => unknown, RegExp, typeof InvalidInputError | typeof NotFoundError][] = [
      [() => updateItem(db, 'B', { status: 'finished' as never }), /^条目修改格式有误：\nstatus：整改状态只能是/, InvalidInputError],
      [() => updateItem(db, 'B', { id: 'other' } as never), /不认识或不能修改的字段：id/, InvalidInputError],
      [() => updateItem(db, 'B', { figures: { rulesMade: -1 } }), /figures\.rulesMade：建章立制数不能为负数/, InvalidInputError],
      [() => updateItem(db, 'B', { deadline: '2024-13-01' }), /deadline：日期无效/, InvalidInputError],
      [() => updateItem(db, 'G1', { problem: 'x' }), /^编号 G1 是分组，不是条目$/, InvalidInputError],
      [() => updateItem(db, 'nope', { problem: 'x' }), /^找不到清单中的条目（编号 nope），可能已被删除$/, NotFoundError],
      [
        () => updateItem(db, 'B', { subItems: [{ id: 'C', problem: '', measures: plainList([]), progress: plainList([]) }] }),
        /^编号 C 在这份通报中已被使用$/,
        InvalidInputError,
      ],
      [() => updateGroupTitle(db, 'A', '标题'), /^编号 A 是条目，不是分组$/, InvalidInputError],
      [() => updateMeta(db, 'n1', { stage: 'late' as never }), /stage：阶段只能是/, InvalidInputError],
      [() => updateMeta(db, 'missing', { issuer: 'x' }), /^找不到这份通报（编号 missing）/, NotFoundError],
      [() => updateParts(db, 'n1', { extra: {} } as never), /不认识或不能修改的字段：extra/, InvalidInputError],
      [() => setNoticeStatus(db, 'n1', 'published' as never), /通报状态只能是：草稿、送审、定稿/, InvalidInputError],
      [() => setLayout(db, 'n1', ''), /版式不能为空/, InvalidInputError],
      [() => updateItem(db, 42 as never, {}), /条目编号格式有误：\n（整体）：编号必须是文字/, InvalidInputError],
    ];
    for (const [attempt, message, type] of attempts) {
      let thrown: unknown;
      try {
        attempt();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, String(message)).toBeInstanceOf(type);
      expect((thrown as Error).message).toMatch(message);
    }
    expect(getNotice(db, 'n1')).toStrictEqual(notice);
  });

  it('lets a sub-item keep its id when the item is rewritten', () => {
    const db = temp.track(openDatabase(':memory:'));
    saveNotice(db, smallNotice());
    const sub = { id: 's', problem: '甲', measures: plainList([]), progress: plainList([]) };
    updateItem(db, 'A', { subItems: [sub] });
    updateItem(db, 'A', { subItems: [{ ...sub, problem: '乙' }] });
    expect(() => updateItem(db, 'B', { subItems: [sub] })).toThrow('编号 s 在这份通报中已被使用');
    expect(itemIn(getNotice(db, 'n1')!, 'A').subItems).toEqual([{ ...sub, problem: '乙' }]);
  });
});
