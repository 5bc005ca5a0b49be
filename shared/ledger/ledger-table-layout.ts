import { landscapeTextWidth } from '../layout/page-geometry';
import type { DocumentStyle } from '../layout/style';
import type { LedgerColumn } from './ledger-columns';
import type { LedgerRow } from './ledger-rows';
import { ledgerColumnWidths } from './ledger-widths';
import { shownLedgerColumns } from './shown-columns';

/** A cell's margins, twips: about a quarter of a character each side. */
export const CELL_MARGINS = { left: 57, right: 57, top: 28, bottom: 28 } as const;

/** Columns whose short entries (a number, a name, a date, a status) are centred in their cells. */
export const CENTRED_COLUMNS: ReadonlySet<LedgerColumn> = new Set([
  'number',
  'leader',
  'deadline',
  'completion',
  'daysLeft',
  'moneyRecovered',
  'rulesMade',
  'peopleHeld',
]);

/** The ledger table as printed across a landscape page: which columns, how wide (twips, summing to `width`). */
export interface LedgerTableLayout {
  columns: LedgerColumn[];
  widths: number[];
  width: number;
}

/**
 * The columns the ledger table prints and their widths, from what the rows
 * hold: what the .docx writer writes and what the paged preview draws.
 */
export function ledgerTableLayout(
  rows: readonly LedgerRow[],
  settingColumns: readonly LedgerColumn[],
  style: DocumentStyle,
): LedgerTableLayout {
  const width = landscapeTextWidth(style);
  const columns = shownLedgerColumns(settingColumns, rows);
  const widths = ledgerColumnWidths(columns, rows, {
    width,
    fontSize: style.sizes.table,
    cellMargins: CELL_MARGINS.left + CELL_MARGINS.right,
  });
  return { columns, widths, width };
}
