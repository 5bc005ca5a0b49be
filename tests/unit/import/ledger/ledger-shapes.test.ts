import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importLedgerBytes, treeOf } from './ledger-support';

/** Shapes of ledgers beyond the corpus: two category columns, empty rows, a sparse sheet, paragraphs in a cell. */
async function ledger(rows: ExcelJS.CellValue[][], merges: string[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  for (const row of rows) ws.addRow(row);
  for (const range of merges) ws.mergeCells(range);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function tree(bytes: Uint8Array) {
  const { result } = await importLedgerBytes(bytes, '台账.xlsx');
  if (result.status !== 'ready') throw new Error(result.reason);
  return { tree: treeOf(result.notice.checklist), notice: result.notice, warnings: result.warnings };
}

const item = (
  problem: string,
  fields: Partial<{ measures: number; progress: number; status: string; deadline: string | null; leader: string; unit: string }> = {},
) => ({
  item: problem,
  measures: 0,
  progress: 0,
  status: 'ongoing',
  deadline: null,
  completedOn: null,
  leader: '',
  unit: '',
  ...fields,
});

describe('ledger shapes', () => {
  it('makes two levels of groups from two category columns, skipping empty rows', async () => {
    const bytes = await ledger(
      [
        ['序号', '问题类别', '问题类型', '反馈问题', '整改措施'],
        [1, '党的建设', '政治建设', '问题甲', '措施甲'],
        [2, null, null, '问题乙', '措施乙'],
        [],
        [3, null, '组织建设', '问题丙', '措施丙'],
        [4, '业务工作', '项目管理', '问题丁', '措施丁'],
      ],
      ['B2:B5'],
    );
    expect((await tree(bytes)).tree).toEqual([
      {
        group: '党的建设',
        children: [
          { group: '政治建设', children: [item('问题甲', { measures: 1 }), item('问题乙', { measures: 1 })] },
          { group: '组织建设', children: [item('问题丙', { measures: 1 })] },
        ],
      },
      { group: '业务工作', children: [{ group: '项目管理', children: [item('问题丁', { measures: 1 })] }] },
    ]);
  });

  it('joins a row with no 序号 and no problem to the item above, and splits 1. 2. and line breaks into paragraphs', async () => {
    const { tree: t, notice } = await tree(
      await ledger([
        ['序号', '反馈问题', '整改措施', '整改进展'],
        [1, '问题甲', '1.建立制度；2.开展检查；3.定期通报', '第一阶段完成。\n第二阶段推进中。'],
        [null, null, '4.纳入考核', null],
      ]),
    );
    expect(t).toEqual([item('问题甲', { measures: 4, progress: 2 })]);
    const only = notice.checklist[0]!;
    expect(only.kind === 'item' && only.measures.enumeration).toBe('1.');
    expect(only.kind === 'item' && only.measures.paragraphs.map((p) => p.children[0]!.text)).toEqual([
      '建立制度；',
      '开展检查；',
      '定期通报',
      '纳入考核',
    ]);
  });

  it('never guesses a time limit it cannot read, and says where it was', async () => {
    const { tree: t, warnings } = await tree(
      await ledger([
        ['序号', '反馈问题', '整改措施', '整改时限'],
        [1, '问题甲', '措施甲', '下半年'],
      ]),
    );
    expect(t).toEqual([item('问题甲', { measures: 1 })]);
    expect(warnings.find((w) => w.line === 2)?.message).toBe('整改时限“下半年”无法识别为日期，整改时限已留空');
  });

  it('refuses a sheet whose one stray cell lies a million rows down', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['序号', '反馈问题']);
    ws.getCell(1_000_000, 1).value = 'x';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(importLedgerBytes(bytes, '台账.xlsx')).rejects.toThrow('表格行数过多');
  });
});

describe('ledger titles', () => {
  it('takes the title from under an 附件 label, and says the label and the unit line were not imported', async () => {
    const { notice, warnings } = await tree(
      await ledger([
        ['附件2'],
        ['某某局巡察整改问题清单'],
        ['填报单位：办公室'],
        ['序号', '反馈问题', '整改措施'],
        [1, '问题甲', '措施甲'],
      ]),
    );
    expect(notice.meta.titleOverride).toBe('某某局巡察整改问题清单');
    expect(warnings.filter((w) => w.message.includes('表头上方')).map((w) => [w.line, w.excerpt])).toEqual([
      [1, '附件2'],
      [3, '填报单位：办公室'],
    ]);
  });
});
