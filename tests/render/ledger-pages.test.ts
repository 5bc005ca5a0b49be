import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportLedgerToFile } from '../../main/export/export-notice';
import { loadTemplates } from '../../main/templates/load-templates';
import { assertRenderTools, pdfLines, pdfPages, pdfToPngs, projectRoot, renderDocxToPdf, type PdfPageLines } from '../support/render';
import { ledgerNotice } from '../support/ledger-notice';

let pages: string[];
let boxes: PdfPageLines[];

beforeAll(async () => {
  await assertRenderTools();
  const dir = mkdtempSync(join(tmpdir(), 'render-ledger-'));
  const docx = join(dir, 'ledger.docx');
  const templates = loadTemplates();
  await exportLedgerToFile(ledgerNotice(templates, 80), docx, templates);
  const pdf = await renderDocxToPdf(docx, dir);
  pages = await pdfPages(pdf);
  boxes = await pdfLines(pdf);
  const artifacts = join(projectRoot, 'tests', 'artifacts', 'ledger');
  mkdirSync(artifacts, { recursive: true });
  await pdfToPngs(pdf, artifacts, 50);
});

describe('a ledger of 80 items rendered by LibreOffice', () => {
  it('runs over several landscape pages', () => {
    expect(pages.filter((p) => p.trim() !== '').length).toBeGreaterThanOrEqual(3);
    for (const page of boxes) expect(page.width).toBeGreaterThan(page.height);
  });

  it('repeats the header row at the top of every page', () => {
    for (const [index, page] of pages.filter((p) => p.trim() !== '').entries()) {
      const compact = page.replace(/\s/g, '');
      for (const header of ['序号', '反馈问题', '整改措施', '责任单位', '整改进展']) expect(compact, `page ${index + 1}`).toContain(header);
    }
  });

  it('lists all 80 items once each, in order', () => {
    const all = pages.join('\n').replace(/\s/g, '');
    const found = [...all.matchAll(/台账问题(\d+)：/g)].map((m) => Number(m[1]));
    expect(found).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  });
});
