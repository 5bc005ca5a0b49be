/**
 * Test support: the paged preview (shared/preview) set beside LibreOffice's
 * rendering of the exported .docx, line by line.
 */
import type { PreviewPage } from '../../shared/preview/page-types';
import { printedRows } from './page-rows';
import type { PdfPageLines } from './render';

/** A page's lines as compared: the text of each grid row, by row. */
export type ComparedPage = Map<number, string>;

/** Text as compared: without white space and punctuation (pdftotext drops or moves some hung marks). */
export function comparable(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** LibreOffice's portrait (notice) pages and the number of landscape (ledger) pages after them. */
export function renderedPages(pages: readonly PdfPageLines[]): { notice: ComparedPage[]; ledgerPages: number } {
  const portrait = pages.filter((p) => p.width < p.height);
  const rows = printedRows(portrait);
  const notice: ComparedPage[] = portrait.map(() => new Map());
  for (const row of rows) {
    const text = comparable(row.text);
    if (text !== '') notice[row.page]!.set(row.row, text);
  }
  return { notice, ledgerPages: pages.length - portrait.length };
}

/** The preview's notice pages, compared the same way (blank lines print nothing), and its ledger page count. */
export function previewPages(pages: readonly PreviewPage[]): { notice: ComparedPage[]; ledgerPages: number } {
  const notice: ComparedPage[] = [];
  for (const page of pages) {
    if (page.orientation !== 'portrait') continue;
    const rows: ComparedPage = new Map();
    page.lines.forEach((line, row) => {
      const text = comparable(line.runs.map((r) => r.text).join(''));
      if (text !== '') rows.set(row, text);
    });
    notice.push(rows);
  }
  return { notice, ledgerPages: pages.length - notice.length };
}

/** The first printed text of each page. */
export function pageStarts(pages: readonly ComparedPage[]): string[] {
  return pages.map((page) => [...page.entries()].sort((a, b) => a[0] - b[0])[0]?.[1] ?? '');
}

export interface LineAgreement {
  /** Printed lines of LibreOffice's notice pages. */
  lines: number;
  /** Of them, those the preview has on the same page and row with the same text. */
  same: number;
  /** The first lines that differ, for a person calibrating. */
  differences: string[];
}

/** How many of LibreOffice's lines the preview puts on the same page, row and text. */
export function lineAgreement(rendered: readonly ComparedPage[], preview: readonly ComparedPage[], shown = 3): LineAgreement {
  let lines = 0;
  let same = 0;
  const differences: string[] = [];
  rendered.forEach((page, index) => {
    for (const [row, text] of page) {
      lines += 1;
      const ours = preview[index]?.get(row);
      if (ours === text) same += 1;
      else if (differences.length < shown)
        differences.push(`page ${index + 1} row ${row + 1}: LibreOffice ${text} / preview ${ours ?? '(none)'}`);
    }
  });
  return { lines, same, differences };
}
