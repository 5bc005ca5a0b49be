import { landscapeTextHeight, landscapeTextWidth } from '../layout/page-geometry';
import type { DocumentStyle } from '../layout/style';
import { ledgerColumnHeader, type LedgerColumn } from '../ledger/ledger-columns';
import type { LedgerRow } from '../ledger/ledger-rows';
import { CELL_MARGINS, CENTRED_COLUMNS, ledgerTableLayout } from '../ledger/ledger-table-layout';
import { centredLines } from './block-lines';
import { breakLines } from './break-lines';
import type { LedgerColumnBox, LedgerPage, LedgerPageRow, PageLine } from './page-types';
import type { TextMetrics } from './text-metrics';

/** The ledger as export-notice.ts attaches it: its rows, the setting's columns, its title. */
export interface LedgerInput {
  rows: readonly LedgerRow[];
  columns: readonly LedgerColumn[];
  title: string;
}

/**
 * One line of table text at single spacing, in em: LibreOffice gives a
 * line of 12 pt 仿宋 (Noto Serif CJK SC here) 345 twips, measured on the
 * rendered ledger (17.25 pt from line to line in a cell).
 */
export const TABLE_LINE_HEIGHT_EM = 345 / 240;

/**
 * What a row takes besides its lines, past the cell margins: its border.
 * Measured: one-line rows follow each other every 20.6 pt, 67 twips more
 * than their line.
 */
const ROW_BORDER = 11;

/** A cell's text as lines at a column's width: each line of the text is a paragraph and wraps on its own (the preview's and the .xlsx ledger's row heights). */
export function cellLines(text: string, width: number, style: DocumentStyle, metrics: TextMetrics, bold = false): string[] {
  const available = width - CELL_MARGINS.left - CELL_MARGINS.right;
  const setting = { size: style.sizes.table, spacing: 0, slot: 'table' as const };
  return text.split('\n').flatMap((paragraph) => {
    const broken = breakLines(
      [{ text: paragraph, role: 'body', ...(bold ? { bold } : {}) }],
      setting,
      { first: available, rest: available },
      metrics,
    );
    return broken.length === 0 ? [''] : broken.map((b) => b.runs.map((r) => r.text).join(''));
  });
}

interface MeasuredRow {
  row: LedgerRow;
  /** Item rows: each cell's lines. */
  cells: string[][];
  lines: number;
}

/** The first ledger page's 附件 label, blank, centred title and blank, one 579-twip line each (ledger-section.ts). */
function headingLines(title: string, style: DocumentStyle, metrics: TextMetrics): PageLine[] {
  const line = (runs: PageLine['runs'], align: PageLine['align'] = 'start'): PageLine => ({
    block: -1,
    runs,
    align,
    left: 0,
    right: 0,
    size: style.sizes.body,
  });
  return [
    line([{ text: '附件', role: 'heading1' }]),
    line([]),
    ...centredLines(-1, title, landscapeTextWidth(style), style, metrics).map((l) => ({ ...l, block: -1 })),
    line([]),
  ];
}

/**
 * The ledger on landscape pages after the notice: the heading on the first,
 * the header row on every page, then the rows. A row's height is its
 * tallest cell's lines at 12 pt single spacing plus the cell margins. A row
 * that does not fit breaks across the page where at least one line of it
 * fits (the export lets rows split); a group row never splits.
 */
export function layOutLedger(ledger: LedgerInput, style: DocumentStyle, metrics: TextMetrics): LedgerPage[] {
  const table = ledgerTableLayout(ledger.rows, ledger.columns, style);
  const columns: LedgerColumnBox[] = table.columns.map((c, i) => ({
    header: ledgerColumnHeader(c, table.columns),
    width: table.widths[i]!,
    centred: CENTRED_COLUMNS.has(c),
  }));
  const lineHeight = TABLE_LINE_HEIGHT_EM * style.sizes.table * 10;
  const padding = CELL_MARGINS.top + CELL_MARGINS.bottom + ROW_BORDER;
  const heightOf = (lines: number) => lines * lineHeight + padding;
  const headerLines = Math.max(...columns.map((c) => cellLines(c.header, c.width, style, metrics, true).length));
  const heading = headingLines(ledger.title, style, metrics);

  const measured: MeasuredRow[] = ledger.rows.map((row) => {
    if (row.kind === 'group') return { row, cells: [], lines: cellLines(row.text, table.width, style, metrics, true).length };
    const cells = table.columns.map((c, i) => cellLines(row.cells[c], table.widths[i]!, style, metrics));
    return { row, cells, lines: Math.max(...cells.map((c) => c.length)) };
  });

  const pages: LedgerPage[] = [];
  let rows: LedgerPageRow[] = [];
  let room = 0;
  const newPage = () => {
    rows = [];
    pages.push({ orientation: 'landscape', heading: pages.length === 0 ? heading : [], columns, rows });
    room = landscapeTextHeight(style) - (pages.length === 1 ? heading.length * style.page.linePitch : 0) - heightOf(headerLines);
  };
  newPage();
  for (const { row, cells, lines } of measured) {
    if (row.kind === 'group') {
      if (heightOf(lines) > room && rows.length > 0) newPage();
      rows.push({ kind: 'group', text: row.text });
      room -= heightOf(lines);
      continue;
    }
    let from = 0;
    let continued = false;
    while (from < lines) {
      const fit = Math.floor((room - padding) / lineHeight);
      const left = lines - from;
      if (fit < 1 && !(rows.length === 0)) {
        newPage();
        continue;
      }
      const take = Math.min(left, Math.max(fit, 1));
      rows.push({
        kind: 'item',
        itemId: row.itemId,
        cells: cells.map((c) => c.slice(from, from + take).join('\n')),
        height: heightOf(take),
        ...(continued ? { continued: true } : {}),
      });
      room -= heightOf(take);
      from += take;
      continued = true;
      if (from < lines) newPage();
    }
  }
  return pages;
}
