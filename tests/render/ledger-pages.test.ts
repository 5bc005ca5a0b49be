import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportLedgerToFile } from '../../main/export/export-notice';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import type { Notice } from '../../shared/model/notice';
import { allItems } from '../../shared/model/tree';
import { attr, docxParts, nodes, parseXml, text } from '../support/docx-xml';
import { ledgerNotice } from '../support/ledger-notice';
import {
  assertRenderTools,
  pdfPages,
  pdfToPngs,
  pdfWords,
  projectRoot,
  renderDocxToPdf,
  type PdfPageWords,
  type PdfWord,
} from '../support/render';
import { LARGEST_SEED, seedNotice } from '../support/seed-notice';

/** The landscape text block's left edge, where the table starts, and its bottom, above the footer, in PDF points. */
const TABLE_LEFT = 1588 / 20;
const BLOCK_BOTTOM = (11906 - 1984) / 20;

interface RenderedLedger {
  pages: string[];
  words: PdfPageWords[];
  /** The header row's texts, as written. */
  headers: string[];
  /** Each column's left and right edge on the page, in points, from the grid written. */
  columns: { left: number; right: number }[];
  items: number;
}

/** Exports a notice's ledger, renders it in LibreOffice and keeps the pages as PNGs for a person to look at. */
async function renderLedger(notice: Notice, name: string): Promise<RenderedLedger> {
  const dir = mkdtempSync(join(tmpdir(), 'render-ledger-'));
  const docx = join(dir, `${name}.docx`);
  const templates = loadLayoutTemplates();
  await exportLedgerToFile(notice, docx, templates);
  const document = parseXml(docxParts(readFileSync(docx))['word/document.xml']!);
  const headers = nodes('w:tc', nodes('//w:tbl/w:tr', document)[0]!).map(text);
  let left = TABLE_LEFT;
  const columns = nodes('//w:tbl/w:tblGrid/w:gridCol', document).map((col) => {
    const width = Number(attr(col, 'w')) / 20;
    left += width;
    return { left: left - width, right: left };
  });
  const pdf = await renderDocxToPdf(docx, dir);
  const artifacts = join(projectRoot, 'tests', 'artifacts', 'ledger');
  mkdirSync(artifacts, { recursive: true });
  await pdfToPngs(pdf, artifacts, 50);
  return { pages: await pdfPages(pdf), words: await pdfWords(pdf), headers, columns, items: allItems(notice.checklist).length };
}

/** The words of a page's header row: those level with its 序号 (each header is one word: no spaces in it). */
function headerRow(page: PdfPageWords): PdfWord[] {
  const first = page.words.find((word) => word.text === '序号');
  return first ? page.words.filter((word) => Math.abs(word.yMin - first.yMin) < 1) : [];
}

/**
 * The lines printed inside one column, below the header row and above the
 * footer (whose — 2 — sits under 序号 on even pages), as a reader
 * reads them: the column's words, gathered by height (LibreOffice's gap
 * between Chinese and digits splits 2021年6月30日 into words at one height).
 */
function columnLines(page: PdfPageWords, column: { left: number; right: number }): string[] {
  const header = headerRow(page)[0];
  const words = page.words.filter(
    (word) => word.xMin >= column.left && word.xMax <= column.right && (!header || word.yMin > header.yMax) && word.yMax <= BLOCK_BOTTOM,
  );
  const lines: PdfWord[][] = [];
  for (const word of words) {
    const line = lines.find((l) => Math.abs(l[0]!.yMin - word.yMin) < 4);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((l) =>
    l
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(''),
  );
}

const ledgers: Record<string, RenderedLedger> = {};

beforeAll(async () => {
  await assertRenderTools();
  const templates = loadLayoutTemplates();
  const [items80, seed] = await Promise.all([
    renderLedger(ledgerNotice(templates, 80), 'ledger-80'),
    renderLedger(seedNotice(LARGEST_SEED), 'ledger-seed-000'),
  ]);
  ledgers['80 items'] = items80;
  ledgers['the largest real notice'] = seed;
  // The numbers the commit reports: before content-sized columns, 14 and 58 pages.
  console.log(`ledger pages: 80 items ${items80.pages.length}, largest seed ${seed.pages.length}`);
});

describe.each(['80 items', 'the largest real notice'])('the ledger of %s rendered by LibreOffice', (name) => {
  const ledger = () => ledgers[name]!;

  it('runs over landscape pages', () => {
    expect(ledger().pages.filter((p) => p.trim() !== '').length).toBeGreaterThanOrEqual(3);
    for (const page of ledger().words) expect(page.width).toBeGreaterThan(page.height);
  });

  it('repeats the whole header row at the top of every page, no header broken over two lines', () => {
    for (const [index, page] of ledger().words.entries()) {
      // Each header whole, level with 序号: a broken 整改时限 would show as 整改时 here.
      expect(
        headerRow(page).map((word) => word.text),
        `page ${index + 1}`,
      ).toEqual(ledger().headers);
    }
  });

  it('numbers every item 1…N in order in 序号, each number on one line', () => {
    const numbers = ledger().words.flatMap((page) => columnLines(page, ledger().columns[0]!));
    expect(numbers).toEqual(Array.from({ length: ledger().items }, (_, i) => String(i + 1)));
  });

  it('prints each date in 完成情况 whole on one line', () => {
    const column = ledger().columns[ledger().headers.indexOf('完成情况')]!;
    const lines = ledger().words.flatMap((page) => columnLines(page, column));
    const dates = lines.filter((line) => /[年月日]/u.test(line));
    expect(dates.length).toBeGreaterThan(0);
    for (const line of dates) expect(line).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/u);
  });
});

describe('the ledger of 80 items', () => {
  it('lists all 80 items once each, in order', () => {
    const all = ledgers['80 items']!.pages.join('\n').replace(/\s/g, '');
    const found = [...all.matchAll(/台账问题(\d+)：/g)].map((m) => Number(m[1]));
    expect(found).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  });

  it('gives 整改时限 its dates on one line', () => {
    const ledger = ledgers['80 items']!;
    const column = ledger.columns[ledger.headers.indexOf('整改时限')]!;
    const lines = ledger.words.flatMap((page) => columnLines(page, column));
    expect(lines).toEqual(Array.from({ length: 80 }, () => '2021年6月30日'));
  });

  it('takes two lines a row, as its two measures do: 10 pages at most, where fixed widths took 14', () => {
    expect(ledgers['80 items']!.pages.length).toBeLessThanOrEqual(10);
  });
});

describe('the ledger of the largest real notice', () => {
  it('gives the text columns the room: 40 pages at most, where fixed widths took 58', () => {
    expect(ledgers['the largest real notice']!.pages.length).toBeLessThanOrEqual(40);
  });
});
