import { describe, expect, it } from 'vitest';
import { describeFindingPlace } from '../../../../shared/check/finding-place';
import { createGroup, createSubItem } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import { check, cleanNotice, contextFor, doneItem } from './check-helpers';

const carriedOver = (notice: Parameters<typeof check>[0]) => check(notice).filter((f) => f.rule === 'completeness.needs-update');

describe('送审检查 and items 待更新', () => {
  it('lists each item still 待更新 once, at the item, as a hint; an updated one not at all', () => {
    const first = doneItem({ problem: '学习制度落实不到位', needsUpdate: true });
    const updated = doneItem({ problem: '班子分工不规范' });
    const parts = doneItem({
      problem: '分项问题',
      measures: plainList([]),
      progress: plainList([]),
      needsUpdate: true,
      subItems: [createSubItem({ problem: '其一', measures: plainList(['加强管理。']), progress: plainList(['其一已办。']) })],
    });
    const notice = cleanNotice('qingdan', [createGroup('党的领导方面', [first, updated]), parts]);
    const found = carriedOver(notice);
    expect(found.map((f) => [f.severity, f.category, f.message, f.selection])).toEqual([
      ['hint', 'completeness', '本条的整改进展沿用上一阶段，尚未更新', first.id],
      ['hint', 'completeness', '本条的整改进展沿用上一阶段，尚未更新', parts.id],
    ]);
    // The place the panel names, to click and be taken to the item.
    const { layout } = contextFor(notice);
    expect(describeFindingPlace(notice, found[0]!, layout)).toContain('“学习制度落实不到位”');
    expect(describeFindingPlace(notice, found[1]!, layout)).toContain('“分项问题”');
  });

  it('is gone once the item is no longer 待更新', () => {
    const item = doneItem({ needsUpdate: true });
    const notice = cleanNotice('duizhao', [item]);
    expect(carriedOver(notice)).toHaveLength(1);
    notice.checklist = [{ ...item, needsUpdate: false }];
    expect(carriedOver(notice)).toEqual([]);
  });
});
