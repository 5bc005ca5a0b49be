import { describe, expect, it } from 'vitest';
import { landscapeTextWidth } from '../../../shared/layout/page-geometry';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { DEFAULT_LEDGER_SETTINGS, LEDGER_COLUMN_HEADERS, type LedgerColumn } from '../../../shared/ledger/ledger-columns';
import { ledgerRows, type LedgerRow } from '../../../shared/ledger/ledger-rows';
import { ledgerColumnWidths } from '../../../shared/ledger/ledger-widths';
import { printedWidth } from '../../../shared/ledger/printed-width';
import { shownLedgerColumns } from '../../../shared/ledger/shown-columns';
import { createGroup, createItem } from '../../../shared/model/factory';
import type { Item, Notice } from '../../../shared/model/notice';
import { plainList } from '../../../shared/model/rich-text';
import { ledgerNotice } from '../../support/ledger-notice';
import { LARGEST_SEED, seedNotice } from '../../support/seed-notice';

const templates = loadLayoutTemplates();
const style = templates.style;
const TABLE_WIDTH = landscapeTextWidth(style);
/** Twips per character of the table font (12 pt = 240 twips) and a cell's two margins. */
const EM = style.sizes.table * 10;
const MARGINS = 114;
const metrics = { width: TABLE_WIDTH, fontSize: style.sizes.table, cellMargins: MARGINS };
const layout = templates.layouts.find((l) => l.id === 'duizhao')!;

function rowsOf(notice: Notice): LedgerRow[] {
  return ledgerRows(
    notice.checklist,
    templates.layouts.find((l) => l.id === notice.layoutId)!,
  );
}
function rowsOfItems(items: Item[]): LedgerRow[] {
  return ledgerRows([createGroup('问题', items)], layout);
}

/** The table as a reader measures it: each shown column's width in characters of text it holds a line. */
function table(rows: LedgerRow[], columns: readonly LedgerColumn[] = DEFAULT_LEDGER_SETTINGS.columns) {
  const shown = shownLedgerColumns(columns, rows);
  const widths = ledgerColumnWidths(shown, rows, metrics);
  const characters = Object.fromEntries(shown.map((c, i) => [c, (widths[i]! - MARGINS) / EM])) as Record<LedgerColumn, number>;
  return { shown, widths, characters };
}

describe('which columns the ledger prints', () => {
  it('leaves out the columns empty in every row, keeping the setting’s order', () => {
    // The largest real notice names no leader and no deadline, and the groups are spanning rows.
    expect(table(rowsOf(seedNotice(LARGEST_SEED))).shown.map((c) => LEDGER_COLUMN_HEADERS[c])).toEqual([
      '序号',
      '反馈问题',
      '整改措施',
      '责任单位',
      '完成情况',
      '整改进展',
    ]);
    expect(table(rowsOf(ledgerNotice(templates, 8)), ['progress', 'leader', 'number']).shown).toEqual(['progress', 'leader', 'number']);
  });

  it('keeps 序号 whenever the setting has it, and never leaves out every column', () => {
    const rows = rowsOfItems([createItem({ problem: '问题' })]);
    expect(table(rows, ['leader', 'number', 'deadline']).shown).toEqual(['number']);
    expect(table(rows, ['leader', 'deadline']).shown).toEqual(['leader', 'deadline']);
    expect(table([], ['number', 'problem']).shown).toEqual(['number', 'problem']);
  });
});

describe('the ledger’s column widths', () => {
  const cases: [string, LedgerRow[]][] = [
    ['the largest real notice', rowsOf(seedNotice(LARGEST_SEED))],
    ['80 items with every field', rowsOf(ledgerNotice(templates, 80))],
    ['120 items', rowsOf(ledgerNotice(templates, 120))],
  ];

  it.each(cases)('fill the text block exactly and never break a header or a 序号 number (%s)', (_, rows) => {
    const { shown, widths, characters } = table(rows);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TABLE_WIDTH);
    for (const column of shown) expect(characters[column], column).toBeGreaterThanOrEqual(printedWidth(LEDGER_COLUMN_HEADERS[column]));
    const longestNumber = Math.max(...rows.flatMap((r) => (r.kind === 'item' ? [printedWidth(r.cells.number)] : [])));
    expect(characters.number).toBeGreaterThanOrEqual(longestNumber);
    // …and 序号 takes no more than its header needs: the room goes to the text.
    expect(characters.number).toBeLessThan(3);
  });

  it('give 整改时限 and 完成情况 their longest date on one line, and no more than a character over', () => {
    const rows = rowsOfItems([
      createItem({ problem: '问题甲', status: 'done', deadline: '2021-06-30', completedOn: '2020-12-31' }),
      createItem({ problem: '问题乙', status: 'ongoing', deadline: '2021-12-31' }),
    ]);
    const { characters } = table(rows);
    expect(characters.deadline).toBeGreaterThanOrEqual(printedWidth('2021年12月31日'));
    expect(characters.deadline).toBeLessThanOrEqual(printedWidth('2021年12月31日') + 1);
    expect(characters.completion).toBeGreaterThanOrEqual(printedWidth('2020年12月31日'));
  });

  it('wrap a long 责任单位 onto even lines rather than take the text’s room', () => {
    const rows = rowsOfItems([
      createItem({ problem: '问题', responsibleUnit: '市福利彩票发行中心' }),
      createItem({ problem: '问题', responsibleUnit: '办公室' }),
    ]);
    const { characters } = table(rows);
    // Nine characters: 5 + 4 on two lines, not 6 + 3 nor one line of 9.
    expect(Math.floor(characters.unit)).toBe(5);
  });

  it('share the rest among the text columns by how much text each holds', () => {
    // In every row 整改措施 holds twice the text of 反馈问题, 整改进展 four times.
    const items = Array.from({ length: 10 }, () =>
      createItem({
        problem: '资金管理不规范，报销审核把关不严。'.repeat(2),
        measures: plainList(['修订财务报销制度，严格审核把关。'.repeat(4)]),
        progress: plainList(['已修订《财务报销管理办法》并印发执行。'.repeat(8)]),
      }),
    );
    const { characters } = table(rowsOfItems(items));
    expect(characters.measures / characters.problem).toBeGreaterThan(1.5);
    expect(characters.progress / characters.measures).toBeGreaterThan(1.5);
    // No text column is left a ribbon of a few characters a line.
    for (const column of ['problem', 'measures', 'progress'] as const) expect(characters[column], column).toBeGreaterThanOrEqual(8);
  });

  it('give a column no more than its longest line (give or take a character) while others need room', () => {
    const rows = rowsOf(ledgerNotice(templates, 80));
    const { characters } = table(rows);
    const longest = (column: LedgerColumn) =>
      Math.max(...rows.flatMap((r) => (r.kind === 'item' ? r.cells[column].split('\n').map(printedWidth) : [])));
    expect(characters.measures).toBeLessThanOrEqual(longest('measures') + 1);
    // Two lines each of 反馈问题 and 整改进展, as many as the two measures take: the rows cannot get lower.
    expect(longest('problem') / characters.problem).toBeLessThanOrEqual(2);
    expect(longest('progress') / characters.progress).toBeLessThanOrEqual(2);
  });

  it('let the short columns give back, down to their headers, when the text would be squeezed', () => {
    const items = Array.from({ length: 6 }, () =>
      createItem({
        problem: '干部选拔任用工作不规范。'.repeat(6),
        measures: plainList(['严格执行干部选拔任用工作条例。'.repeat(6)]),
        progress: plainList(['已对近三年干部选拔任用工作开展专项检查。'.repeat(6)]),
        responsibleLeader: '局党组书记、局长',
        responsibleUnit: '局直属机关党委、人事科',
        deadline: '2021-12-31',
        completedOn: '2021-12-31',
        status: 'done',
      }),
    );
    const { shown, widths, characters } = table(rowsOfItems(items));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TABLE_WIDTH);
    for (const column of shown) expect(characters[column], column).toBeGreaterThanOrEqual(printedWidth(LEDGER_COLUMN_HEADERS[column]));
    for (const column of ['problem', 'measures', 'progress'] as const) expect(characters[column], column).toBeGreaterThanOrEqual(8);
  });
});

describe('a ledger with every column an office may choose', () => {
  // Every field filled, so every column prints: more columns than a landscape page holds at their usual widths.
  function everyFieldFilled(count: number): LedgerRow[] {
    const notice = ledgerNotice(templates, count);
    for (const node of notice.checklist.flatMap((g) => (g.kind === 'group' ? g.children : [g]))) {
      for (const item of node.kind === 'group' ? node.children : [node]) {
        if (item.kind !== 'item') continue;
        item.evidence = '《关于规范财务管理的通知》（财发〔2024〕3号）';
        item.figures = { moneyRecoveredFen: 12_345_600, moneyToRecoverFen: null, rulesMade: 3, peopleHeld: 2 };
        item.history = [
          {
            stage: 'interim',
            date: '2024-01-01',
            status: 'ongoing',
            progress: plainList(['上一阶段召开专题会议研究整改。']),
            subItems: [],
          },
        ];
      }
    }
    return ledgerRows(notice.checklist, layout, { today: '2024-06-20' });
  }

  it.each([13, 15])('gives each of %i columns a positive width, none squeezed far under the others, summing to the table', (n) => {
    const all: LedgerColumn[] = [
      'number',
      'category',
      'problem',
      'measures',
      'leader',
      'unit',
      'deadline',
      'completion',
      'progress',
      'previousProgress',
      'daysLeft',
      'evidence',
      'moneyRecovered',
      'rulesMade',
      'peopleHeld',
    ];
    const rows = everyFieldFilled(8);
    const { shown, widths, characters } = table(rows, all.slice(0, n));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TABLE_WIDTH);
    expect(Math.min(...widths)).toBeGreaterThan(MARGINS + EM);
    // A text column never ends up narrower than a figure's column: the text needs the room more.
    const narrowestText = Math.min(
      ...(['problem', 'measures', 'progress'] as const).filter((c) => shown.includes(c)).map((c) => characters[c]),
    );
    const widestFigure = Math.max(
      0,
      ...(['moneyRecovered', 'rulesMade', 'peopleHeld'] as const).filter((c) => shown.includes(c)).map((c) => characters[c]),
    );
    expect(narrowestText).toBeGreaterThanOrEqual(widestFigure);
  });
});
