import { describe, expect, it } from 'vitest';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { createGroup, createItem, createSubItem } from '../../../shared/model/factory';
import type { ChecklistNode, Group, Item, Notice } from '../../../shared/model/notice';
import { plainList } from '../../../shared/model/rich-text';
import { allItems } from '../../../shared/model/tree';
import { compareNotices, type FieldChange } from '../../../shared/versions/compare-notices';
import { diffText } from '../../../shared/versions/text-diff';
import { seedNotices } from '../main/library/support';

const templates = loadLayoutTemplates();
const context = { layoutOf: (id: string) => templates.layouts.find((l) => l.id === id)! };
const seed = (): Notice => structuredClone(seedNotices()[0]!);

const marked = (change: FieldChange, kind: 'added' | 'removed') =>
  change.segments
    .filter((s) => s.change === kind)
    .map((s) => s.text)
    .join('');

describe('diffText', () => {
  it('gives both texts back from its segments', () => {
    const before = '建立健全党组会议议事规则，规范决策程序。';
    const after = '修订完善党组会议议事规则，进一步规范决策程序。';
    const segments = diffText(before, after);
    expect(
      segments
        .filter((s) => s.change !== 'added')
        .map((s) => s.text)
        .join(''),
    ).toBe(before);
    expect(
      segments
        .filter((s) => s.change !== 'removed')
        .map((s) => s.text)
        .join(''),
    ).toBe(after);
    expect(segments.some((s) => s.change === 'same' && s.text.includes('党组会议议事规则'))).toBe(true);
  });

  it('handles empty sides', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', '新')).toEqual([{ text: '新', change: 'added' }]);
    expect(diffText('旧', '')).toEqual([{ text: '旧', change: 'removed' }]);
  });
});

describe('compareNotices', () => {
  it('finds nothing between a notice and itself', () => {
    expect(compareNotices(seed(), seed(), context)).toEqual({ added: [], removed: [], changes: [], identical: true });
  });

  it('marks each changed field of metadata, parts and items', () => {
    const before = seed();
    const after = seed();
    after.meta.issuer = `${before.meta.issuer}（修改）`;
    after.meta.stage = 'final';
    after.meta.feedbackDate = '2026-01-05';
    after.parts.nextSteps.body = plainList([
      ...before.parts.nextSteps.body.paragraphs.map((p) => p.children.map((c) => c.text).join('')),
      '新增的下一步打算。',
    ]);
    const item = allItems(after.checklist)[2]!;
    item.problem = item.problem.replace(/^./u, '某');
    item.status = 'ongoing';
    item.responsibleUnit = '办公室';
    item.figures.moneyRecoveredFen = 123456;
    item.progress = plainList(['已完成整改。']);
    (after.checklist[0] as Group).title = '组织建设方面的问题';

    const result = compareNotices(before, after, context);
    expect(result.identical).toBe(false);
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
    const byField = (field: string) => result.changes.find((c) => c.field === field)!;
    expect(marked(byField('发文机关'), 'added')).toBe('（修改）');
    expect(byField('通报阶段')).toMatchObject({ before: '阶段性进展', after: '整改情况', place: '基本信息' });
    expect(byField('反馈日期').after).toBe('2026年1月5日');
    expect(byField('正文')).toMatchObject({ place: '下一步工作' });
    expect(marked(byField('正文'), 'added')).toContain('新增的下一步打算。');
    expect(byField('整改状态').after).toBe('持续推进');
    expect(byField('责任单位').after).toBe('办公室');
    expect(byField('挽回资金（元）').after).toBe('1234.56');
    expect(byField('分组标题').after).toBe('组织建设方面的问题');
    const problem = byField('反馈问题');
    expect(problem.place).toMatch(/^问题 \d+\.“某/u);
    expect(marked(problem, 'added')).toBe('某');
    expect(marked(problem, 'removed')).toBe(allItems(before.checklist)[2]!.problem[0]);
  });

  it("lists items and groups added or removed, with their numbers under each side's layout", () => {
    const before = seed();
    const after = seed();
    const removedItem = allItems(before.checklist)[0]!;
    const without = (nodes: ChecklistNode[]): ChecklistNode[] =>
      nodes.filter((n) => n.id !== removedItem.id).map((n) => (n.kind === 'group' ? { ...n, children: without(n.children) } : n));
    after.checklist = without(after.checklist);
    const fresh: Item = createItem({ problem: '新增加的一个问题', measures: plainList(['措施一']) });
    const group = createGroup('新的一类问题', [fresh, createItem({ problem: '又一个新问题' })]);
    after.checklist.push(group);

    const result = compareNotices(before, after, context);
    expect(result.removed).toEqual([expect.objectContaining({ kind: 'item', id: removedItem.id, text: removedItem.problem, label: '1.' })]);
    expect(result.added.map((a) => [a.kind, a.text, a.label])).toEqual([
      ['group', '新的一类问题', '第七，'],
      ['item', '新增加的一个问题', '1.'],
      ['item', '又一个新问题', '2.'],
    ]);
    expect(result.added[1]!.within).toEqual(['分组 第七，“新的一类问题”']);
  });

  it('compares sub-items and reports a change of form alone', () => {
    const before = seed();
    const item = allItems(before.checklist)[0]!;
    item.subItems = [createSubItem({ id: 'sub-1', problem: '第一部分' }), createSubItem({ id: 'sub-2', problem: '第二部分' })];
    const after = structuredClone(before);
    const changed = allItems(after.checklist)[0]!;
    changed.subItems = [{ ...changed.subItems[0]!, problem: '第一部分（改）' }, createSubItem({ id: 'sub-3', problem: '第三部分' })];
    changed.measures = {
      ...changed.measures,
      paragraphs: changed.measures.paragraphs.map((p) => ({ ...p, children: p.children.map((c) => ({ ...c, bold: true })) })),
    };

    const result = compareNotices(before, after, context);
    expect(result.added).toEqual([expect.objectContaining({ kind: 'subItem', id: 'sub-3', text: '第三部分' })]);
    expect(result.removed).toEqual([expect.objectContaining({ kind: 'subItem', id: 'sub-2' })]);
    expect(
      marked(
        result.changes.find((c) => c.field === '子问题')!,
        'added',
      ),
    ).toBe('（改）');
    if (item.measures.paragraphs.length > 0) {
      expect(result.changes.find((c) => c.field === '整改措施')!.note).toContain('格式');
    }
  });

  it('names the layout when it changed', () => {
    const after = seed();
    after.layoutId = 'qingdan';
    const change = compareNotices(seed(), after, context).changes.find((c) => c.field === '版式')!;
    expect(change).toMatchObject({ before: '对照式', after: '清单式' });
  });
});
