import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLedgerFile } from '../../main/export/ledger-file';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { pdfLines, pdfPages, pdfToPngs, pdfWords, projectRoot, renderDocxToPdf } from '../support/render';
import { LARGEST_SEED, seedNotice } from '../support/seed-notice';

/** What pdftotext gives of a line, without the spaces it puts in for layout. */
const squeezed = (text: string) => text.replace(/\s+/gu, '');

describe('the .xlsx ledger opened by LibreOffice Calc', () => {
  it('converts to landscape pages: the title on the first, the header and the page number on each, every item’s row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-ledger-xlsx-'));
    const xlsx = join(dir, '整改台账.xlsx');
    const notice = seedNotice(LARGEST_SEED);
    await exportLedgerFile(notice, xlsx, loadLayoutTemplates());
    const pdf = await renderDocxToPdf(xlsx, dir);
    // Kept for a person to look at: tests/artifacts/ledger-xlsx.
    const artifacts = join(projectRoot, 'tests', 'artifacts', 'ledger-xlsx');
    mkdirSync(artifacts, { recursive: true });
    await pdfToPngs(pdf, artifacts, 50);

    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(squeezed(pages[0]!)).toContain('中共东莞市民政局党组巡察反馈问题整改台账');
    // The header's words on every page, each a word of its own: read as one string, a merged cell
    // continued from the page before can have its clipped text drawn in between.
    const words = await pdfWords(pdf);
    const header = ['序号', '反馈问题', '整改措施', '责任单位', '完成情况', '整改进展'];
    for (const [i, page] of pages.entries()) {
      expect(
        header.filter((h) => !words[i]!.words.some((word) => word.text === h)),
        `page ${i + 1}`,
      ).toEqual([]);
      expect(squeezed(page), `page ${i + 1}`).toContain(`第${i + 1}页，共${pages.length}页`);
    }
    for (const page of await pdfLines(pdf)) expect(page.width).toBeGreaterThan(page.height);
    // Every item's row is printed: its number under 序号, 1 to 28 in order.
    const numbers = words.flatMap((page) => {
      const header = page.words.find((word) => word.text === '序号')!;
      return page.words
        .filter((word) => word.yMin > header.yMax && word.xMax <= header.xMax + 6 && /^\d+$/u.test(word.text))
        .map((word) => Number(word.text));
    });
    expect(numbers).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });
});
