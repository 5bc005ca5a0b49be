import { beforeAll, describe, expect, it } from 'vitest';
import { exportLedgerDocx, exportNoticeDocx } from '../../../../main/export/export-notice';
import { loadTemplates, type Templates } from '../../../../main/templates/load-templates';
import { allItems } from '../../../../shared/model/tree';
import { attr, docxParts, nodes, parseXml, text } from '../../../support/docx-xml';
import { ledgerNotice } from '../../../support/ledger-notice';

let templates: Templates;
beforeAll(() => {
  templates = loadTemplates();
});

async function ledgerXml(columns?: Parameters<typeof exportLedgerDocx>[2]) {
  const notice = ledgerNotice(templates, 12);
  const parts = docxParts(await exportLedgerDocx(notice, templates, columns));
  return { notice, document: parseXml(parts['word/document.xml']!) };
}

describe('the ledger on its own', () => {
  it('is a landscape A4 section', async () => {
    const { document } = await ledgerXml();
    const size = nodes('//w:sectPr/w:pgSz', document)[0];
    expect([attr(size, 'w'), attr(size, 'h'), attr(size, 'orient')]).toEqual(['16838', '11906', 'landscape']);
  });

  it('repeats the header row with every column, in order', async () => {
    const { document } = await ledgerXml();
    const rows = nodes('//w:tbl/w:tr', document);
    expect(nodes('w:trPr/w:tblHeader', rows[0]!)).toHaveLength(1);
    expect(nodes('w:tc', rows[0]!).map(text)).toEqual(['序号', '问题类别', '反馈问题', '整改措施', '责任领导', '责任单位', '整改时限', '完成情况', '整改进展']);
  });

  it('has one row per item in tree order, numbered 1…N, and spanning rows for groups', async () => {
    const { document, notice } = await ledgerXml();
    const rows = nodes('//w:tbl/w:tr', document).slice(1);
    const groups = rows.filter((r) => nodes('w:tc/w:tcPr/w:gridSpan', r).length > 0);
    const items = rows.filter((r) => nodes('w:tc', r).length === 9);
    expect(groups.map((r) => text(r))).toEqual(['第一，第1类问题', '（一）分类1', '第二，第2类问题', '（一）分类2', '第三，第3类问题', '（一）分类3', '第四，第4类问题', '（一）分类4']);
    expect(groups.every((r) => attr(nodes('w:tc/w:tcPr/w:gridSpan', r)[0], 'val') === '9')).toBe(true);
    const expected = allItems(notice.checklist);
    expect(items).toHaveLength(expected.length);
    items.forEach((row, i) => {
      const cells = nodes('w:tc', row).map(text);
      expect(cells[0]).toBe(String(i + 1));
      expect(cells[2]).toBe(expected[i]!.problem);
      expect(cells[3]).toBe(`一是措施${i + 1}甲。二是措施${i + 1}乙。`);
      expect(cells[6]).toBe('2021年6月30日');
      expect(cells[7]).toBe((i + 1) % 4 === 0 ? '持续推进' : '已完成2021年3月1日');
    });
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
