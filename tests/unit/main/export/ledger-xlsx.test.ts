import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportLedgerXlsx } from '../../../../main/export/ledger-xlsx';
import { MAX_ROW_HEIGHT_PT } from '../../../../main/export/xlsx-row-heights';
import { loadLayoutTemplates, type LayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import type { LedgerColumn } from '../../../../shared/ledger/ledger-columns';
import { createItem } from '../../../../shared/model/factory';
import { DEFAULT_STATUS_LABELS, type Notice } from '../../../../shared/model/notice';
import { plainList } from '../../../../shared/model/rich-text';
import { allItems } from '../../../../shared/model/tree';
import { ledgerNotice } from '../../../support/ledger-notice';
import { LARGEST_SEED, seedNotice } from '../../../support/seed-notice';
import { loadWorkbook, ownRows, ownValue } from '../../../support/xlsx-sheet';

let templates: LayoutTemplates;
beforeAll(() => {
  templates = loadLayoutTemplates();
});

async function sheetOf(notice: Notice, ledgerColumns?: readonly LedgerColumn[]): Promise<ExcelJS.Worksheet> {
  const workbook = await loadWorkbook(await exportLedgerXlsx(notice, templates, ledgerColumns ? { ledgerColumns } : {}));
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

/** The merged ranges of a sheet, as Excel names them (A1:H1). */
function merges(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.model as unknown as { merges: string[] }).merges;
}

const text = (value: ExcelJS.CellValue) => (value === null || value === undefined ? '' : String(value));

describe('the ledger as a workbook', () => {
  it('has the notice’s ledger title above the table, merged across it, bold and larger than the table', async () => {
    const notice = ledgerNotice(templates, 12);
    const sheet = await sheetOf(notice);
    const title = sheet.getCell('A1');
    expect(title.value).toBe(`${notice.meta.issuer}巡察反馈问题整改台账`);
    expect(merges(sheet)).toContain('A1:H1');
    expect(title.font.bold).toBe(true);
    expect(title.font.size).toBeGreaterThan(sheet.getCell('A2').font.size!);
    expect(title.alignment.horizontal).toBe('center');
  });

  it('has the header row in the setting’s columns and order, frozen, and repeated on every printed page', async () => {
    const sheet = await sheetOf(ledgerNotice(templates, 12), ['progress', 'number', 'problem', 'unit', 'deadline']);
    expect(ownRows(sheet)[1]).toEqual(['整改进展', '序号', '反馈问题', '责任单位', '整改时限']);
    expect(sheet.getCell('A2').font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.pageSetup.printTitlesRow).toBe('2:2');
  });

  it('takes the new columns from the setting like any other (证明材料, the figures), 本次进展 beside 上次进展', async () => {
    const notice = ledgerNotice(templates, 4);
    allItems(notice.checklist).forEach((item, i) => {
      item.evidence = `《整改报告》第${i + 1}号`;
      item.figures = { moneyRecoveredFen: 123450 * (i + 1), moneyToRecoverFen: null, rulesMade: null, peopleHeld: i };
      item.history = [
        { stage: 'interim', date: '2021-01-15', status: 'ongoing', progress: plainList([`上次进展${i + 1}。`]), subItems: [] },
      ];
    });
    const sheet = await sheetOf(notice, ['number', 'problem', 'previousProgress', 'progress', 'evidence', 'moneyRecovered', 'peopleHeld']);
    const rows = ownRows(sheet);
    expect(rows[1]).toEqual(['序号', '反馈问题', '上次进展', '本次进展', '证明材料', '挽回金额（元）', '问责人数（人）']);
    const first = rows.find((row) => row[0] === 1)!;
    expect(first.slice(2)).toEqual(['上次进展1。', '进展1：已召开专题会议研究整改。', '《整改报告》第1号', '1234.50', 0]);
  });

  it('has a merged bold row per group and one row per item, in the notice’s order, numbered 1…N', async () => {
    const notice = ledgerNotice(templates, 12);
    const sheet = await sheetOf(notice);
    const body = ownRows(sheet).slice(2);
    const groups = body.flatMap((row, i) => (row.slice(1).every((v) => v === null) ? [{ text: text(row[0]), at: i + 3 }] : []));
    expect(groups.map((g) => g.text)).toEqual([
      '第一，第1类问题',
      '（一）分类1',
      '第二，第2类问题',
      '（一）分类2',
      '第三，第3类问题',
      '（一）分类3',
      '第四，第4类问题',
      '（一）分类4',
    ]);
    for (const group of groups) {
      expect(merges(sheet)).toContain(`A${group.at}:H${group.at}`);
      expect(sheet.getCell(`A${group.at}`).font.bold).toBe(true);
    }
    const items = body.filter((row) => typeof row[0] === 'number');
    const expected = allItems(notice.checklist);
    expect(items.map((row) => row[0])).toEqual(expected.map((_, i) => i + 1));
    expect(items.map((row) => row[1])).toEqual(expected.map((item) => item.problem));
    expect(items[0]!.slice(2)).toEqual([
      '一是措施1甲。\n二是措施1乙。',
      '领导1',
      '规划财务科',
      '2021年6月30日',
      '已完成\n2021年3月1日',
      '进展1：已召开专题会议研究整改。',
    ]);
    expect(groups.length + items.length).toBe(body.length);
  });

  it('says each status in the office’s own words (设置 → status labels)', async () => {
    const notice = ledgerNotice(templates, 4);
    const statusLabels = { ...DEFAULT_STATUS_LABELS, done: '已销号', ongoing: '正在整改' };
    const workbook = await loadWorkbook(await exportLedgerXlsx(notice, templates, { statusLabels }));
    const completion = ownRows(workbook.worksheets[0]!).flatMap((row) => (typeof row[0] === 'number' ? [row[6]] : []));
    expect(completion).toEqual(['已销号\n2021年3月1日', '已销号\n2021年3月1日', '已销号\n2021年3月1日', '正在整改']);
  });

  it('wraps and top-aligns every cell under the header, each with a thin border', async () => {
    const sheet = await sheetOf(ledgerNotice(templates, 12));
    for (let r = 3; r <= sheet.rowCount; r++) {
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = sheet.getCell(r, c);
        expect(cell.alignment, cell.address).toMatchObject({ wrapText: true, vertical: 'top' });
        expect(cell.border, cell.address).toMatchObject({
          top: { style: 'thin' },
          left: { style: 'thin' },
          bottom: { style: 'thin' },
          right: { style: 'thin' },
        });
      }
    }
  });

  it('prints on landscape A4, one page wide and as many pages long as it takes', async () => {
    const sheet = await sheetOf(ledgerNotice(templates, 12));
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const { left, right, top, bottom } = sheet.pageSetup.margins!;
    for (const margin of [left, right, top, bottom]) expect(margin).toBeGreaterThanOrEqual(0.5);
    expect(sheet.headerFooter.oddFooter).toContain('&P');
  });

  it('sizes the columns by what they hold: 序号 narrow, the long texts wide, no header broken', async () => {
    const sheet = await sheetOf(seedNotice(LARGEST_SEED));
    const header = ownRows(sheet)[1]!.map(text);
    expect(header).toEqual(['序号', '反馈问题', '整改措施', '责任单位', '完成情况', '整改进展']);
    const width = (name: string) => sheet.getColumn(header.indexOf(name) + 1).width!;
    expect(width('序号')).toBeLessThan(width('责任单位'));
    expect(width('责任单位')).toBeLessThan(width('反馈问题'));
    expect(width('反馈问题')).toBeLessThan(width('整改进展'));
    // A Chinese character takes two units of an Excel column's width.
    for (const name of header) expect(width(name)).toBeGreaterThanOrEqual(name.length * 2);
    for (const name of header) expect(width(name)).toBeLessThan(60);
  });

  it('sets every row’s height, and goes on with a long item in rows whose other cells span them', async () => {
    const notice = seedNotice(LARGEST_SEED);
    const sheet = await sheetOf(notice);
    const rows = ownRows(sheet);
    for (let r = 1; r <= sheet.rowCount; r++) {
      expect(sheet.getRow(r).height, `row ${r}`).toBeGreaterThan(0);
      expect(sheet.getRow(r).height).toBeLessThanOrEqual(MAX_ROW_HEIGHT_PT);
    }
    // Item 3's 整改措施 (five long paragraphs) needs more than a row.
    const at = rows.findIndex((row) => row[0] === 3) + 1;
    const next = rows.findIndex((row, i) => i + 1 > at && row[0] !== null) + 1;
    expect(next - at).toBeGreaterThan(1);
    for (const column of ['A', 'B', 'D', 'E']) expect(merges(sheet)).toContain(`${column}${at}:${column}${next - 1}`);
    const measures = rows.slice(at - 1, next - 1).map((row) => text(row[2]));
    expect(measures.every((part) => part !== '')).toBe(true);
    const item = allItems(notice.checklist)[2]!;
    expect(measures.join('\n').split('\n')).toHaveLength(item.measures.paragraphs.length);
    expect(sheet.getCell(`C${next - 1}`).value).toBe(measures.at(-1));
    expect(ownValue(sheet.getCell(`A${next - 1}`))).toBeNull();
  });

  it('writes what XML forbids nowhere, and keeps a cell’s line breaks', async () => {
    const notice = ledgerNotice(templates, 1);
    const item = allItems(notice.checklist)[0]!;
    item.problem = '问题\u0001描述\uFFFE。';
    item.responsibleUnit = '办公室';
    const sheet = await sheetOf(notice);
    const row = ownRows(sheet).find((r) => r[0] === 1)!;
    expect(row[1]).toBe('问题描述。');
    expect(row[2]).toBe('一是措施1甲。\n二是措施1乙。');
  });

  it('refuses, in Chinese, a text longer than an Excel cell holds, rather than write a file that cuts it', async () => {
    const notice = ledgerNotice(templates, 1);
    notice.checklist = [createItem({ problem: '问题。', progress: plainList(['进展'.repeat(17_000)]) })];
    await expect(exportLedgerXlsx(notice, templates)).rejects.toThrow(
      /序号 1 的“整改进展”有 34000 个字，超过 Excel 一个单元格最多 32767 个字/u,
    );
  });
});
