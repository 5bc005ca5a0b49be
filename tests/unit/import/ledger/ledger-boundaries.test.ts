import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importLedgerBytes, placeOf, treeOf } from './ledger-support';

/**
 * Where a ledger's items end: a totals row under them, a second table on
 * the same sheet, a hidden column, a cover sheet in front of the ledger.
 * Each is left out with a warning naming it, never taken for items.
 */

interface SheetSpec {
  name: string;
  rows: ExcelJS.CellValue[][];
  merges?: string[];
  hiddenColumns?: number[];
}

async function workbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    for (const row of spec.rows) ws.addRow(row);
    for (const range of spec.merges ?? []) ws.mergeCells(range);
    for (const c of spec.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function ready(bytes: Uint8Array) {
  const { result } = await importLedgerBytes(bytes, '台账.xlsx');
  if (result.status !== 'ready') throw new Error(result.reason);
  const problems = (nodes: ReturnType<typeof treeOf>): string[] => nodes.flatMap((n) => ('group' in n ? problems(n.children) : [n.item]));
  return {
    problems: problems(treeOf(result.notice.checklist)),
    groups: treeOf(result.notice.checklist).flatMap((n) => ('group' in n ? [n.group] : [])),
    warnings: result.warnings.map((w) => `${placeOf(w)}：${w.message}`),
    columns: result.columns.map((c) => c.header),
  };
}

const header = ['序号', '问题类别', '反馈问题', '整改措施', '责任单位', '完成情况'];

describe('totals rows', () => {
  it('leaves out a 合计 row under the items (合计 | | 3个问题 | … | 完成1个) and names its row', async () => {
    const bytes = await workbook([
      {
        name: '台账',
        rows: [
          ['县委巡察反馈问题整改台账'],
          header,
          [1, '政治建设方面', '耕地保护政策落实不到位', '开展专项排查', '耕保科', '已完成'],
          [2, '政治建设方面', '执法监察宽松软', '修订裁量基准', '执法大队', '持续整改'],
          [3, '作风建设方面', '文风会风不实', '精简会议文件', '办公室', '长期坚持'],
          ['合 计', '', '3个问题', '', '', '完成1个'],
        ],
        merges: ['A1:F1'],
      },
    ]);
    const { problems, groups, warnings } = await ready(bytes);
    expect(problems).toEqual(['耕地保护政策落实不到位', '执法监察宽松软', '文风会风不实']);
    expect(groups).toEqual(['政治建设方面', '作风建设方面']);
    expect(warnings).toContain('第 6 行：第 6 行是合计行，未导入');
  });

  it('leaves out 小计 / 总计 rows and a bare count under the problems (a COUNTA formula)', async () => {
    const bytes = await workbook([
      {
        name: '台账',
        rows: [
          ['序号', '反馈问题', '整改措施', '完成情况'],
          [1, '问题甲', '措施甲', '已完成'],
          ['小计', '1项', '', ''],
          [2, '问题乙', '措施乙', '未完成'],
          ['', { formula: 'COUNTA(B2:B4)', result: 3 } as ExcelJS.CellValue, '', ''],
          ['总计', '', '', '完成1项'],
        ],
      },
    ]);
    const { problems, warnings } = await ready(bytes);
    expect(problems).toEqual(['问题甲', '问题乙']);
    for (const line of [3, 5, 6]) expect(warnings).toContain(`第 ${line} 行：第 ${line} 行是合计行，未导入`);
  });

  it('leaves out a 合计 row that writes its count in the same cell, merged across the row', async () => {
    const bytes = await workbook([
      {
        name: '台账',
        rows: [
          ['序号', '反馈问题', '整改措施'],
          [1, '问题甲', '措施甲'],
          ['合计：1个问题', '', ''],
        ],
        merges: ['A3:C3'],
      },
    ]);
    const { problems, groups, warnings } = await ready(bytes);
    expect(problems).toEqual(['问题甲']);
    expect(groups).toEqual([]);
    expect(warnings).toContain('第 3 行：第 3 行是合计行，未导入');
  });

  it('still imports a problem that only begins with a number', async () => {
    const bytes = await workbook([
      {
        name: '台账',
        rows: [
          ['序号', '反馈问题', '整改措施'],
          ['', '3个专项资金项目未按期验收', '限期验收'],
        ],
      },
    ]);
    expect((await ready(bytes)).problems).toEqual(['3个专项资金项目未按期验收']);
  });
});

describe('a second table on the sheet', () => {
  const rows: ExcelJS.CellValue[][] = [
    ['编号', '存在问题', '整改举措', '牵头单位', '整改状态', '落实情况'],
    ['1', '理论学习不深入', '制定学习计划', '机关党委', '已整改', '开展学习12次'],
    ['2', '制度执行不严格', '修订制度', '办公室', '基本完成', '修订制度5项'],
    [],
    [],
    ['立行立改问题清单'],
    ['序号', '问题', '整改情况'],
    ['1', '办公用房超标', '已腾退'],
  ];

  it('ends the first table where a caption and a header start another, and reads that one by its own header', async () => {
    const { result } = await importLedgerBytes(await workbook([{ name: 'Sheet1', rows }]), '台账.xlsx');
    if (result.status !== 'ready') throw new Error(result.reason);
    const [first, second, third] = result.notice.checklist;
    expect(result.notice.checklist).toHaveLength(3);
    expect(first?.kind === 'item' && first.problem).toBe('理论学习不深入');
    expect(second?.kind === 'item' && second.problem).toBe('制度执行不严格');
    expect(third?.kind).toBe('group');
    if (third?.kind !== 'group') return;
    expect(third.title).toBe('立行立改问题清单');
    expect(third.children).toHaveLength(1);
    const late = third.children[0]!;
    expect(late.kind === 'item' && [late.problem, late.progress.paragraphs.map((p) => p.children.map((l) => l.text).join(''))]).toEqual([
      '办公用房超标',
      ['已腾退'],
    ]);
    expect(result.warnings.map((w) => `${placeOf(w)}：${w.message}`)).toContain(
      '第 6 行：表格第 6 行起是另一张表，已按它自己的表头导入为分组“立行立改问题清单”，请核对',
    );
  });

  it('leaves out a second table whose header it does not know, and says so', async () => {
    const unknown = [...rows.slice(0, 6), ['序号', '问题', '怎么改的'], ['1', '办公用房超标', '已腾退']];
    const { problems, groups, warnings } = await ready(await workbook([{ name: 'Sheet1', rows: unknown }]));
    expect(problems).toEqual(['理论学习不深入', '制度执行不严格']);
    expect(groups).toEqual([]);
    expect(warnings).toContain('第 6 行：表格第 6 行起是另一张表，表头无法识别，未导入');
  });

  it('goes on past the same header repeated (a ledger printed page by page)', async () => {
    const repeated = [header, [1, '', '问题甲', '措施甲', '办公室', '已完成'], header, [2, '', '问题乙', '措施乙', '办公室', '已完成']];
    const { problems } = await ready(await workbook([{ name: '台账', rows: repeated }]));
    expect(problems[0]).toBe('问题甲');
    expect(problems).toContain('问题乙');
  });

  it('reads a second header row written out without merges as part of the header, not as another table', async () => {
    const bytes = await workbook([
      {
        name: '台账',
        rows: [
          ['序号', '反馈问题', '整改措施', '整改情况', '整改情况'],
          ['序号', '反馈问题', '整改措施', '完成情况', '具体做法'],
          [1, '问题甲', '措施甲', '已完成', '已建立制度'],
        ],
      },
    ]);
    const { problems, columns, warnings } = await ready(bytes);
    expect(problems).toEqual(['问题甲']);
    expect(columns).toEqual(['序号', '反馈问题', '整改措施', '整改情况／完成情况', '整改情况／具体做法']);
    expect(warnings.join('\n')).not.toContain('另一张表');
  });

  it('does not offer a hidden column, and names it as not imported', async () => {
    const withHidden = rows.slice(0, 3).map((row) => [...row.slice(0, 4), row === rows[0] ? '内部备注' : '不公开', ...row.slice(4)]);
    const { problems, columns, warnings } = await ready(await workbook([{ name: 'Sheet1', rows: withHidden, hiddenColumns: [5] }]));
    expect(columns).toEqual(['编号', '存在问题', '整改举措', '牵头单位', '整改状态', '落实情况']);
    expect(problems).toEqual(['理论学习不深入', '制度执行不严格']);
    expect(warnings).toContain('全文：隐藏的列“内部备注”未导入（第 E 列）');
  });

  it('keeps a merge that starts in a hidden column, from its first shown cell', async () => {
    const bytes = await workbook([
      {
        name: '台账',
        rows: [
          ['整改台账', '', ''],
          ['', '', ''],
          ['内部编号', '反馈问题', '整改措施'],
          ['a1', '问题甲', '措施甲'],
        ],
        merges: ['A1:C1'],
        hiddenColumns: [1],
      },
    ]);
    const { result } = await importLedgerBytes(bytes, '台账.xlsx');
    if (result.status !== 'ready') throw new Error(result.reason);
    expect(result.notice.meta.titleOverride).toBe('整改台账');
    expect(result.columns.map((c) => c.header)).toEqual(['反馈问题', '整改措施']);
    expect(result.warnings.map((w) => w.message)).toContain('隐藏的列“内部编号”未导入（第 A 列）');
  });
});

describe('a cover sheet in front of the ledger', () => {
  const ledgerSheet: SheetSpec = {
    name: '问题清单',
    rows: [
      ['序号', '反馈问题', '整改措施', '责任单位', '完成情况'],
      [1, '意识形态责任制落实不到位', '制定责任清单', '宣传科', '基本完成'],
    ],
  };

  it('imports the first sheet with a ledger header, naming the sheets left out', async () => {
    const bytes = await workbook([
      { name: '说明', rows: [['填表说明：请按问题逐条填写。']] },
      ledgerSheet,
      { name: '附表', rows: [['备用']] },
    ]);
    const { problems, warnings } = await ready(bytes);
    expect(problems).toEqual(['意识形态责任制落实不到位']);
    expect(warnings).toContain('全文：只导入了工作表“问题清单”（第一个有台账表头的工作表），工作表“说明”、“附表”未导入');
  });

  it('prefers a sheet with a known header over a first sheet of two stray cells', async () => {
    const bytes = await workbook([
      {
        name: '说明',
        rows: [
          ['填报单位：', '办公室'],
          ['联系人', '张三'],
        ],
      },
      ledgerSheet,
    ]);
    expect((await ready(bytes)).problems).toEqual(['意识形态责任制落实不到位']);
  });

  it('refuses a workbook none of whose sheets holds a header and rows, naming the sheets looked at', async () => {
    const bytes = await workbook([
      { name: '说明', rows: [['填表说明：请按问题逐条填写。']] },
      { name: '封面', rows: [['某某局整改台账']] },
    ]);
    await expect(importLedgerBytes(bytes, '台账.xlsx')).rejects.toThrow('工作表“说明”、“封面”中都没有找到表头和数据行');
  });
});
