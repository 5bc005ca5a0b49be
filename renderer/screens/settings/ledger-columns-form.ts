import { LEDGER_COLUMNS, type LedgerColumn } from '../../../shared/ledger/ledger-columns';

/**
 * The ledger columns as the 设置 list shows them: every column, the chosen
 * ones first in their order, the others after in their default order.
 */
export function listedColumns(chosen: readonly LedgerColumn[]): LedgerColumn[] {
  return [...chosen, ...LEDGER_COLUMNS.filter((column) => !chosen.includes(column))];
}

/**
 * The list to show for `chosen`: the one on screen while it still agrees
 * with it, so a column unticked keeps its place until the next visit;
 * otherwise (放弃修改, 恢复默认, a reload) the list made from `chosen`.
 */
export function reconcileListed(listed: readonly LedgerColumn[], chosen: readonly LedgerColumn[]): LedgerColumn[] {
  const agrees =
    listed.length === LEDGER_COLUMNS.length &&
    sameColumns(
      listed.filter((c) => chosen.includes(c)),
      chosen,
    );
  return agrees ? [...listed] : listedColumns(chosen);
}

/** The chosen columns once `column` is ticked or unticked, in the order listed. */
export function toggleColumn(
  listed: readonly LedgerColumn[],
  chosen: readonly LedgerColumn[],
  column: LedgerColumn,
  include: boolean,
): LedgerColumn[] {
  return listed.filter((c) => (c === column ? include : chosen.includes(c)));
}

/** The listed columns with one moved from `from` to `to`. */
export function moveColumn(listed: readonly LedgerColumn[], from: number, to: number): LedgerColumn[] {
  const next = [...listed];
  const [moved] = next.splice(from, 1);
  if (moved === undefined || to < 0 || to > next.length) return [...listed];
  next.splice(to, 0, moved);
  return next;
}

export function sameColumns(a: readonly LedgerColumn[], b: readonly LedgerColumn[]): boolean {
  return a.length === b.length && a.every((column, i) => column === b[i]);
}
