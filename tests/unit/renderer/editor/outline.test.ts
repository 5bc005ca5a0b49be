import { describe, expect, it } from 'vitest';
import { loadLayoutTemplates, findLayout } from '../../../../main/layout-templates/load-layout-templates';
import { createGroup, createItem, createNotice } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import { structureSignature } from '../../../../renderer/editor/outline';
import { partNumbers as partLabels } from '../../../../shared/document/part-numbers';
import { fenToYuan, toCount, yuanToFen } from '../../../../renderer/editor/figures';
import { formatYuan, sumFigures } from '../../../../shared/figures/compute-figures';

const templates = loadLayoutTemplates();
const notice = () =>
  createNotice({
    layoutId: 'duizhao',
    partHeadings: templates.boilerplate.partHeadings,
    measuresEnumeration: '一是',
    progressEnumeration: '一是',
  });

describe('part headings in the outline', () => {
  it('numbers the parts that print, as the composer does', () => {
    const n = notice();
    const layout = findLayout(templates, 'duizhao');
    expect(partLabels(n, layout)).toEqual({ organisation: '', checklist: '', nextSteps: '' });
    n.parts.organisation.body = plainList(['组织']);
    n.parts.nextSteps.body = plainList(['计划']);
    expect(partLabels(n, layout)).toEqual({ organisation: '一、', checklist: '', nextSteps: '二、' });
    n.checklist = [createItem()];
    expect(partLabels(n, layout)).toEqual({ organisation: '一、', checklist: '二、', nextSteps: '三、' });
  });

  it('gives no number to parts a layout prints without one', () => {
    const n = notice();
    n.parts.organisation.body = plainList(['组织']);
    n.checklist = [createItem()];
    const zhuanti = findLayout(templates, 'zhuanti');
    const labels = partLabels(n, zhuanti);
    for (const key of ['organisation', 'checklist', 'nextSteps'] as const) {
      if (zhuanti.sections[key] !== 'numbered') expect(labels[key]).toBe('');
    }
  });
});

describe('the structure signature', () => {
  it('changes with the tree and the sub-items, not with the text typed', () => {
    const item = createItem({ problem: '甲' });
    const group = createGroup('组', [item]);
    const before = structureSignature([group]);
    expect(structureSignature([{ ...group, title: '改', children: [{ ...item, problem: '乙' }] }])).toBe(before);
    expect(structureSignature([{ ...group, children: [] }])).not.toBe(before);
    expect(
      structureSignature([
        { ...group, children: [{ ...item, subItems: [{ id: 's', problem: '', measures: plainList([]), progress: plainList([]) }] }] },
      ]),
    ).not.toBe(before);
  });
});

describe('figures', () => {
  it('shows fen as yuan and stores yuan as exact fen', () => {
    expect(fenToYuan(123450)).toBe(1234.5);
    expect(yuanToFen(1234.5)).toBe(123450);
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(null)).toBeNull();
    expect(toCount(2.6)).toBe(3);
    expect(formatYuan(303243600, { grouped: true })).toBe('3,032,436.00');
    // What the panel showed before, through toLocaleString('zh-CN'): the same digits, grouped by three.
    for (const fen of [0, 5, 99_999, 100_000, 123_456_789, 100_000_000_000]) {
      expect(formatYuan(fen, { grouped: true })).toBe(
        (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      );
    }
  });

  it('adds up what the items have, leaving unknown totals empty', () => {
    const a = createItem({ figures: { moneyRecoveredFen: 100, moneyToRecoverFen: null, rulesMade: 2, peopleHeld: null } });
    const b = createItem({ figures: { moneyRecoveredFen: 50, moneyToRecoverFen: null, rulesMade: null, peopleHeld: null } });
    expect(sumFigures([createGroup('g', [a]), b])).toEqual({
      moneyRecoveredFen: 150,
      moneyToRecoverFen: null,
      rulesMade: 2,
      peopleHeld: null,
    });
  });
});
