import type { IsoDate } from '../../text/dates';

/**
 * One cell of a ledger as the file shows it: its text (line breaks kept as
 * \n) and, for a spreadsheet cell that holds a real date, that date.
 */
export interface LedgerCell {
  text: string;
  /** A date the spreadsheet stores as a date (not as text). */
  date: IsoDate | null;
  /** For a cell covered by a merge but not its top-left: where the merge starts (row and column index in the table). */
  master: { row: number; col: number } | null;
}

/** A row of the table with the number the user finds it under (the spreadsheet's row, the Word table's row). */
export interface LedgerSourceRow {
  line: number;
  cells: LedgerCell[];
}

/**
 * A ledger's table as read from an .xlsx sheet or a Word table: every row
 * from the top (title rows included), each padded to the same width.
 * Reading files into this shape is main/import's job.
 */
export interface LedgerTable {
  rows: LedgerSourceRow[];
  columnCount: number;
  /** Warnings the reader already has (other sheets left out …), in the importer's shape. */
  notes: { message: string; line: number | null; excerpt: string }[];
}

export function emptyCell(): LedgerCell {
  return { text: '', date: null, master: null };
}

/** A cell's own content or, inside a merge, the content of the merge's top-left cell. */
export function cellContent(table: LedgerTable, row: number, col: number): LedgerCell {
  const cell = table.rows[row]?.cells[col] ?? emptyCell();
  if (!cell.master) return cell;
  return table.rows[cell.master.row]?.cells[cell.master.col] ?? emptyCell();
}

/** The texts a row's cells hold themselves (not those of merges reaching into them), trimmed. */
export function ownCellTexts(cells: readonly LedgerCell[]): string[] {
  return cells.filter((c) => !c.master && c.text.trim() !== '').map((c) => c.text.trim());
}
