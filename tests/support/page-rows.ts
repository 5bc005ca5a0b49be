/**
 * Test support: which composed block each printed line of a rendered notice
 * belongs to, and on which page and grid row it sits, so pagination tests
 * can ask what a proofreader asks ("does this page end on a heading?",
 * "is the signature alone?") in terms of the notice's own paragraphs.
 */
import { blockText, type DocBlock } from '../../shared/document/blocks';
import { pageNumberOf, type PdfPageLines } from './render';

/** The top of the text block and the grid's line pitch, in PDF points (FORMAT.md). */
const TEXT_TOP = 2098 / 20;
const LINE_PITCH = 579 / 20;
export const ROWS_PER_PAGE = 22;

/** One printed row of the text block. */
export interface PrintedRow {
  /** 0-based page index in the PDF. */
  page: number;
  /** 0-based grid row, 0 … 21. */
  row: number;
  /** The row's text without the spaces pdftotext adds for layout. */
  text: string;
}

/** A printed row with the block it belongs to. */
export interface PlacedRow extends PrintedRow {
  block: number;
  /** Which of the block's printed rows this is, from 0. */
  line: number;
}

/**
 * Every text row of the given pages, footers left out, top to bottom. A row
 * is found from the middle of its line box, so the title's bigger type and
 * the heading fonts land on the same rows as body text; boxes pdftotext
 * split at wide spaces are joined back.
 */
export function printedRows(pages: readonly PdfPageLines[]): PrintedRow[] {
  const out: PrintedRow[] = [];
  pages.forEach((page, index) => {
    const rows = new Map<number, { x: number; text: string }[]>();
    for (const line of page.lines) {
      if (pageNumberOf(line.text) !== null) continue;
      const row = Math.floor(((line.yMin + line.yMax) / 2 - TEXT_TOP) / LINE_PITCH);
      rows.set(row, [...(rows.get(row) ?? []), { x: line.xMin, text: line.text }]);
    }
    for (const [row, pieces] of [...rows].sort((a, b) => a[0] - b[0])) {
      const text = pieces
        .sort((a, b) => a.x - b.x)
        .map((p) => p.text)
        .join('')
        .replace(/\s/g, '');
      out.push({ page: index, row, text });
    }
  });
  return out;
}

/** What a block prints, one entry per paragraph of the file (title lines and signature lines apart). */
function printedTexts(block: DocBlock): string[] {
  switch (block.kind) {
    case 'title':
      return block.lines;
    case 'blank':
      return [];
    case 'paragraph':
      return [blockText(block)];
    case 'signature':
      return [block.organisation, block.date].filter((t) => t !== '');
  }
}

/**
 * Text as compared: without white space and punctuation. LibreOffice 7.4
 * sometimes leaves out a full stop it would hang in the margin (seen at
 * 协议。2016, before half-width digits), and the rows are found all the same.
 */
function comparable(text: string): string {
  return text.replace(/[\s\p{P}]/gu, '');
}

/**
 * Assigns the rows to the blocks in order, each block taking rows until
 * their text adds up to its own. Rows after the last block (an attached
 * ledger) are left out. Throws where the text does not match: then the
 * counts a test would make are meaningless.
 */
export function placeRows(blocks: readonly DocBlock[], rows: readonly PrintedRow[]): PlacedRow[] {
  const placed: PlacedRow[] = [];
  let at = 0;
  blocks.forEach((block, index) => {
    let line = 0;
    for (const text of printedTexts(block)) {
      const expected = comparable(text);
      let seen = '';
      while (seen.length < expected.length) {
        const row = rows[at];
        if (!row) throw new Error(`the PDF ends inside block ${index}: ${expected}`);
        seen += comparable(row.text);
        if (!expected.startsWith(seen)) {
          throw new Error(
            `block ${index} does not match the PDF on page ${row.page + 1}, row ${row.row + 1}:\n  block: ${expected}\n  PDF:   ${seen}`,
          );
        }
        placed.push({ ...row, block: index, line: line++ });
        at++;
      }
    }
  });
  return placed;
}
