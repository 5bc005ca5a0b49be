import { describe, expect, it } from 'vitest';
import { createGroup, createItem, createSubItem } from '../../../../shared/model/factory';
import type { ChecklistNode, Item } from '../../../../shared/model/notice';
import { plainList } from '../../../../shared/model/rich-text';
import { allItems } from '../../../../shared/model/tree';
import { clearUpdatedMarks, countNeedsUpdate } from '../../../../shared/tracking/needs-update';

function carried(fields: Partial<Item> = {}): Item {
  return createItem({ problem: '学习制度落实不到位', progress: plainList(['已制定学习计划。']), needsUpdate: true, ...fields });
}

/** The checklist `[group [item]]` before and after the item is changed as given; the marks afterwards. */
function marksAfter(item: Item, change: Partial<Item>): boolean[] {
  const before: ChecklistNode[] = [createGroup('一、', [item])];
  const after: ChecklistNode[] = [{ ...(before[0] as ReturnType<typeof createGroup>), children: [{ ...item, ...change }] }];
  return allItems(clearUpdatedMarks(before, after)).map((i) => i.needsUpdate);
}

describe('待更新 and the change that updates an item', () => {
  it('rewriting the progress clears 待更新, whatever made the change', () => {
    expect(marksAfter(carried(), { progress: plainList(['已制定学习计划，并开展专题学习 3 次。']) })).toEqual([false]);
  });

  it('rewriting one sub-item’s progress clears it too; its problem’s wording does not', () => {
    const first = createSubItem({ problem: '其一', progress: plainList(['其一已部署。']) });
    const second = createSubItem({ problem: '其二', progress: plainList(['其二已部署。']) });
    const item = carried({ subItems: [first, second] });
    expect(marksAfter(item, { subItems: [{ ...first, problem: '其一（改）' }, second] })).toEqual([true]);
    expect(marksAfter(item, { subItems: [first, { ...second, progress: plainList(['其二已完成。']) }] })).toEqual([false]);
  });

  it('a sub-item added with progress in it updates the item; an empty one added does not', () => {
    expect(marksAfter(carried(), { subItems: [createSubItem({ problem: '新分项' })] })).toEqual([true]);
    expect(marksAfter(carried(), { subItems: [createSubItem({ problem: '新分项', progress: plainList(['已办结。']) })] })).toEqual([false]);
  });

  it('status, 销号, numbering style, an empty paragraph, spaces and emptying the progress leave 待更新 standing', () => {
    expect(marksAfter(carried(), { status: 'done', completedOn: '2024-09-01', evidence: '《整改报告》' })).toEqual([true]);
    expect(marksAfter(carried(), { progress: plainList(['已制定学习计划。'], '（1）') })).toEqual([true]);
    expect(marksAfter(carried(), { progress: plainList(['已制定学习计划。', '']) })).toEqual([true]);
    expect(marksAfter(carried(), { progress: plainList(['已制定学习计划。  ']) })).toEqual([true]);
    expect(marksAfter(carried(), { progress: plainList([]) })).toEqual([true]);
  });

  it('leaves an item not 待更新 and a mark set by the change itself as they are, and returns the same tree when nothing clears', () => {
    expect(marksAfter(carried({ needsUpdate: false }), { progress: plainList(['新的进展。']) })).toEqual([false]);
    expect(marksAfter(carried(), { progress: plainList(['新的进展。']), needsUpdate: false })).toEqual([false]);
    const before = [carried()];
    const after = [{ ...before[0]!, status: 'done' as const }];
    expect(clearUpdatedMarks(before, after)).toBe(after);
  });

  it('counts the items still 待更新 through nested groups', () => {
    const nodes = [carried(), createGroup('一、', [createGroup('（一）', [carried(), carried({ needsUpdate: false })])]), createItem({})];
    expect(countNeedsUpdate(nodes)).toBe(2);
  });
});
