import { describe, expect, it } from 'vitest';
import { changedField } from '../../../../renderer/editor/changed-field';
import { HISTORY_LIMIT, NoticeHistory, TYPING_PAUSE_MS } from '../../../../renderer/editor/notice-history';
import { textEdit } from '../../../../renderer/editor/text-edit';
import { removeNode, updateNode } from '../../../../shared/model/tree-ops';
import { createGroup, createItem, createNotice, createSubItem } from '../../../../shared/model/factory';
import type { Item, Notice } from '../../../../shared/model/notice';
import { plainList, plainParagraph } from '../../../../shared/model/rich-text';

const base = (): Notice => {
  const notice = createNotice({
    layoutId: 'duizhao',
    partHeadings: { organisation: '整改工作开展情况', checklist: '问题整改情况', nextSteps: '下一步工作' },
    measuresEnumeration: '一是',
    progressEnumeration: 'none',
  });
  const item = createItem({
    id: 'i1',
    problem: '理论学习不深入',
    measures: plainList(['建立学习制度。']),
    subItems: [createSubItem({ id: 's1', problem: '子问题' })],
  });
  return { ...notice, checklist: [createGroup('党的领导方面', [item]), createItem({ id: 'i2' })] };
};

/** The item `id` with a patch: a new notice sharing everything else, as the editor's actions make it. */
const withItem = (n: Notice, id: string, patch: (item: Item) => Partial<Item>): Notice => ({
  ...n,
  checklist: updateNode(n.checklist, id, (node) => (node.kind === 'item' ? { ...node, ...patch(node) } : node)),
});
const problemOf = (n: Notice) => (n.checklist[0]!.kind === 'group' ? (n.checklist[0]!.children[0] as Item).problem : '');

/** Types `text` one character at a time into item i1's problem, `gap` ms apart from `start`. */
function type(history: NoticeHistory, from: Notice, text: string, start: number, gap = 100): Notice {
  let current = from;
  [...text].forEach((char, i) => {
    const next = withItem(current, 'i1', (item) => ({ problem: item.problem + char }));
    history.record(current, next, 'i1', start + i * gap);
    current = next;
  });
  return current;
}

describe('the text edit between two strings', () => {
  it('finds the one place that changed, also in repeated text', () => {
    expect(textEdit('建立制度', '建立学习制度')).toEqual({ start: 2, removed: 0, inserted: '学习' });
    expect(textEdit('啊啊啊', '啊啊')).toEqual({ start: 2, removed: 1, inserted: '' });
    expect(textEdit('一是完善', '二是完善')).toEqual({ start: 0, removed: 1, inserted: '二' });
    expect(textEdit('', '')).toEqual({ start: 0, removed: 0, inserted: '' });
  });
});

describe('the one field a change touched', () => {
  it('names a plain field, a rich field and a sub-item field with the place that shows them', () => {
    const n = base();
    expect(
      changedField(
        n,
        withItem(n, 'i1', () => ({ problem: '理论学习不够深入' })),
      ),
    ).toMatchObject({ field: 'i1:problem', place: 'i1', rich: false, after: '理论学习不够深入' });
    const rich = withItem(n, 'i1', () => ({ measures: plainList(['建立学习制度。', '定期检查。']) }));
    expect(changedField(n, rich)).toMatchObject({
      field: 'i1:measures',
      place: 'i1',
      rich: true,
      before: '建立学习制度。',
      after: '建立学习制度。\n定期检查。',
    });
    const sub = withItem(n, 'i1', (item) => ({ subItems: [{ ...item.subItems[0]!, problem: '子问题一' }] }));
    expect(changedField(n, sub)).toMatchObject({ field: 'i1/s1:problem', place: 'i1' });
    const part = { ...n, parts: { ...n.parts, nextSteps: { ...n.parts.nextSteps, body: plainList(['持续推进。']) } } };
    expect(changedField(n, part)).toMatchObject({ field: 'part:nextSteps:body', place: 'part:nextSteps', rich: true });
    expect(changedField(n, { ...n, meta: { ...n.meta, signature: '某某党组' } })).toMatchObject({ field: 'meta:signature', place: 'meta' });
  });

  it('is none for a tree change, a date, a status, the layout, or two fields at once', () => {
    const n = base();
    expect(changedField(n, { ...n, checklist: removeNode(n.checklist, 'i2') })).toBeNull();
    expect(changedField(n, { ...n, meta: { ...n.meta, feedbackDate: '2024-01-02' } })).toBeNull();
    expect(
      changedField(
        n,
        withItem(n, 'i1', () => ({ status: 'done' })),
      ),
    ).toBeNull();
    expect(changedField(n, { ...n, layoutId: 'qingdan' })).toBeNull();
    expect(
      changedField(
        n,
        withItem(n, 'i1', () => ({ problem: '甲', responsibleUnit: '乙' })),
      ),
    ).toBeNull();
    expect(changedField(n, n)).toBeNull();
  });

  it('sees bold as a change of the field with the same text', () => {
    const n = base();
    const bold = withItem(n, 'i1', (item) => ({
      measures: {
        enumeration: item.measures.enumeration,
        paragraphs: [{ ...plainParagraph(''), children: [{ text: '建立学习制度。', bold: true }] }],
      },
    }));
    const change = changedField(n, bold)!;
    expect(change.before).toBe(change.after);
  });
});

describe('one undo history for the notice', () => {
  it('undoes typing a phrase at a time: a pause, punctuation or a caret jump ends a step', () => {
    const history = new NoticeHistory();
    const start = base();
    const a = type(history, start, '不够', 0);
    // The comma ends the step it is typed in: 还有 starts the next one.
    const b = type(history, a, '，还有', 300);
    // A pause longer than TYPING_PAUSE_MS starts another.
    const c = type(history, b, '差距', 500 + TYPING_PAUSE_MS + 1);
    // A caret jump (typing at the start of the field) starts another.
    const d = withItem(c, 'i1', (item) => ({ problem: '“' + item.problem }));
    history.record(c, d, 'i1', 500 + TYPING_PAUSE_MS + 150);
    expect(history.size).toBe(4);
    const c2 = history.undo(d, 'i1')!.notice;
    expect(c2).toBe(c);
    const b2 = history.undo(c, 'i1')!.notice;
    expect(problemOf(b2)).toBe('理论学习不深入不够，还有');
    const a2 = history.undo(b2, 'i1')!.notice;
    expect(problemOf(a2)).toBe('理论学习不深入不够，');
    expect(problemOf(history.undo(a2, 'i1')!.notice)).toBe('理论学习不深入');
    expect(history.canUndo).toBe(false);
    expect(problemOf(history.redo(start, 'i1')!.notice)).toBe('理论学习不深入不够，');
    expect(problemOf(history.redo(a2, 'i1')!.notice)).toBe('理论学习不深入不够，还有');
    expect(history.canRedo).toBe(true);
  });

  it('makes an IME commit, a paste or a tree change a step of its own', () => {
    const history = new NoticeHistory();
    const n = base();
    const typed = type(history, n, '不', 0);
    const committed = withItem(typed, 'i1', (item) => ({ problem: item.problem + '够深入' }));
    history.record(typed, committed, 'i1', 150);
    const more = type(history, committed, '的', 250);
    const removed = { ...more, checklist: removeNode(more.checklist, 'i2') };
    history.record(more, removed, 'i2', 300);
    expect(history.size).toBe(4);
    const back = history.undo(removed, 'i1')!;
    expect(back.place).toBe('i2');
    expect(back.notice.checklist).toHaveLength(2);
    // Undo hands back the very notice that was there: every untouched part is shared.
    expect(back.notice).toBe(more);
  });

  it('keeps what an IME composition puts in a plain input as one step', () => {
    const history = new NoticeHistory();
    let current = base();
    history.composing(true);
    for (const value of ['理论学习不深入l', '理论学习不深入li', '理论学习不深入limou', '理论学习不深入、李某']) {
      const next = withItem(current, 'i1', () => ({ problem: value }));
      history.record(current, next, 'i1', 0);
      current = next;
    }
    history.composing(false);
    expect(history.size).toBe(1);
    expect(problemOf(history.undo(current, 'i1')!.notice)).toBe('理论学习不深入');
  });

  it('forgets the redo steps on a new change, and keeps at most HISTORY_LIMIT steps', () => {
    const history = new NoticeHistory();
    let current = base();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      const next = { ...current, status: i % 2 === 0 ? ('review' as const) : ('draft' as const) };
      history.record(current, next, 'meta', i);
      current = next;
    }
    expect(history.size).toBe(HISTORY_LIMIT);
    const back = history.undo(current, 'meta')!.notice;
    expect(history.canRedo).toBe(true);
    history.record(back, { ...back, layoutId: 'qingdan' }, 'meta', 0);
    expect(history.canRedo).toBe(false);
  });

  it('tells its listeners only when undo or redo becomes possible or impossible', () => {
    const history = new NoticeHistory();
    let calls = 0;
    let shown = history.snapshot();
    history.subscribe(() => {
      if (history.snapshot() !== shown) calls++;
      shown = history.snapshot();
    });
    type(history, base(), '一二三四五', 0);
    expect(calls).toBe(1);
  });
});
