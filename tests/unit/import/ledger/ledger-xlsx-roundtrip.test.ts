import { describe, expect, it } from 'vitest';
import { exportLedgerXlsx } from '../../../../main/export/ledger-xlsx';
import { findLayout } from '../../../../main/layout-templates/load-layout-templates';
import type { Layout } from '../../../../shared/layout/layout';
import { DEFAULT_LEDGER_COLUMNS, type LedgerColumn } from '../../../../shared/ledger/ledger-columns';
import { ledgerRows } from '../../../../shared/ledger/ledger-rows';
import type { ChecklistNode, Notice } from '../../../../shared/model/notice';
import { plainList, type ParagraphList } from '../../../../shared/model/rich-text';
import { allItems } from '../../../../shared/model/tree';
import { ledgerNotice } from '../../../support/ledger-notice';
import { LARGEST_SEED, seedNotice } from '../../../support/seed-notice';
import { loadWorkbook, ownRows } from '../../../support/xlsx-sheet';
import { importLedgerBytes, templates } from './ledger-support';

/** A list as a reader compares it: how it is numbered and each paragraph's text. */
function listOf(list: ParagraphList): { enumeration: string; paragraphs: string[] } {
  return { enumeration: list.enumeration, paragraphs: list.paragraphs.map((p) => p.children.map((leaf) => leaf.text).join('')) };
}

/**
 * What the ledger carries of a checklist: each group's heading as the
 * notice's layout prints it (a title read back keeps the words the layout
 * adds, 方面 or a closing 。, which the layout then never adds twice), and
 * per item every field it has a column for (the default columns, and those named).
 */
function carried(nodes: readonly ChecklistNode[], layout: Layout, more: readonly LedgerColumn[] = []): unknown[] {
  const has = (column: LedgerColumn) => more.includes(column);
  const headings = ledgerRows(nodes, layout).flatMap((row) => (row.kind === 'group' ? [row.text] : []));
  let group = 0;
  const walk = (list: readonly ChecklistNode[]): unknown[] =>
    list.map((node) =>
      node.kind === 'group'
        ? { group: headings[group++], children: walk(node.children) }
        : {
            // The notice prints a problem inside 针对“…”, its own quotes as ‘…’; the ledger prints them as the problem's own “…”.
            problem: node.problem.replace(/‘/gu, '“').replace(/’/gu, '”'),
            measures: listOf(node.measures),
            progress: listOf(node.progress),
            leader: node.responsibleLeader,
            unit: node.responsibleUnit,
            deadlineKind: node.deadlineKind,
            deadline: node.deadline,
            status: node.status,
            completedOn: node.completedOn,
            ...(has('evidence') ? { evidence: node.evidence } : {}),
            ...(has('moneyRecovered') ? { moneyRecoveredFen: node.figures.moneyRecoveredFen } : {}),
            ...(has('rulesMade') ? { rulesMade: node.figures.rulesMade } : {}),
            ...(has('peopleHeld') ? { peopleHeld: node.figures.peopleHeld } : {}),
          },
    );
  return walk(nodes);
}

const NOTICES: [string, () => Notice][] = [
  ['the largest seed (long items continued over rows)', () => seedNotice(LARGEST_SEED)],
  ['a seed of 20 items', () => seedNotice('002_24447b05fa0c56f5')],
  ['a seed of 10 items', () => seedNotice('003_8f695a607027e73e')],
  ['a notice with every column filled (leaders, deadlines, completion dates)', () => ledgerNotice(templates, 12)],
];

describe('the .xlsx ledger imported again', () => {
  for (const [what, make] of NOTICES) {
    it(`gives back the same checklist: ${what}`, async () => {
      const notice = make();
      const { first, result } = await importLedgerBytes(await exportLedgerXlsx(notice, templates), '整改台账.xlsx');
      // Our own header needs no column mapped by hand.
      expect(first.status).toBe('ready');
      if (result.status !== 'ready') throw new Error(result.reason);
      const layout = findLayout(templates, notice.layoutId);
      expect(carried(result.notice.checklist, layout)).toEqual(carried(notice.checklist, layout));
      expect(result.notice.meta.titleOverride).toBe(`${notice.meta.issuer}巡察反馈问题整改台账`);
    });
  }

  it('reads back the kinds of 整改时限: a day, 立行立改 (with its day or without), 长期坚持', async () => {
    const notice = ledgerNotice(templates, 4);
    const [byDay, immediate, immediateBy, longTerm] = allItems(notice.checklist);
    Object.assign(immediate!, { deadlineKind: 'immediate', deadline: null });
    Object.assign(immediateBy!, { deadlineKind: 'immediate', deadline: '2021-01-31' });
    Object.assign(longTerm!, { deadlineKind: 'longTerm', deadline: null, status: 'longTerm', completedOn: null });
    const { result } = await importLedgerBytes(await exportLedgerXlsx(notice, templates), '整改台账.xlsx');
    if (result.status !== 'ready') throw new Error(result.reason);
    const read = allItems(result.notice.checklist).map((item) => [item.deadlineKind, item.deadline, item.status]);
    expect(read).toEqual([byDay, immediate, immediateBy, longTerm].map((item) => [item!.deadlineKind, item!.deadline, item!.status]));
    expect(result.warnings.filter((w) => w.kind === 'badDate')).toEqual([]);
  });

  it('reads back 证明材料 and the figures, and leaves out 剩余天数 (counted from the time limit) without asking', async () => {
    const notice = ledgerNotice(templates, 8);
    allItems(notice.checklist).forEach((item, i) => {
      item.evidence = i % 2 === 0 ? `《关于整改情况的报告》（东民〔2021〕${i + 1}号）\n会议纪要` : '';
      item.figures = {
        moneyRecoveredFen: i === 0 ? 303243600 : null,
        moneyToRecoverFen: null,
        rulesMade: i % 3,
        peopleHeld: i === 3 ? 2 : null,
      };
    });
    const ledgerColumns = [...DEFAULT_LEDGER_COLUMNS, 'daysLeft', 'evidence', 'moneyRecovered', 'rulesMade', 'peopleHeld'] as const;
    const bytes = await exportLedgerXlsx(notice, templates, { ledgerColumns, today: '2021-06-01' });
    const { first, result } = await importLedgerBytes(bytes, '整改台账.xlsx');
    expect(first.status).toBe('ready');
    if (result.status !== 'ready') throw new Error(result.reason);
    const layout = findLayout(templates, notice.layoutId);
    expect(carried(result.notice.checklist, layout, ledgerColumns)).toEqual(carried(notice.checklist, layout, ledgerColumns));
    expect(result.warnings.map((w) => w.message)).toContain('“剩余天数”列未导入（剩余天数由整改时限推算，无需导入）');
  });

  it('imports back a ledger with 上次进展 without asking: 本次进展 is the progress, 上次进展 left out and named', async () => {
    const notice = ledgerNotice(templates, 2);
    for (const item of allItems(notice.checklist))
      item.history = [{ stage: 'interim', date: null, status: 'ongoing', progress: plainList(['已部署。']), subItems: [] }];
    const bytes = await exportLedgerXlsx(notice, templates, { ledgerColumns: ['number', 'problem', 'previousProgress', 'progress'] });
    const { first } = await importLedgerBytes(bytes, '整改台账.xlsx');
    expect(first.status).toBe('ready');
    if (first.status !== 'ready') return;
    expect(first.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', 'number'],
      ['反馈问题', 'problem'],
      ['上次进展', null],
      ['本次进展', 'progress'],
    ]);
    expect(first.warnings.map((w) => w.message)).toContain('“上次进展”列未导入（上一阶段的进展不随台账导入，原文件中仍可查看）');
    expect(allItems(first.notice.checklist).map((i) => i.progress)).toEqual(allItems(notice.checklist).map((i) => i.progress));
  });

  it('keeps a figure it cannot read (约50万) in the progress, with a warning, rather than drop it', async () => {
    const notice = ledgerNotice(templates, 1);
    allItems(notice.checklist)[0]!.figures.moneyRecoveredFen = 100;
    const workbook = await loadWorkbook(
      await exportLedgerXlsx(notice, templates, { ledgerColumns: ['number', 'problem', 'progress', 'moneyRecovered'] }),
    );
    const sheet = workbook.worksheets[0]!;
    const money = sheet.getRow(2).values as unknown[];
    const row = ownRows(sheet).findIndex((r) => r[0] === 1) + 1;
    const cell = sheet.getCell(row, money.indexOf('挽回金额（元）'));
    expect(cell.value).toBe('1.00');
    cell.value = '约50万';
    const { result } = await importLedgerBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), '整改台账.xlsx');
    if (result.status !== 'ready') throw new Error(result.reason);
    const item = allItems(result.notice.checklist)[0]!;
    expect(item.figures.moneyRecoveredFen).toBeNull();
    expect(listOf(item.progress).paragraphs.at(-1)).toBe('挽回金额（元）：约50万');
    expect(result.warnings.map((w) => w.message)).toContain('挽回金额（元）“约50万”无法识别为金额，已放入整改进展');
  });
});
