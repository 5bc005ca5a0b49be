import { beforeAll, describe, expect, it } from 'vitest';
import { exportLedgerDocx, exportNoticeDocx } from '../../../../main/export/export-notice';
import { loadLayoutTemplates, type LayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { createGroup, createItem, createSubItem } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import { allItems } from '../../../../shared/model/tree';
import { attr, docxParts, nodes, parseXml, text } from '../../../support/docx-xml';
import { ledgerNotice } from '../../../support/ledger-notice';
import { LARGEST_SEED, seedNotice } from '../../../support/seed-notice';

let templates: LayoutTemplates;
beforeAll(() => {
  templates = loadLayoutTemplates();
});

async function ledgerXml(columns?: Parameters<typeof exportLedgerDocx>[2], notice = ledgerNotice(templates, 12)) {
  const parts = docxParts(await exportLedgerDocx(notice, templates, columns));
  return { notice, document: parseXml(parts['word/document.xml']!) };
}

/** The ledger's widths as written: the grid, the table's and each row's cells'. */
function widthsOf(document: ReturnType<typeof parseXml>) {
  const table = nodes('//w:tbl', document)[0]!;
  return {
    grid: nodes('w:tblGrid/w:gridCol', table).map((g) => Number(attr(g, 'w'))),
    table: Number(attr(nodes('w:tblPr/w:tblW', table)[0], 'w')),
    rows: nodes('w:tr', table).map((row) =>
      nodes('w:tc', row).map((cell) => ({
        width: Number(attr(nodes('w:tcPr/w:tcW', cell)[0], 'w')),
        type: attr(nodes('w:tcPr/w:tcW', cell)[0], 'type'),
        span: Number(attr(nodes('w:tcPr/w:gridSpan', cell)[0], 'val') ?? '1'),
      })),
    ),
  };
}

describe('the ledger on its own', () => {
  it('is a landscape A4 section', async () => {
    const { document } = await ledgerXml();
    const size = nodes('//w:sectPr/w:pgSz', document)[0];
    expect([attr(size, 'w'), attr(size, 'h'), attr(size, 'orient')]).toEqual(['16838', '11906', 'landscape']);
  });

  it('repeats the header row, a row that may not break, and lets item rows break across pages', async () => {
    const { document } = await ledgerXml();
    const rows = nodes('//w:tbl/w:tr', document);
    expect(nodes('w:trPr/w:tblHeader', rows[0]!)).toHaveLength(1);
    expect(nodes('w:trPr/w:cantSplit', rows[0]!)).toHaveLength(1);
    const items = rows.slice(1).filter((r) => nodes('w:tc/w:tcPr/w:gridSpan', r).length === 0);
    expect(items).toHaveLength(12);
    for (const row of items) expect(nodes('w:trPr/w:cantSplit', row)).toHaveLength(0);
  });

  it('has every column with something in it, in order, and no 问题类别 beside the group rows that show it', async () => {
    const { document } = await ledgerXml();
    const header = nodes('//w:tbl/w:tr', document)[0]!;
    expect(nodes('w:tc', header).map(text)).toEqual([
      '序号',
      '反馈问题',
      '整改措施',
      '责任领导',
      '责任单位',
      '整改时限',
      '完成情况',
      '整改进展',
    ]);
  });

  it('leaves out the columns the real notice never fills (no leader, no deadline)', async () => {
    const { document } = await ledgerXml(undefined, seedNotice(LARGEST_SEED));
    const header = nodes('//w:tbl/w:tr', document)[0]!;
    expect(nodes('w:tc', header).map(text)).toEqual(['序号', '反馈问题', '整改措施', '责任单位', '完成情况', '整改进展']);
  });

  it('has one row per item in tree order, numbered 1…N, and spanning rows for groups', async () => {
    const { document, notice } = await ledgerXml();
    const rows = nodes('//w:tbl/w:tr', document).slice(1);
    const groups = rows.filter((r) => nodes('w:tc/w:tcPr/w:gridSpan', r).length > 0);
    const items = rows.filter((r) => nodes('w:tc/w:tcPr/w:gridSpan', r).length === 0);
    expect(groups.map((r) => text(r))).toEqual([
      '第一，第1类问题',
      '（一）分类1',
      '第二，第2类问题',
      '（一）分类2',
      '第三，第3类问题',
      '（一）分类3',
      '第四，第4类问题',
      '（一）分类4',
    ]);
    expect(groups.every((r) => attr(nodes('w:tc/w:tcPr/w:gridSpan', r)[0], 'val') === '8')).toBe(true);
    const expected = allItems(notice.checklist);
    expect(items).toHaveLength(expected.length);
    items.forEach((row, i) => {
      const cells = nodes('w:tc', row).map(text);
      expect(cells[0]).toBe(String(i + 1));
      expect(cells[1]).toBe(expected[i]!.problem);
      expect(cells[2]).toBe(`一是措施${i + 1}甲。二是措施${i + 1}乙。`);
      expect(cells[5]).toBe('2021年6月30日');
      expect(cells[6]).toBe((i + 1) % 4 === 0 ? '持续推进' : '已完成2021年3月1日');
    });
  });

  it('numbers a lone item too, though the notice prints it without a number', async () => {
    const notice = ledgerNotice(templates, 2);
    notice.checklist = [
      createGroup('第一类', [createItem({ problem: '甲问题' })]),
      createGroup('第二类', [createItem({ problem: '乙问题' }), createItem({ problem: '丙问题' })]),
    ];
    const { document } = await ledgerXml(undefined, notice);
    const items = nodes('//w:tbl/w:tr', document)
      .filter((r) => nodes('w:tc', r).length > 1)
      .slice(1);
    expect(items.map((r) => nodes('w:tc', r).map(text).slice(0, 2))).toEqual([
      ['1', '甲问题'],
      ['2', '乙问题'],
      ['3', '丙问题'],
    ]);
  });

  it('writes the widths as the grid and on every cell, the same, summing to the table’s width', async () => {
    for (const notice of [ledgerNotice(templates, 12), seedNotice(LARGEST_SEED)]) {
      const { document } = await ledgerXml(undefined, notice);
      const { grid, table, rows } = widthsOf(document);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(table);
      for (const row of rows) {
        expect(row.every((c) => c.type === 'dxa')).toBe(true);
        if (row.length === 1) expect(row[0]).toEqual({ width: table, type: 'dxa', span: grid.length });
        else expect(row.map((c) => c.width)).toEqual(grid);
      }
      // Content decides: 整改进展 (the most text) is the widest column, 序号 the narrowest.
      const header = nodes('w:tc', nodes('//w:tbl/w:tr', document)[0]!).map(text);
      expect(header[grid.indexOf(Math.max(...grid))]).toBe('整改进展');
      expect(header[grid.indexOf(Math.min(...grid))]).toBe('序号');
    }
  });

  it('prints each sub-item’s label before its problem, measures and progress, one paragraph each', async () => {
    const notice = ledgerNotice(templates, 1);
    notice.checklist = [
      createItem({
        problem: '财务管理不规范。',
        subItems: [
          createSubItem({ problem: '报销审核不严', measures: plainList(['修订报销制度。']), progress: plainList(['已修订。']) }),
          createSubItem({ problem: '合同管理缺位', measures: plainList(['建立合同台账。']), progress: plainList(['已建立。']) }),
        ],
      }),
    ];
    const { document } = await ledgerXml(undefined, notice);
    const header = nodes('w:tc', nodes('//w:tbl/w:tr', document)[0]!).map(text);
    const cells = nodes('w:tc', nodes('//w:tbl/w:tr', document)[1]!);
    const paragraphs = (name: string) => nodes('w:p', cells[header.indexOf(name)]!).map(text);
    expect(paragraphs('反馈问题')).toEqual(['财务管理不规范。', '（1）报销审核不严', '（2）合同管理缺位']);
    expect(paragraphs('整改措施')).toEqual(['（1）修订报销制度。', '（2）建立合同台账。']);
    expect(paragraphs('整改进展')).toEqual(['（1）已修订。', '（2）已建立。']);
  });

  it('drops characters XML forbids from the cells and keeps each line its own paragraph', async () => {
    const notice = ledgerNotice(templates, 1);
    notice.checklist = [
      createItem({
        problem: '资金\uFFFE管理\u0001不到位\uFFFF。',
        measures: plainList(['建立\u0008台账。\t逐笔核对。', '整改\u001F到位。']),
        responsibleUnit: '财务\u000B科',
      }),
    ];
    // parseXml is strict: a forbidden character would fail here, as it fails Word.
    const { document } = await ledgerXml(undefined, notice);
    const header = nodes('w:tc', nodes('//w:tbl/w:tr', document)[0]!).map(text);
    const cells = nodes('w:tc', nodes('//w:tbl/w:tr', document)[1]!);
    const paragraphs = (name: string) => nodes('w:p', cells[header.indexOf(name)]!).map(text);
    expect(paragraphs('反馈问题')).toEqual(['资金管理不到位。']);
    // The tab became a space, and a space between Chinese characters is closed up as in the notice.
    expect(paragraphs('整改措施')).toEqual(['建立台账。逐笔核对。', '整改到位。']);
    expect(paragraphs('责任单位')).toEqual(['财务科']);
  });

  it('sets table text in 仿宋 12 pt with single spacing', async () => {
    const { document } = await ledgerXml();
    const cellRuns = nodes('//w:tbl//w:r', document);
    expect(cellRuns.length).toBeGreaterThan(50);
    for (const run of cellRuns) {
      expect(attr(nodes('w:rPr/w:rFonts', run)[0], 'eastAsia')).toBe('仿宋_GB2312');
      expect(attr(nodes('w:rPr/w:sz', run)[0], 'val')).toBe('24');
    }
    for (const p of nodes('//w:tbl//w:p', document)) {
      const spacing = nodes('w:pPr/w:spacing', p)[0];
      expect([attr(spacing, 'line'), attr(spacing, 'lineRule')]).toEqual(['240', 'auto']);
    }
  });

  it('takes its columns and their order from the setting', async () => {
    const { document } = await ledgerXml({ ledgerColumns: ['number', 'problem', 'unit', 'completion'] });
    const header = nodes('//w:tbl/w:tr', document)[0]!;
    expect(nodes('w:tc', header).map(text)).toEqual(['序号', '反馈问题', '责任单位', '完成情况']);
  });
});

describe('the ledger attached to the notice', () => {
  it('notes the attachment after the body and starts it on a new landscape page with 附件 and its title', async () => {
    const notice = ledgerNotice(templates, 6);
    const document = parseXml(docxParts(await exportNoticeDocx(notice, templates, { attachLedger: true }))['word/document.xml']!);
    const body = nodes('/w:document/w:body/*', document);
    const paragraphs = body.map((el) => (el.localName === 'p' ? text(el) : `<${el.localName}>`));
    const note = paragraphs.indexOf('附件：巡察反馈问题整改台账');
    expect(note).toBeGreaterThan(0);
    expect(paragraphs[note - 1]).toBe('');
    expect(attr(nodes('w:pPr/w:ind', body[note]!)[0], 'firstLineChars')).toBe('200');
    // The notice's section ends after the signature; the ledger's section follows.
    const sectionBreak = body.findIndex((el) => nodes('w:pPr/w:sectPr', el).length > 0);
    expect(paragraphs.slice(note + 1, sectionBreak + 1)).toEqual(['', '中共某某市民政局党组', '2020年12月21日']);
    const firstSection = nodes('w:pPr/w:sectPr/w:pgSz', body[sectionBreak]!)[0];
    expect(attr(firstSection, 'orient') ?? 'portrait').toBe('portrait');
    expect(paragraphs.slice(sectionBreak + 1, sectionBreak + 5)).toEqual(['附件', '', '巡察反馈问题整改台账', '']);
    const label = body[sectionBreak + 1]!;
    expect(attr(nodes('w:r/w:rPr/w:rFonts', label)[0], 'eastAsia')).toBe('黑体');
    expect(nodes('w:pPr/w:ind', label)).toHaveLength(0);
    expect(body[sectionBreak + 5]!.localName).toBe('tbl');
    const last = nodes('/w:document/w:body/w:sectPr/w:pgSz', document)[0];
    expect(attr(last, 'orient')).toBe('landscape');
  });
});
