import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportNoticeDocx } from '../../../../main/export/export-notice';
import { readLedgerFile } from '../../../../main/import/read-ledger-file';
import { ImportError } from '../../../../shared/import/errors';
import { importLedger } from '../../../../shared/import/ledger/import-ledger';
import { importLedgerBytes, LEDGERS_DIR, templates } from './ledger-support';

/**
 * Spreadsheets that are damaged, hostile or not spreadsheets at all: each
 * is refused with one Chinese sentence (never exceljs's English, never a
 * crash) or read for what it shows, within a second or two.
 */

/** The sentence the user sees, with the words a user reads in it. */
async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const started = Date.now();
  const error = await readLedgerFile(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(Date.now() - started).toBeLessThan(5000);
  expect(error).toBeInstanceOf(ImportError);
  const message = (error as ImportError).message;
  // Chinese only: the Latin words allowed are the names of formats and programs.
  expect(message.replace(/Excel|Word|WPS|xlsx|xls|docx|csv|zip|MB|xl\/workbook\.xml/giu, '')).not.toMatch(/[A-Za-z]{3,}/u);
  return message;
}

async function workbookBytes(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('台账'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const header = ['序号', '反馈问题', '整改措施', '责任单位', '整改时限', '完成情况'];

/** A real workbook with one of its parts replaced (or added). */
async function withPart(name: string, data: Uint8Array): Promise<Uint8Array> {
  const parts = unzipSync(await workbookBytes((ws) => ws.addRow(header)));
  parts[name] = data as Uint8Array<ArrayBuffer>;
  return zipSync(parts);
}

describe('hostile spreadsheets', () => {
  it('refuses a damaged zip, and a zip whose workbook part is not a workbook', async () => {
    const damaged = new Uint8Array(4096).map((_, i) => (i < 4 ? [0x50, 0x4b, 0x03, 0x04][i]! : (i * 131 + 7) % 256));
    expect(await refusal(damaged, '台账.xlsx')).toContain('不是有效的 Excel 工作簿');
    const garbage = zipSync({
      'xl/workbook.xml': new TextEncoder().encode('<workbook><sheets><sheet'),
      '[Content_Types].xml': new TextEncoder().encode('<x'),
    });
    expect(await refusal(garbage, '台账.xlsx')).toContain('无法读取这个 Excel 文件');
  });

  it('refuses a zip bomb by its declared size before inflating it', async () => {
    const bomb = await withPart('xl/media/image1.png', new Uint8Array(100 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal(bomb, '台账.xlsx')).toContain('解压后过大');
  });

  it('refuses a zip bomb whose headers understate its size, stopping the inflation at the cap', async () => {
    const bomb = await withPart('xl/worksheets/sheet1.xml', new Uint8Array(120 * 1024 * 1024));
    // The central directory's uncompressed size of the sheet is set to 1 KB, as a crafted file would say.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    let patched = 0;
    for (let at = bomb.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const name = new TextDecoder().decode(bomb.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
      if (name === 'xl/worksheets/sheet1.xml') {
        view.setUint32(at + 24, 1024, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    expect(await refusal(bomb, '台账.xlsx')).toMatch(/解压后超过 \d+ MB.*压缩炸弹/u);
  });

  it('refuses a sheet of a million rows, and one of too many columns', async () => {
    const rows: string[] = [];
    // Rows without their optional r attributes: small enough to pass the size caps, so the row cap is what refuses it.
    for (let r = 1; r <= 1_000_000; r++) rows.push('<row><c><v>1</v></c></row>');
    const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const huge = await withPart('xl/worksheets/sheet1.xml', new TextEncoder().encode(xml));
    expect(await refusal(huge, '台账.xlsx')).toContain('行数过多');
    const wide = await workbookBytes((ws) => {
      ws.addRow(header);
      ws.getCell(2, 300).value = '远处的单元格';
    });
    expect(await refusal(wide, '台账.xlsx')).toContain('列数过多');
  });

  it('refuses encrypted Office files, old .xls and .csv with what to do instead', async () => {
    const ole = (stream: string) => {
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Buffer.from(stream, 'utf16le'), 1024);
      return bytes;
    };
    expect(await refusal(ole('EncryptedPackage'), '台账.xlsx')).toContain('设置了打开密码');
    expect(await refusal(ole('Workbook'), '台账.xls')).toContain('另存为 .xlsx');
    expect(await refusal(ole('Workbook'), '台账.xlsx')).toContain('旧版 Excel');
    expect(await refusal(new TextEncoder().encode('序号,反馈问题\n1,问题'), '台账.csv')).toContain('CSV');
    expect(await refusal(new TextEncoder().encode('not a workbook'), '台账.xlsx')).toContain('不是 Excel 工作簿');
  });

  it('reads formulas by their cached results, rich text and hyperlinks by their text, and says when a formula has no result', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.addRow(header);
      ws.addRow([
        { formula: 'ROW()-1', result: 1 },
        { richText: [{ text: '公车管理', font: { bold: true } }, { text: '不规范' }] },
        { text: '修订公车管理办法', hyperlink: 'http://example.gov.cn/gc.html' },
        { formula: 'C1&""' },
        { formula: 'DATE(2024,3,31)', result: new Date(Date.UTC(2024, 2, 31)) },
        '已完成',
      ]);
    });
    const { result } = await importLedgerBytes(bytes, '台账.xlsx');
    if (result.status !== 'ready') throw new Error(result.reason);
    const [item] = result.notice.checklist;
    expect(item).toMatchObject({ kind: 'item', problem: '公车管理不规范', responsibleUnit: '', deadline: '2024-03-31', status: 'done' });
    expect(item!.kind === 'item' && item!.measures.paragraphs[0]!.children[0]!.text).toBe('修订公车管理办法');
    expect(result.warnings.some((w) => w.line === 2 && w.message.includes('D2') && w.message.includes('没有保存计算结果'))).toBe(true);
  });

  it('reads a notice .docx with its ledger attached as a notice, not as a ledger', async () => {
    const { result } = await importLedgerBytes(readFileSync(path.join(LEDGERS_DIR, '01-审计局整改台账.xlsx')), '01.xlsx');
    if (result.status !== 'ready') throw new Error(result.reason);
    const notice = {
      ...result.notice,
      parts: {
        ...result.notice.parts,
        organisation: {
          heading: '整改工作开展情况',
          body: {
            enumeration: 'none' as const,
            paragraphs: Array.from({ length: 30 }, () => ({
              type: 'paragraph' as const,
              children: [
                {
                  text: '党组高度重视巡察整改工作，多次召开专题会议研究部署整改任务，逐项明确责任领导、责任单位和整改时限，确保整改工作落到实处。',
                },
              ],
            })),
          },
        },
      },
    };
    const withLedger = await exportNoticeDocx(notice, templates, { attachLedger: true });
    expect(await readLedgerFile(withLedger, '通报.docx')).toBeNull();
  });

  it('stops at the mapping step when no column is the problem, and refuses a mapping without one', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.addRow(['序号', '内容概要', '单位']);
      ws.addRow([1, '会议记录不完整', '办公室']);
    });
    const table = (await readLedgerFile(bytes, '表.xlsx'))!;
    const first = importLedger(table, templates);
    expect(first.status).toBe('mapping');
    expect(() => importLedger(table, templates, ['number', null, 'unit'])).toThrow('请指定哪一列是“反馈问题”');
    const mapped = importLedger(table, templates, ['number', 'problem', 'unit']);
    expect(mapped.status === 'ready' && mapped.notice.checklist[0]).toMatchObject({ problem: '会议记录不完整', responsibleUnit: '办公室' });
  });
});

describe('hostile Word tables', () => {
  // Five thousand levels (four elements each, deeper than a recursive walk's stack) keep the paragraphs under the import's cap.
  it('reads a table nested five thousand levels deep without recursion, in time', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const cell = (inner: string) => `<w:tc><w:p><w:r><w:t>层</w:t></w:r></w:p>${inner}</w:tc>`;
    let nested = '<w:p><w:r><w:t>最里层</w:t></w:r></w:p>';
    for (let i = 0; i < 5_000; i++) nested = `<w:tbl><w:tr>${cell(nested)}</w:tr></w:tbl><w:p/>`;
    const header = `<w:tr>${['序号', '反馈问题', '整改措施'].map((h) => `<w:tc><w:p><w:r><w:t>${h}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`;
    const row = `<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>问题甲</w:t></w:r></w:p></w:tc><w:tc>${nested}</w:tc></w:tr>`;
    const document = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:tbl>${header}${row}</w:tbl></w:body></w:document>`;
    const docx = zipSync({
      '[Content_Types].xml': new TextEncoder().encode(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      'word/document.xml': new TextEncoder().encode(document),
    });
    const started = Date.now();
    const table = await readLedgerFile(docx, '台账.docx');
    // About two seconds here, most of it parsing the XML; room for a machine busy with other work.
    expect(Date.now() - started).toBeLessThan(10_000);
    const imported = importLedger(table!, templates);
    expect(imported.status === 'ready' && imported.notice.checklist[0]).toMatchObject({ problem: '问题甲' });
  });
});
