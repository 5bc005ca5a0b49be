import { describe, expect, it } from 'vitest';
import { createGroup, createItem, createSubItem } from '../../../../shared/model/factory';
import type { Item } from '../../../../shared/model/notice';
import { plainList } from '../../../../shared/model/rich-text';
import { countNeedsUpdate, withProgressEdited } from '../../../../shared/tracking/needs-update';

function carried(fields: Partial<Item> = {}): Item {
  return createItem({ problem: '学习制度落实不到位', progress: plainList(['已制定学习计划。']), needsUpdate: true, ...fields });
}

describe('待更新 and the edit that updates an item', () => {
  it('rewriting the progress clears 待更新 in the same patch', () => {
    const item = carried();
    const progress = plainList(['已制定学习计划，并开展专题学习 3 次。']);
    expect(withProgressEdited(item, { progress })).toEqual({ progress, needsUpdate: false });
  });

  it('rewriting one sub-item’s progress clears it too; its problem’s wording does not', () => {
    const first = createSubItem({ problem: '其一', progress: plainList(['其一已部署。']) });
    const second = createSubItem({ problem: '其二', progress: plainList(['其二已部署。']) });
    const item = carried({ subItems: [first, second] });
    const reworded = [{ ...first, problem: '其一（改）' }, second];
    expect(withProgressEdited(item, { subItems: reworded })).toEqual({ subItems: reworded });
    const updated = [first, { ...second, progress: plainList(['其二已完成。']) }];
    expect(withProgressEdited(item, { subItems: updated })).toEqual({ subItems: updated, needsUpdate: false });
  });

  it('a sub-item added with progress in it updates the item; an empty one added does not', () => {
    const item = carried();
    const empty = createSubItem({ problem: '新分项' });
    expect(withProgressEdited(item, { subItems: [empty] }).needsUpdate).toBeUndefined();
    const written = createSubItem({ problem: '新分项', progress: plainList(['已办结。']) });
    expect(withProgressEdited(item, { subItems: [written] }).needsUpdate).toBe(false);
  });

  it('status, 销号, numbering style and the same words again leave 待更新 standing', () => {
    const item = carried();
    expect(withProgressEdited(item, { status: 'done', completedOn: '2024-09-01', evidence: '《整改报告》' })).toEqual({
      status: 'done',
      completedOn: '2024-09-01',
      evidence: '《整改报告》',
    });
    expect(withProgressEdited(item, { progress: plainList(['已制定学习计划。'], '（1）') }).needsUpdate).toBeUndefined();
  });

  it('an item not 待更新 is patched as asked, and an explicit mark wins', () => {
    const fresh = carried({ needsUpdate: false });
    const progress = plainList(['新的进展。']);
    expect(withProgressEdited(fresh, { progress })).toEqual({ progress });
    expect(withProgressEdited(carried(), { progress, needsUpdate: true })).toEqual({ progress, needsUpdate: true });
  });

  it('counts the items still 待更新 through nested groups', () => {
    const nodes = [carried(), createGroup('一、', [createGroup('（一）', [carried(), carried({ needsUpdate: false })])]), createItem({})];
    expect(countNeedsUpdate(nodes)).toBe(2);
  });
});
