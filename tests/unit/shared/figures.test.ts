import { describe, expect, it } from 'vitest';
import { computeFigures, formatYuan } from '../../../shared/figures/compute-figures';
import { figuresSentence } from '../../../shared/figures/figures-sentence';
import { createGroup, createItem, createSubItem } from '../../../shared/model/factory';
import type { Boilerplate } from '../../../shared/layout/boilerplate';
import type { ChecklistNode, Item, ItemStatus } from '../../../shared/model/notice';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';

const boilerplate: Boilerplate = loadLayoutTemplates().boilerplate;

function item(status: ItemStatus, figures: Partial<Item['figures']> = {}, subItems = 0): Item {
  return createItem({
    status,
    figures: { moneyRecoveredFen: null, moneyToRecoverFen: null, rulesMade: null, peopleHeld: null, ...figures },
    subItems: Array.from({ length: subItems }, () => createSubItem({ problem: '分项' })),
  });
}

/** Two levels of groups, items at every level, one in parts, figures on some items only. */
function tree(): ChecklistNode[] {
  return [
    createGroup('第一类', [
      createGroup('（一）', [
        item('done', { moneyRecoveredFen: 150_000_000, rulesMade: 2 }),
        item('ongoing', { moneyToRecoverFen: 247_300_000 }),
      ]),
      item('mostlyDone', { peopleHeld: 1 }, 3),
    ]),
    createGroup('第二类', [item('longTerm'), item('done', { moneyRecoveredFen: 1_963_600, rulesMade: 1, peopleHeld: 2 })]),
    item('done'),
  ];
}

describe('summary figures', () => {
  it('counts every item once, at any depth, an item in parts as one problem', () => {
    const figures = computeFigures(tree());
    expect(figures.total).toBe(6);
    expect(figures.byStatus).toEqual({ done: 3, mostlyDone: 1, ongoing: 1, longTerm: 1 });
    expect(figures.completionRate).toBe(50);
  });

  it('adds up money, rules and people, ignoring items that have none', () => {
    const figures = computeFigures(tree());
    expect(figures.moneyRecoveredFen).toBe(151_963_600);
    expect(figures.moneyToRecoverFen).toBe(247_300_000);
    expect(figures.rulesMade).toBe(3);
    expect(figures.peopleHeld).toBe(3);
    expect(formatYuan(figures.moneyRecoveredFen)).toBe('1519636.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-12345)).toBe('-123.45');
  });

  it('follows a status changed and changed back', () => {
    const nodes = tree();
    const target = (nodes[1] as Extract<ChecklistNode, { kind: 'group' }>).children[0] as Item;
    target.status = 'done';
    expect(computeFigures(nodes).byStatus.done).toBe(4);
    expect(computeFigures(nodes).completionRate).toBe(66.7);
    target.status = 'longTerm';
    expect(computeFigures(nodes).byStatus).toEqual({ done: 3, mostlyDone: 1, ongoing: 1, longTerm: 1 });
  });

  it('has no rate for an empty checklist', () => {
    expect(computeFigures([])).toMatchObject({ total: 0, completionRate: null, moneyRecoveredFen: 0 });
    expect(figuresSentence(computeFigures([]), boilerplate)).toBe('');
  });
});

describe('the figures sentence', () => {
  it('states counts, rate and results from the template', () => {
    expect(figuresSentence(computeFigures(tree()), boilerplate)).toBe(
      '截至目前，巡察反馈的6个问题中，已完成整改3个，基本完成1个，正在持续推进1个，需长期坚持1个，整改完成率50.0%；' +
        '已挽回（退回）资金1519636.00元，计划挽回（退回）资金2473000.00元，建立完善制度3项，问责3人。',
    );
  });

  it('leaves out clauses whose figure is zero', () => {
    const sentence = figuresSentence(computeFigures([item('done'), item('done')]), boilerplate);
    expect(sentence).toBe('截至目前，巡察反馈的2个问题中，已完成整改2个，整改完成率100.0%。');
  });
});
