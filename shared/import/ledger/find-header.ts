import { fieldOfHeader, type LedgerField } from './ledger-fields';
import { cellContent, ownCellTexts, type LedgerTable } from './ledger-table';

/** One column as the mapping step shows it. */
export interface LedgerColumnInfo {
  index: number;
  /** The header as the file writes it (both rows of a two-row header, joined by ／). */
  header: string;
  /** The first few values under it. */
  samples: string[];
  /** What the header says it holds; null when the header is not one the importer knows. */
  field: LedgerField | null;
  /** The column has values under its header (an empty column needs no mapping). */
  hasData: boolean;
}

/** Where a ledger's parts are: the title, the header row(s), the columns. */
export interface LedgerShape {
  /** The title row's text (XX党委巡察反馈问题整改台账), or null. */
  title: string | null;
  /** Rows above the header other than the title (填报单位：… 日期：…), kept for a warning. */
  above: { line: number; text: string }[];
  /** Index (in table.rows) of the first row under the header. */
  firstDataRow: number;
  /** Index (in table.rows) after the table's last row: where another table on the sheet begins, or the end. */
  endRow: number;
  /** The row number another table on the same sheet starts at (its caption, or its header), or null. */
  nextTableLine: number | null;
  /** The header's (last) row's number, for messages. */
  headerLine: number;
  columns: LedgerColumnInfo[];
}

/** Rows the header is looked for in: titles and unit lines never take more. */
const HEADER_SEARCH_ROWS = 15;
const SAMPLES = 3;

/**
 * The header of a ledger: the row among the first that names the most
 * known columns (序号, 反馈问题, 整改措施 …), possibly with a second header
 * row under it (a merged 整改情况 over 完成情况 and 整改进展); the single
 * text above it is the title; the table ends where another begins under it.
 * Null when the table has no row of two cells.
 */
export function findLedgerShape(table: LedgerTable): LedgerShape | null {
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  const known = knownHeaderRow(table);
  let best = known.row;
  const bestScore = known.score;
  if (bestScore < 2) {
    // No header the importer knows: the first row of several cells is the header, to be mapped by hand.
    best = -1;
    for (let r = 0; r < limit && best === -1; r++) if (ownTexts(table, r).length >= 2) best = r;
    if (best === -1) return null;
  }
  const second = best + 1 < table.rows.length && isSecondHeaderRow(table, best) ? best + 1 : null;
  const firstDataRow = (second ?? best) + 1;
  const endRow = nextTableStart(table, best, firstDataRow);
  const columns: LedgerColumnInfo[] = [];
  for (let c = 0; c < table.columnCount; c++) {
    const top = cellContent(table, best, c).text.trim();
    const bottomCell = second === null ? null : table.rows[second]!.cells[c]!;
    const bottom = bottomCell && !(bottomCell.master && bottomCell.master.row < second!) ? bottomCell.text.trim() : '';
    const field = (bottom !== '' ? fieldOfHeader(bottom) : null) ?? fieldOfHeader(top);
    const header = bottom !== '' && bottom !== top ? (top !== '' ? `${top}／${bottom}` : bottom) : top;
    columns.push({ index: c, header: header.replace(/\s+/gu, ''), field, ...columnData(table, c, firstDataRow, endRow) });
  }
  const { title, above } = titleAbove(table, best);
  const nextTableLine = endRow < table.rows.length ? table.rows[endRow]!.line : null;
  return { title, above, firstDataRow, endRow, nextTableLine, headerLine: table.rows[second ?? best]!.line, columns };
}

/** Whether the table has a header the importer knows (two known columns or more): a cover sheet of notes has none. */
export function hasKnownHeader(table: LedgerTable): boolean {
  return knownHeaderRow(table).score >= 2;
}

/** The row among the first that names the most known columns, and how many. */
function knownHeaderRow(table: LedgerTable): { row: number; score: number } {
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  let row = -1;
  let score = 0;
  for (let r = 0; r < limit; r++) {
    const known = knownFields(table, r);
    if (known > score) {
      row = r;
      score = known;
    }
  }
  return { row, score };
}

/**
 * Where a second table on the sheet begins (立行立改问题清单, then 序号 |
 * 问题 | 整改情况 again): a row under the data that is a header again (most
 * of its cells known header words), together with a caption row of one
 * text just above it. Its rows are no items of the first table.
 */
function nextTableStart(table: LedgerTable, header: number, from: number): number {
  const headerTexts = ownTexts(table, header).join('|');
  for (let r = from; r < table.rows.length; r++) {
    if (!looksLikeHeader(table, r)) continue;
    const texts = ownTexts(table, r);
    // The same header again (a printed ledger repeats it on every page) goes on with the same table.
    if (texts.join('|') === headerTexts) continue;
    let start = r;
    let above = r - 1;
    while (above >= from && ownTexts(table, above).length === 0) above--;
    if (above >= from && ownTexts(table, above).length === 1) start = above;
    return start;
  }
  return table.rows.length;
}

/** A row that is a header: two known header words or more, and they are most of its cells. */
function looksLikeHeader(table: LedgerTable, r: number): boolean {
  const known = knownFields(table, r);
  return known >= 2 && known * 2 >= ownTexts(table, r).length;
}

/** How many different known fields a row's cells name. */
function knownFields(table: LedgerTable, r: number): number {
  const fields = new Set<LedgerField>();
  for (const text of ownTexts(table, r)) {
    // A header cell is short; a long text is data that happens to end in 问题.
    if (Array.from(text).length > 16) continue;
    const field = fieldOfHeader(text);
    if (field) fields.add(field);
  }
  return fields.size;
}

/** The texts a row holds itself (not those of merges reaching into it). */
function ownTexts(table: LedgerTable, r: number): string[] {
  return ownCellTexts(table.rows[r]!.cells);
}

/**
 * A header's second row: under a header cell merged across columns (整改情况
 * over 完成情况 | 整改进展), or beside header cells merged down into it, with
 * known header words of its own and nothing that reads as data.
 */
function isSecondHeaderRow(table: LedgerTable, r: number): boolean {
  const top = table.rows[r]!.cells;
  const next = table.rows[r + 1]!.cells;
  const mergedAcross = top.some((cell) => cell.master && cell.master.row === r);
  const mergedDown = next.some((cell) => cell.master && cell.master.row === r);
  // Without merges (the words written again in every cell), a row of header words right under the header is its second row.
  if (!mergedAcross && !mergedDown) return looksLikeHeader(table, r + 1);
  const own = next.filter((cell) => !cell.master && cell.text.trim() !== '');
  if (own.length === 0 || own.some((cell) => Array.from(cell.text.trim()).length > 16)) return false;
  return own.some((cell) => fieldOfHeader(cell.text) !== null);
}

function columnData(table: LedgerTable, c: number, from: number, end: number): { samples: string[]; hasData: boolean } {
  const samples: string[] = [];
  let hasData = false;
  for (let r = from; r < end; r++) {
    const cell = table.rows[r]!.cells[c]!;
    if (cell.master || cell.text.trim() === '') continue;
    hasData = true;
    const text = cell.text.replace(/\s+/gu, ' ').trim();
    const sample = Array.from(text).length > 40 ? `${Array.from(text).slice(0, 40).join('')}…` : text;
    if (!samples.includes(sample)) samples.push(sample);
    if (samples.length >= SAMPLES) break;
  }
  return { samples, hasData };
}

/** The title (the first row above the header that holds one text) and the other rows above. */
function titleAbove(table: LedgerTable, header: number): { title: string | null; above: { line: number; text: string }[] } {
  let title: string | null = null;
  const above: { line: number; text: string }[] = [];
  for (let r = 0; r < header; r++) {
    const texts = ownTexts(table, r);
    if (texts.length === 0) continue;
    const text = texts.join(' ').replace(/\s+/gu, ' ');
    // 附件1 above a ledger's title labels the attachment; it is not the title.
    if (title === null && texts.length === 1 && !/^附件\s*[\d一二三四五六七八九十]*\s*[:：]?$/u.test(text))
      title = text.replace(/\s+/gu, '');
    else above.push({ line: table.rows[r]!.line, text });
  }
  return { title, above };
}
