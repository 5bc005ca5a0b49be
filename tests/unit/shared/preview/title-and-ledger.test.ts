import { describe, expect, it } from 'vitest';
import { ledgerRows } from '../../../../shared/ledger/ledger-rows';
import { DEFAULT_LEDGER_SETTINGS } from '../../../../shared/ledger/ledger-columns';
import { createGroup, createItem } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import type { LedgerPage, NoticePage } from '../../../../shared/preview/page-types';
import { findLayout } from '../../../../main/layout-templates/load-layout-templates';
import { han, lineText, pages, paragraph, templates } from './support';

describe('the title', () => {
  it('takes one centred 22 pt grid line for each of the lines the composer split it into', () => {
    const [page] = pages([
      { kind: 'title', lines: ['中共某某市民政局党组关于十四届市委', '第十轮巡察整改进展情况的通报'] },
      { kind: 'blank' },
      paragraph(han(10)),
    ]) as NoticePage[];
    expect(page!.lines.map((l) => [lineText(l), l.align, l.size, l.block])).toEqual([
      ['中共某某市民政局党组关于十四届市委', 'center', 44, 0],
      ['第十轮巡察整改进展情况的通报', 'center', 44, 0],
      ['', 'start', 32, 1],
      [han(10), 'start', 32, 2],
    ]);
  });
});

describe('the attached ledger', () => {
  const layout = findLayout(templates, 'duizhao');
  // One item whose progress runs to 200 lines of its cell: it cannot fit on one landscape page.
  const long = createItem({ problem: '理论学习不深入', progress: plainList(Array.from({ length: 200 }, (_, i) => `${han(20, i)}。`)) });
  const short = createItem({ problem: '制度不健全', progress: plainList(['已完成。']) });
  const rows = ledgerRows([createGroup('党的领导方面', [long, short])], layout);
  const ledger = { rows, columns: DEFAULT_LEDGER_SETTINGS.columns, title: '巡察反馈问题整改台账' };
  const laid = pages([paragraph(han(10))], ledger);
  const ledgerPages = laid.filter((p): p is LedgerPage => p.orientation === 'landscape');

  it('starts on a new landscape page with 附件, a blank line, the title and a blank line, on the first ledger page only', () => {
    expect(laid[0]!.orientation).toBe('portrait');
    expect(ledgerPages[0]!.heading.map((l) => [lineText(l), l.block])).toEqual([
      ['附件', -1],
      ['', -1],
      ['巡察反馈问题整改台账', -1],
      ['', -1],
    ]);
    expect(ledgerPages.slice(1).every((p) => p.heading.length === 0)).toBe(true);
    expect(ledgerPages[0]!.columns.map((c) => c.header)).toContain('序号');
    expect(ledgerPages[0]!.columns.find((c) => c.header === '序号')!.centred).toBe(true);
  });

  it('splits a row taller than a page over the pages, the rest marked continued, and never a group row', () => {
    expect(ledgerPages.length).toBeGreaterThan(2);
    expect(ledgerPages[0]!.rows[0]).toEqual({ kind: 'group', text: expect.stringContaining('党的领导方面') });
    const parts = ledgerPages.flatMap((p) => p.rows).filter((r) => r.kind === 'item' && r.itemId === long.id);
    expect(parts.length).toBe(ledgerPages.length);
    expect(parts.map((p) => p.kind === 'item' && p.continued === true)).toEqual(parts.map((_, i) => i > 0));
    // Every page holds no more than its landscape text block.
    for (const page of ledgerPages) {
      const used = page.rows.reduce((sum, r) => sum + (r.kind === 'item' ? r.height : 0), 0);
      expect(used).toBeLessThan(11906 - 2098 - 1984);
    }
    // The short item follows the long one's last part, on the same page.
    const last = ledgerPages.at(-1)!.rows;
    expect(last.at(-1)).toMatchObject({ kind: 'item', itemId: short.id });
  });
});
