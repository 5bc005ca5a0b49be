import type { LedgerColumn } from './ledger-columns';
import type { LedgerRow } from './ledger-rows';

/**
 * The columns the table prints: the setting's columns, in its order, less
 * those empty in every item row (an empty column only takes room from the
 * text). 序号 stays whenever the setting has it, and a ledger with nothing in
 * any chosen column (or no items yet) keeps them all: a table with no columns
 * is no ledger, and an empty one is still a form to fill in.
 */
export function shownLedgerColumns(columns: readonly LedgerColumn[], rows: readonly LedgerRow[]): LedgerColumn[] {
  const items = rows.flatMap((row) => (row.kind === 'item' ? [row.cells] : []));
  if (items.length === 0) return [...columns];
  const shown = columns.filter((column) => column === 'number' || items.some((cells) => cells[column].trim() !== ''));
  return shown.length > 0 ? shown : [...columns];
}
