import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/open-database';
import { saveNotice } from '../../../../main/db/notices';
import type { Notice } from '../../../../shared/model/notice';
import { attr, docxParts, nodes, parseXml, text } from '../../../support/docx-xml';
import { cliAs } from '../../../support/run-cli';
import { loadWorkbook, ownRows } from '../../../support/xlsx-sheet';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const seed = JSON.parse(readFileSync(new URL('../../../fixtures/seeds/000_fca5672edf850d55.json', import.meta.url), 'utf8')) as Notice;

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'main/cli/notice.ts', ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
  db = join(dir, 'notices.sqlite');
  const connection = openDatabase(db);
  saveNotice(connection, seed);
  connection.close();
});

describe('ledger and figures from the command line', () => {
  it('prints the figures, as text and as JSON', async () => {
    const [plain, json] = await Promise.all([cli('figures', seed.id, '--db', db), cli('figures', seed.id, '--json', '--db', db)]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('反馈问题：28 个');
    expect(plain.stdout).toContain('挽回资金：3032436.00 元；待挽回：2473000.00 元');
    expect(JSON.parse(json.stdout)).toMatchObject({ total: 28, byStatus: { done: 23 }, moneyRecoveredFen: 303243600 });
  });

  it('exports the ledger alone, and the notice with the ledger attached', async () => {
    const ledger = join(dir, '台账.docx');
    const attached = join(dir, '通报.docx');
    const [a, b] = await Promise.all([
      cli('ledger', seed.id, '--out', ledger, '--db', db),
      cli('export', seed.id, '--attach-ledger', '--out', attached, '--db', db),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const ledgerXml = parseXml(docxParts(readFileSync(ledger))['word/document.xml']!);
    expect(attr(nodes('//w:sectPr/w:pgSz', ledgerXml)[0], 'orient')).toBe('landscape');
    // The header and the 28 items, in the columns the notice fills (no leader, no deadline).
    const rows = nodes('//w:tbl/w:tr', ledgerXml);
    expect(nodes('w:tc', rows[0]!).map(text)).toEqual(['序号', '反馈问题', '整改措施', '责任单位', '完成情况', '整改进展']);
    expect(rows.filter((r) => nodes('w:tc', r).length === 6).length).toBe(28 + 1);
    const noticeXml = parseXml(docxParts(readFileSync(attached))['word/document.xml']!);
    expect(nodes('//w:p', noticeXml).map(text)).toContain('附件：巡察反馈问题整改台账');
    expect(nodes('//w:sectPr', noticeXml)).toHaveLength(2);
  });

  it('refuses a ledger without --out', async () => {
    const run = await cli('ledger', seed.id, '--db', db);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ledger 需要用 --out 指定导出的文件（.docx 或 .xlsx）');
  });

  it('exports the ledger as a workbook when the file is named .xlsx, and keeps the export as a version', async () => {
    const target = join(dir, '台账.XLSX');
    const run = await cli('ledger', seed.id, '--out', target, '--db', db);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`已导出整改台账（Excel）：${target}`);
    const sheet = (await loadWorkbook(readFileSync(target))).worksheets[0]!;
    expect(sheet.getCell('A1').text).toBe('中共东莞市民政局党组巡察反馈问题整改台账');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '反馈问题', '整改措施', '责任单位', '完成情况', '整改进展']);
    const numbers = ownRows(sheet).flatMap(([first]) => (typeof first === 'number' ? [first] : []));
    expect(numbers).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    const versions = await cli('versions', seed.id, '--json', '--db', db);
    expect(JSON.parse(versions.stdout).some((v: { file?: string }) => v.file === target)).toBe(true);
  });

  it('refuses a ledger file that is neither .docx nor .xlsx, and writes nothing', async () => {
    const target = join(dir, '台账.xls');
    const run = await cli('ledger', seed.id, '--out', target, '--db', db);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('整改台账的文件名应以 .docx（Word 表格）或 .xlsx（Excel 表格）结尾');
    expect(existsSync(target)).toBe(false);
  });

  it('says in Chinese that a read-only folder cannot take the workbook, and leaves nothing in it', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'ledger-cli-readonly-'));
    chmodSync(shared, 0o777);
    const copy = join(shared, 'notices.sqlite');
    copyFileSync(db, copy);
    chmodSync(copy, 0o666);
    const folder = join(shared, '只读文件夹');
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    // As root every folder is writable: run the command line as an ordinary user, as on an office PC.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
    const target = join(folder, '台账.xlsx');
    const run = await cliAs(asUser, ['ledger', seed.id, '--out', target, '--db', copy]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`错误：无法写入“${target}”：文件可能正被 WPS、Word 或 Excel 等程序打开，或没有写入权限。`);
    expect(run.stderr).not.toMatch(/EACCES|permission/iu);
    expect(readdirSync(folder)).toEqual([]);
  });
});
