import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Group, Item, Notice } from '../../../../shared/model/notice';
import { createSubItem } from '../../../../shared/model/factory';
import { paragraphText, plainList } from '../../../../shared/model/rich-text';
import {
  changeKind,
  demote,
  mergeWithPrevious,
  moveParagraph,
  preorder,
  promote,
  splitAt,
  type ReviewOutcome,
} from '../../../../shared/import/review/review-ops';
import { NARRATIVE_PARTS, type EntryField, type ReviewTarget } from '../../../../shared/import/review/review-target';
import { importText, ROOT, SEEDS_DIR } from '../helpers';

import { characters, group, isValid, item, noticeWith, readingOrder, runTogether } from './review-notice';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'review');
const node = (id: string): ReviewTarget => ({ kind: 'node', id });
const para = (itemId: string, field: EntryField, index: number): ReviewTarget => ({ kind: 'paragraph', itemId, field, index });

/** The outcome's notice, after checking it kept every character (and, unless told, their order) and is valid. */
function applied(before: Notice, outcome: ReviewOutcome, order: 'kept' | 'changed' = 'kept'): Notice {
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  expect(characters(outcome.notice)).toBe(characters(before));
  if (order === 'kept') expect(runTogether(outcome.notice)).toBe(runTogether(before));
  expect(isValid(outcome.notice)).toBe(true);
  return outcome.notice;
}

function refused(outcome: ReviewOutcome): string {
  if (outcome.ok) throw new Error('expected a refusal');
  expect(outcome.reason).toMatch(/\p{Script=Han}/u);
  expect(outcome.reason).not.toMatch(/[A-Za-z]/);
  return outcome.reason;
}

const texts = (list: Item['measures']) => list.paragraphs.map(paragraphText);
const shape = (notice: Notice): unknown[] =>
  notice.checklist.map(function describe(n): unknown {
    return n.kind === 'group' ? { group: n.title, children: n.children.map(describe) } : n.problem;
  });

describe('改为分组 / 改为问题', () => {
  it('an item becomes a group titled by its problem; its measures and progress go to a first item inside it', () => {
    const before = noticeWith([item('a', '班子分工不规范', ['调整分工。'], ['已印发通知。']), item('b', '党建薄弱', ['配强力量。'])]);
    const outcome = changeKind(before, node('a'), 'group');
    const after = applied(before, outcome);
    const made = after.checklist[0] as Group;
    expect(made.kind).toBe('group');
    expect(made.title).toBe('班子分工不规范');
    expect(made.children).toHaveLength(1);
    const kept = made.children[0] as Item;
    expect([kept.problem, texts(kept.measures), texts(kept.progress)]).toEqual(['', ['调整分工。'], ['已印发通知。']]);
    expect(outcome.ok && outcome.select).toEqual(node(made.id));
    expect(outcome.ok && outcome.note).toContain('第一个问题');
  });

  it('an item with nothing but its problem becomes an empty group', () => {
    const before = noticeWith([item('a', '财务监管不严格'), item('b', '资金管理不到位', ['清退资金。'])]);
    const after = applied(before, changeKind(before, node('a'), 'group'));
    expect(shape(after)).toEqual([{ group: '财务监管不严格', children: [] }, '资金管理不到位']);
  });

  it('an item whose problems were read as its sub-items becomes a group of them, in order', () => {
    const head = { ...item('a', '群众身边腐败问题和不正之风'), leadOverride: '针对群众身边腐败问题和不正之风的问题' };
    const subItems = [
      createSubItem({ problem: '主体责任不力', measures: plainList(['印发责任分解表。']) }),
      createSubItem({ problem: '服务意识不强', progress: plainList(['已培训。']) }),
    ];
    const before = noticeWith([item('x', '甲', ['措施。']), { ...head, subItems }]);
    const outcome = changeKind(before, node('a'), 'group');
    const after = applied(before, outcome);
    // The head's own wording (its lead) is the group's title: none of its words is lost.
    expect(shape(after)).toEqual(['甲', { group: '针对群众身边腐败问题和不正之风的问题', children: ['主体责任不力', '服务意识不强'] }]);
    const [first, second] = (after.checklist[1] as Group).children as Item[];
    expect([texts(first!.measures), texts(second!.progress)]).toEqual([['印发责任分解表。'], ['已培训。']]);
    expect(outcome.ok && outcome.note).toContain('2 个子问题');
  });

  it('refuses a group inside the second level of groups', () => {
    const before = noticeWith([group('g', '第一方面', [group('h', '（一）', [item('a', '问题甲', ['措施。'])])])]);
    expect(refused(changeKind(before, node('a'), 'group'))).toContain('分组最多 2 层');
  });

  it('a group becomes an item with its title as the problem; its children stay, after it, at its level', () => {
    const before = noticeWith([group('g', '针对学习不深入的问题', [item('a', '一是专题学习', ['组织学习。']), item('b', '二是督促检查')])]);
    const outcome = changeKind(before, node('g'), 'item');
    const after = applied(before, outcome);
    expect(shape(after)).toEqual(['针对学习不深入的问题', '一是专题学习', '二是督促检查']);
    expect(outcome.ok && outcome.note).toContain('2 项');
  });

  it('says so when the node already is of that kind', () => {
    const before = noticeWith([item('a', '问题')]);
    expect(refused(changeKind(before, node('a'), 'item'))).toBe('它已经是问题。');
  });
});

describe('改为叙述段落 and back', () => {
  it('the first node goes, all its text, to the end of part 二 before the checklist', () => {
    const before = noticeWith([item('a', '局党组对反馈的问题逐条梳理', ['建立台账。'], ['已完成。']), item('b', '问题乙', ['措施乙。'])], {
      checklist: ['对照问题清单整改。'],
    });
    const after = applied(before, changeKind(before, node('a'), 'narrative'));
    expect(texts(after.parts.checklist.body)).toEqual(['对照问题清单整改。', '局党组对反馈的问题逐条梳理', '建立台账。', '已完成。']);
    expect(shape(after)).toEqual(['问题乙']);
  });

  it('the last node goes to the start of part 三', () => {
    const before = noticeWith([
      item('a', '问题甲', ['措施甲。']),
      group('g', '分组', [item('b', '下一步，将持续巩固整改成果', [], ['严防反弹。'])]),
    ]);
    const outcome = changeKind(before, node('b'), 'narrative');
    const after = applied(before, outcome);
    expect(texts(after.parts.nextSteps.body)).toEqual(['下一步，将持续巩固整改成果', '严防反弹。', '持续巩固整改成果。']);
    expect(outcome.ok && outcome.select).toEqual({ kind: 'narrative', part: 'nextSteps', index: 0 });
  });

  it('a first group leaves its title as the paragraph and its children where it stood', () => {
    const before = noticeWith([group('g', '局党组高度重视整改工作。', [item('a', '问题甲', ['措施。'])])]);
    const after = applied(before, changeKind(before, node('g'), 'narrative'));
    expect(texts(after.parts.checklist.body)).toEqual(['局党组高度重视整改工作。']);
    expect(shape(after)).toEqual(['问题甲']);
  });

  it('refuses a node in the middle of the checklist, and an item carrying facts', () => {
    const before = noticeWith([item('a', '甲'), item('b', '乙'), item('c', '丙')]);
    expect(refused(changeKind(before, node('b'), 'narrative'))).toContain('第一项或最后一项');
    const withFacts = noticeWith([{ ...item('a', '甲'), responsibleUnit: '办公室' }]);
    expect(refused(changeKind(withFacts, node('a'), 'narrative'))).toContain('责任单位');
  });

  it('a paragraph of part 二 before the checklist becomes its first problem, the paragraphs after it its measures', () => {
    const before = noticeWith([item('a', '问题乙')], {
      checklist: ['总体情况。', '1.针对“学习不深入”问题', '一是组织学习。', '二是督促检查。'],
    });
    const target: ReviewTarget = { kind: 'narrative', part: 'checklist', index: 1 };
    const outcome = changeKind(before, target, 'item');
    const after = applied(before, outcome);
    expect(texts(after.parts.checklist.body)).toEqual(['总体情况。']);
    const made = after.checklist[0] as Item;
    expect([made.problem, texts(made.measures)]).toEqual(['1.针对“学习不深入”问题', ['一是组织学习。', '二是督促检查。']]);
    expect(outcome.ok && outcome.note).toContain('2 段');
    // As a group, only the last such paragraph can go (the ones after it would have nowhere to stand).
    expect(refused(changeKind(before, target, 'group'))).toContain('最后一段');
    const last = applied(before, changeKind(before, { kind: 'narrative', part: 'checklist', index: 3 }, 'group'));
    expect(shape(last)).toEqual([{ group: '二是督促检查。', children: [] }, '问题乙']);
  });

  it('the first paragraph of part 三 can join the end of the checklist; part 一 cannot', () => {
    const before = noticeWith([item('a', '问题甲')], { nextSteps: ['（二）财务管理方面', '下一步打算。'] });
    const after = applied(before, changeKind(before, { kind: 'narrative', part: 'nextSteps', index: 0 }, 'group'));
    expect(shape(after)).toEqual(['问题甲', { group: '（二）财务管理方面', children: [] }]);
    expect(refused(changeKind(before, { kind: 'narrative', part: 'nextSteps', index: 1 }, 'item'))).toContain('第一段');
    expect(refused(changeKind(before, { kind: 'narrative', part: 'organisation', index: 0 }, 'item'))).toContain('第一部分');
  });
});

describe('升级 / 降级', () => {
  const tree = () =>
    noticeWith([
      group('g', '分组一', [item('a', '甲')]),
      item('b', '乙'),
      item('c', '丙'),
      group('h', '分组二', [group('h1', '小组', [])]),
      group('k', '分组三', [group('k1', '小组三')]),
    ]);

  it('降级 moves a node into the group just above, 升级 out after its group', () => {
    const before = tree();
    const down = applied(before, demote(before, node('b')));
    expect(shape(down)[0]).toEqual({ group: '分组一', children: ['甲', '乙'] });
    const up = applied(down, promote(down, node('b')));
    expect(shape(up)).toEqual(shape(before));
  });

  it('升级 of a node with others after it in its group says they stay', () => {
    const before = noticeWith([group('g', '分组', [item('a', '甲'), item('b', '乙')])]);
    const outcome = promote(before, node('a'));
    applied(before, outcome, 'changed');
    expect(outcome.ok && outcome.note).toContain('1 项仍在分组中');
  });

  it('refuses with a reason where the node cannot go', () => {
    const before = tree();
    expect(refused(demote(before, node('g')))).toContain('上方没有');
    expect(refused(demote(before, node('c')))).toContain('上方相邻的是问题');
    expect(refused(demote(before, node('k')))).toContain('分组最多 2 层');
    expect(refused(promote(before, node('b')))).toContain('最上层');
    expect(refused(promote(before, { kind: 'narrative', part: 'nextSteps', index: 0 }))).toContain('没有层级');
  });
});

describe('与上一条合并', () => {
  it('an item joins the item before it: its problem continues where that one ends', () => {
    const before = noticeWith([item('a', '班子成员分工只分管科室，'), item('b', '没有明确具体分管事项。', ['调整分工。'], ['已调整。'])]);
    const after = applied(before, mergeWithPrevious(before, node('b')));
    const merged = after.checklist[0] as Item;
    expect([merged.problem, texts(merged.measures), texts(merged.progress)]).toEqual([
      '班子成员分工只分管科室，没有明确具体分管事项。',
      ['调整分工。'],
      ['已调整。'],
    ]);
    expect(after.checklist).toHaveLength(1);
  });

  it('after an item that has progress, the next item’s problem becomes a progress paragraph', () => {
    const before = noticeWith([item('a', '甲', ['措施。'], ['情况一。']), item('b', '二是完善制度。', ['措施二。'])]);
    const merged = applied(before, mergeWithPrevious(before, node('b'))).checklist[0] as Item;
    expect(texts(merged.progress)).toEqual(['情况一。', '二是完善制度。', '措施二。']);
  });

  it('an item with only a problem joins the title of the group before it; one with measures is refused', () => {
    const before = noticeWith([group('g', '党的领导', [item('a', '方面仍需加强'), item('b', '乙', ['措施。'])])]);
    const after = applied(before, mergeWithPrevious(before, node('a')));
    expect(shape(after)).toEqual([{ group: '党的领导方面仍需加强', children: ['乙'] }]);
    const refusedBefore = noticeWith([group('g', '分组', [item('b', '乙', ['措施。'])])]);
    expect(refused(mergeWithPrevious(refusedBefore, node('b')))).toContain('分组只有标题');
  });

  it('a group joins the group it opens, and an empty group before it; its children keep their place', () => {
    const before = noticeWith([
      group('g', '第一方面', [group('h', '问题', [item('a', '甲')]), item('b', '乙')]),
      group('k', '第二'),
      group('m', '方面', [item('c', '丙')]),
    ]);
    const first = applied(before, mergeWithPrevious(before, node('h')));
    expect(shape(first)[0]).toEqual({ group: '第一方面问题', children: ['甲', '乙'] });
    const second = applied(before, mergeWithPrevious(before, node('m')));
    expect(shape(second).slice(1)).toEqual([{ group: '第二方面', children: ['丙'] }]);
  });

  it('a group after an item: its title ends that item, its children take its place', () => {
    const before = noticeWith([item('a', '甲', ['措施。']), group('g', '此外还完善了制度。', [item('b', '乙')])]);
    const after = applied(before, mergeWithPrevious(before, node('g')));
    expect(shape(after)).toEqual(['甲', '乙']);
    expect(texts((after.checklist[0] as Item).measures)).toEqual(['措施。', '此外还完善了制度。']);
  });

  it('narrative paragraphs join the one before them; the first of part 三 may end the last item', () => {
    const before = noticeWith([item('a', '甲', ['措施。'])], {
      organisation: ['召开会议，', '研究部署。'],
      nextSteps: ['已办结。', '下一步。'],
    });
    const joined = applied(before, mergeWithPrevious(before, { kind: 'narrative', part: 'organisation', index: 1 }));
    expect(texts(joined.parts.organisation.body)).toEqual(['召开会议，研究部署。']);
    const ended = applied(before, mergeWithPrevious(before, { kind: 'narrative', part: 'nextSteps', index: 0 }));
    expect(texts((ended.checklist[0] as Item).measures)).toEqual(['措施。', '已办结。']);
    expect(refused(mergeWithPrevious(before, { kind: 'narrative', part: 'organisation', index: 0 }))).toContain('第一段');
    expect(refused(mergeWithPrevious(before, node('a')))).toContain('第一项');
  });

  it('an item’s paragraph joins the paragraph before it, or the problem', () => {
    const before = noticeWith([item('a', '甲。', ['一是学习，', '坚持每月一次。'], ['已学习。'])]);
    const second = applied(before, mergeWithPrevious(before, para('a', 'measures', 1)));
    expect(texts((second.checklist[0] as Item).measures)).toEqual(['一是学习，坚持每月一次。']);
    const firstProgress = applied(before, mergeWithPrevious(before, para('a', 'progress', 0)));
    expect(texts((firstProgress.checklist[0] as Item).measures)).toEqual(['一是学习，', '坚持每月一次。已学习。']);
    const intoProblem = applied(before, mergeWithPrevious(before, para('a', 'measures', 0)));
    expect((intoProblem.checklist[0] as Item).problem).toBe('甲。一是学习，');
    expect(refused(mergeWithPrevious(before, para('a', 'problem', 0)))).toContain('第一段');
  });
});

describe('从此段拆分', () => {
  it('a measure becomes the problem of a new item after it, which takes the measures after it and the progress', () => {
    const before = noticeWith([
      group('g', '分组', [item('a', '甲', ['措施一。', '2.针对“乙”问题', '措施二。'], ['情况。']), item('c', '丙')]),
    ]);
    const outcome = splitAt(before, para('a', 'measures', 1));
    const after = applied(before, outcome);
    const [kept, made] = (after.checklist[0] as Group).children as Item[];
    expect([kept!.problem, texts(kept!.measures), texts(kept!.progress)]).toEqual(['甲', ['措施一。'], []]);
    expect([made!.problem, texts(made!.measures), texts(made!.progress)]).toEqual(['2.针对“乙”问题', ['措施二。'], ['情况。']]);
    expect(outcome.ok && outcome.select).toEqual(node(made!.id));
  });

  it('a progress paragraph starts a new item with the progress after it', () => {
    const before = noticeWith([item('a', '甲', ['措施。'], ['情况一。', '针对乙问题', '情况二。'])]);
    const [kept, made] = applied(before, splitAt(before, para('a', 'progress', 1))).checklist as Item[];
    expect([texts(kept!.measures), texts(kept!.progress)]).toEqual([['措施。'], ['情况一。']]);
    expect([made!.problem, texts(made!.measures), texts(made!.progress)]).toEqual(['针对乙问题', [], ['情况二。']]);
  });

  it('refuses the problem itself', () => {
    const before = noticeWith([item('a', '甲', ['措施。'])]);
    expect(refused(splitAt(before, para('a', 'problem', 0)))).toContain('不能拆分');
  });
});

describe('移至问题 / 移至整改措施 / 移至整改情况', () => {
  it('a problem that took in the first measure gives its last sentence to the measures', () => {
    const before = noticeWith([
      { ...item('a', '班子分工不规范。严格按照市委要求调整分工。', ['明确责任。']), leadOverride: '针对班子分工不规范问题：' },
    ]);
    const outcome = moveParagraph(before, para('a', 'problem', 0), 'measures');
    const moved = applied(before, outcome).checklist[0] as Item;
    expect([moved.problem, texts(moved.measures)]).toEqual(['班子分工不规范。', ['严格按照市委要求调整分工。', '明确责任。']]);
    // The source's head was written for the problem as it is now: it stays.
    expect(moved.leadOverride).toBe('针对班子分工不规范问题：');
    expect(outcome.ok && outcome.select).toEqual(para('a', 'measures', 0));
  });

  it('a progress paragraph read as a measure moves to the progress, with the measures after it', () => {
    const before = noticeWith([item('a', '甲', ['措施一。', '9月已印发通知。', '10月已检查。'], ['已完成。'])]);
    const moved = applied(before, moveParagraph(before, para('a', 'measures', 1), 'progress')).checklist[0] as Item;
    expect([texts(moved.measures), texts(moved.progress)]).toEqual([['措施一。'], ['9月已印发通知。', '10月已检查。', '已完成。']]);
  });

  it('a measure read as progress moves back, with the progress before it', () => {
    const before = noticeWith([item('a', '甲', ['措施一。'], ['二是完善制度。', '已完成。'])]);
    const moved = applied(before, moveParagraph(before, para('a', 'progress', 0), 'measures')).checklist[0] as Item;
    expect([texts(moved.measures), texts(moved.progress)]).toEqual([['措施一。', '二是完善制度。'], ['已完成。']]);
  });

  it('a measure that is the problem’s end joins the problem', () => {
    const before = noticeWith([item('a', '班子成员分工只分管科室，', ['没有明确具体分管事项。', '措施。'])]);
    const moved = applied(before, moveParagraph(before, para('a', 'measures', 0), 'problem')).checklist[0] as Item;
    expect([moved.problem, texts(moved.measures)]).toEqual(['班子成员分工只分管科室，没有明确具体分管事项。', ['措施。']]);
  });

  it('refuses a move that would jump over the measures', () => {
    const before = noticeWith([item('a', '甲。乙。', ['措施。'], ['情况。'])]);
    expect(refused(moveParagraph(before, para('a', 'progress', 0), 'problem'))).toContain('整改措施');
    expect(refused(moveParagraph(before, para('a', 'problem', 0), 'progress'))).toContain('整改措施');
  });
});

describe('on a real import, every operation on every target', () => {
  // The smallest seed keeps the product of targets and operations small.
  const imported = importText(readFileSync(path.join(SEEDS_DIR, '003_8f695a607027e73e.txt'), 'utf8')).notice;

  function targets(notice: Notice): ReviewTarget[] {
    const out: ReviewTarget[] = [];
    for (const part of NARRATIVE_PARTS)
      notice.parts[part].body.paragraphs.forEach((_, index) => out.push({ kind: 'narrative', part, index }));
    for (const n of preorder(notice.checklist)) {
      out.push(node(n.id));
      if (n.kind !== 'item') continue;
      out.push(para(n.id, 'problem', 0));
      n.measures.paragraphs.forEach((_, i) => out.push(para(n.id, 'measures', i)));
      n.progress.paragraphs.forEach((_, i) => out.push(para(n.id, 'progress', i)));
    }
    return out;
  }

  const ops: [string, (n: Notice, t: ReviewTarget) => ReviewOutcome][] = [
    ['group', (n, t) => changeKind(n, t, 'group')],
    ['item', (n, t) => changeKind(n, t, 'item')],
    ['narrative', (n, t) => changeKind(n, t, 'narrative')],
    ['promote', promote],
    ['demote', demote],
    ['merge', mergeWithPrevious],
    ['split', splitAt],
    ['toProblem', (n, t) => moveParagraph(n, t, 'problem')],
    ['toMeasures', (n, t) => moveParagraph(n, t, 'measures')],
    ['toProgress', (n, t) => moveParagraph(n, t, 'progress')],
  ];

  it('keeps every character and a valid notice, or refuses in Chinese', () => {
    let done = 0;
    for (const target of targets(imported)) {
      for (const [name, op] of ops) {
        const outcome = op(imported, target);
        if (!outcome.ok) {
          refused(outcome);
          continue;
        }
        done++;
        // Only 升级 may change the order (a node leaving the middle of its group).
        applied(imported, outcome, name === 'promote' ? 'changed' : 'kept');
        expect(readingOrder(outcome.notice).length).toBeGreaterThan(0);
      }
    }
    expect(done).toBeGreaterThan(50);
  });

  it("keeps the words of the source's own heads (leads) too, on a notice whose items all have one", () => {
    const withLeads = importText(readFileSync(path.join(FIXTURES, 'a14-cross-inspection-one-line-table.txt'), 'utf8')).notice;
    expect(preorder(withLeads.checklist).filter((n) => n.kind === 'item' && n.leadOverride !== null).length).toBeGreaterThan(1);
    let done = 0;
    for (const target of targets(withLeads)) {
      for (const [, op] of ops) {
        const outcome = op(withLeads, target);
        if (!outcome.ok) continue;
        done++;
        // A problem growing inside its lead puts the lead's last words after what it took in: the order may change, no character may.
        applied(withLeads, outcome, 'changed');
      }
    }
    expect(done).toBeGreaterThan(20);
  });
});

describe("an item's lead (the source's own head wording)", () => {
  const imported = importText(readFileSync(path.join(FIXTURES, 'a14-cross-inspection-one-line-table.txt'), 'utf8')).notice;
  const [first, second] = preorder(imported.checklist) as Item[];
  const printedWords = (notice: Notice) => runTogether(notice);

  it('goes with its item when the item joins the one before it', () => {
    expect(second!.leadOverride).toBe('关于“旅游市场秩序监管不力”的问题。整改措施：');
    const after = applied(imported, mergeWithPrevious(imported, node(second!.id)));
    const merged = after.checklist[0] as Item;
    expect(merged.leadOverride).toBe(first!.leadOverride);
    expect(texts(merged.progress)).toEqual([
      ...texts(first!.progress),
      '关于“旅游市场秩序监管不力”的问题。整改措施：',
      ...texts(second!.measures),
      ...texts(second!.progress),
    ]);
    expect(printedWords(after)).toContain('关于“旅游市场秩序监管不力”的问题。整改措施：联合开展旅游市场秩序整治行动。');
  });

  it('keeps printing the problem when a measure joins the problem, by 与上一条合并 or 移至问题', () => {
    const byMerge = applied(imported, mergeWithPrevious(imported, para(first!.id, 'measures', 0)), 'changed');
    const byMove = applied(imported, moveParagraph(imported, para(first!.id, 'measures', 0), 'problem'), 'changed');
    for (const after of [byMerge, byMove]) {
      const grown = after.checklist[0] as Item;
      expect(grown.problem).toBe(`文物保护工作责任落实不到位${texts(first!.measures)[0]}`);
      expect(grown.leadOverride).toBe(`关于“${grown.problem}”的问题。整改措施：`);
    }
  });

  it('keeps printing what stays of the problem when its last sentence moves out; when nothing stays its words move with it', () => {
    const before = noticeWith([
      { ...item('a', '学习不深入。调研不够。', ['措施。']), leadOverride: '关于“学习不深入。调研不够。”的问题。' },
      { ...item('b', '调研不够', ['措施二。']), leadOverride: '问题二：调研不够' },
    ]);
    const cut = applied(before, moveParagraph(before, para('a', 'problem', 0), 'measures'), 'changed').checklist[0] as Item;
    expect([cut.problem, cut.leadOverride, texts(cut.measures)]).toEqual([
      '学习不深入。',
      '关于“学习不深入。”的问题。',
      ['调研不够。', '措施。'],
    ]);
    const emptied = applied(before, moveParagraph(before, para('b', 'problem', 0), 'measures')).checklist[1] as Item;
    expect([emptied.problem, emptied.leadOverride, texts(emptied.measures)]).toEqual(['', null, ['问题二：调研不够', '措施二。']]);
  });

  it('becomes the title of the group the item is changed into, and its paragraph when it becomes narrative', () => {
    const group = applied(imported, changeKind(imported, node(second!.id), 'group')).checklist[1] as Group;
    expect(group.title).toBe('关于“旅游市场秩序监管不力”的问题。整改措施：');
    const narrative = applied(imported, changeKind(imported, node(first!.id), 'narrative'));
    expect(texts(narrative.parts.checklist.body)).toContain('关于“文物保护工作责任落实不到位”的问题。整改措施：');
  });
});
