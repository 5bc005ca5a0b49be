import type { DocumentStyle } from '../../shared/layout/style';
import type { LedgerColumn } from '../../shared/ledger/ledger-columns';
import { centredLines } from '../../shared/preview/block-lines';
import { cellLines, TABLE_LINE_HEIGHT_EM } from '../../shared/preview/ledger-pages';
import { DEJAVU_FALLBACK_METRICS } from '../../shared/preview/text-metrics';

/**
 * Row heights are set, never left to the program that opens the file:
 * LibreOffice keeps an unset row at one line, and none of Excel, WPS or
 * LibreOffice fits a merged row to its text. Lines are counted as the
 * preview counts the .docx ledger's (its line breaking, at the cell's
 * width less the .docx's cell margins, wider than a sheet's), with the
 * wider digits of LibreOffice's stand-in font, so a height never falls short.
 */
const METRICS = DEJAVU_FALLBACK_METRICS;

/** The tallest row Excel and WPS keep, points; a taller one is cut to it. */
export const MAX_ROW_HEIGHT_PT = 409;

/** Points above and below a row's lines: the cell's own margin and its border. */
const ROW_PADDING_PT = 4;

/**
 * Lines an item's row holds at most before its long columns go on in the
 * next row: 20 lines of 12 pt are 345 pt, under MAX_ROW_HEIGHT_PT and well
 * inside a landscape page, so a row never has to be cut in print (a sheet
 * row cannot break across pages as a Word table row does).
 */
export const ROW_LINES = 20;

/** The height of a row of `lines` lines of text at `sizePt`, capped where Excel caps it. */
export function rowHeight(lines: number, sizePt: number): number {
  return Math.min(MAX_ROW_HEIGHT_PT, Math.ceil(lines * TABLE_LINE_HEIGHT_EM * sizePt + ROW_PADDING_PT));
}

/** Lines of table text a cell's text takes at a column width (twips). */
export function tableLines(text: string, widthTwips: number, style: DocumentStyle, bold = false): number {
  return cellLines(text, widthTwips, style, METRICS, bold).length;
}

/** Lines the title takes across the table, in the title's size. */
export function titleLines(title: string, widthTwips: number, style: DocumentStyle): number {
  return Math.max(1, centredLines(-1, title, widthTwips, style, METRICS).length);
}

/**
 * The columns whose paragraphs may go on in the item's next rows: the
 * ledger importer reads a row whose 反馈问题 is merged down from the row
 * above as more 整改措施 and 整改进展 of that item (ledger-checklist.ts).
 * Every other column is one cell merged down the item's rows.
 */
export const CONTINUED_COLUMNS: ReadonlySet<LedgerColumn> = new Set(['measures', 'progress']);

/** One sheet row of an item: the text of each continued column in it, and its height in lines. */
export interface ItemPart {
  texts: Map<LedgerColumn, string>;
  lines: number;
}

/**
 * An item's sheet rows. An item of ROW_LINES lines or fewer is one row;
 * a longer one puts its 整改措施 and 整改进展 on as many rows as their whole
 * paragraphs need (ROW_LINES each; a paragraph is never cut between rows,
 * as it would read back as two), while the other columns' cells span all
 * the rows. The last row grows when a spanning cell needs more lines than
 * the rows give.
 */
export function itemParts(
  cells: Record<LedgerColumn, string>,
  columns: readonly LedgerColumn[],
  widths: readonly number[],
  style: DocumentStyle,
): ItemPart[] {
  const linesOf = (text: string, i: number) => tableLines(text, widths[i]!, style);
  const whole = Math.max(1, ...columns.map((c, i) => linesOf(cells[c], i)));
  if (whole <= ROW_LINES)
    return [{ texts: new Map(columns.filter((c) => CONTINUED_COLUMNS.has(c)).map((c) => [c, cells[c]])), lines: whole }];

  const chunked = new Map<LedgerColumn, { text: string; lines: number }[]>();
  columns.forEach((column, i) => {
    if (CONTINUED_COLUMNS.has(column))
      chunked.set(
        column,
        chunks(cells[column], (p) => linesOf(p, i)),
      );
  });
  const count = Math.max(1, ...[...chunked.values()].map((c) => c.length));
  const parts: ItemPart[] = Array.from({ length: count }, (_, r) => ({
    texts: new Map([...chunked].map(([column, list]) => [column, list[r]?.text ?? ''])),
    lines: Math.max(1, ...[...chunked.values()].map((list) => list[r]?.lines ?? 0)),
  }));
  const spanning = Math.max(1, ...columns.map((c, i) => (CONTINUED_COLUMNS.has(c) ? 0 : linesOf(cells[c], i))));
  const given = parts.reduce((sum, p) => sum + p.lines, 0);
  if (spanning > given) parts[parts.length - 1]!.lines += spanning - given;
  return parts;
}

/** A cell's paragraphs gathered into runs of ROW_LINES lines at most (a longer paragraph alone). */
function chunks(text: string, lines: (paragraph: string) => number): { text: string; lines: number }[] {
  const result: { paragraphs: string[]; lines: number }[] = [];
  for (const paragraph of text === '' ? [] : text.split('\n')) {
    const n = lines(paragraph);
    const last = result[result.length - 1];
    if (last && last.lines + n <= ROW_LINES) {
      last.paragraphs.push(paragraph);
      last.lines += n;
    } else {
      result.push({ paragraphs: [paragraph], lines: n });
    }
  }
  return result.map((r) => ({ text: r.paragraphs.join('\n'), lines: r.lines }));
}
