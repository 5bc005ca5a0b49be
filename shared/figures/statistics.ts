import { ITEM_STATUSES, type ChecklistNode, type Item, type ItemStatus } from '../model/notice';
import { allItems } from '../model/tree';
import { computeFigures, percentage } from './compute-figures';

/** The row of items whose unit (or leader) cell is empty; always listed last. */
export const UNFILLED = '未填写';

/** One responsible unit or leader and how its items stand. */
export interface ResponsibilityRow {
  /** The unit or leader as written (one of the names of its cell), or UNFILLED. */
  name: string;
  total: number;
  byStatus: Record<ItemStatus, number>;
  /** 已完成 / total in percent, one decimal: the definition of computeFigures. */
  completionRate: number | null;
}

/** One status: how many items have it and their share of all items. */
export interface StatusRow {
  status: ItemStatus;
  count: number;
  /** Percent of all items, one decimal; null with no items. */
  share: number | null;
}

export interface Statistics {
  /** Every item once; the 合计 of every table. */
  overall: ResponsibilityRow;
  byStatus: StatusRow[];
  byUnit: ResponsibilityRow[];
  byLeader: ResponsibilityRow[];
}

/**
 * Separators between the names of several units in one cell
 * (“区财政局、区审计局”, “办公室/人事科”, “财务科，审计科”), and the line
 * break, full-width space or run of spaces a ledger cell or a pasted list
 * puts between them. One ordinary space is kept: it may be inside a name.
 */
const UNIT_SEPARATORS = /(?:[、，,；;/／\n\r\u3000]|\s{2,})+/u;
/**
 * For leaders 、 does not separate: it joins the posts one person holds
 * (“局党组书记、局长”), which must stay one row. Two people are written with
 * ，；/ as often, and a cell not split is still counted, just as one row.
 */
const LEADER_SEPARATORS = /[，,；;/／\n]+/u;

/**
 * Counts of a checklist by status, by responsible unit and by responsible
 * leader, every item at any depth counted once per row it belongs to. An
 * item naming several units counts under each of them: the office reports
 * each named unit as responsible for it, so the rows may add up to more than
 * the total (the 合计 row is `overall`, every item once).
 */
export function computeStatistics(checklist: readonly ChecklistNode[]): Statistics {
  const overall = row('合计', allItems(checklist));
  return {
    overall,
    byStatus: ITEM_STATUSES.map((status) => ({
      status,
      count: overall.byStatus[status],
      share: percentage(overall.byStatus[status], overall.total),
    })),
    byUnit: responsibilityRows(checklist, (item) => namesIn(item.responsibleUnit, UNIT_SEPARATORS)),
    byLeader: responsibilityRows(checklist, (item) => namesIn(item.responsibleLeader, LEADER_SEPARATORS)),
  };
}

/** The distinct names of a cell, trimmed, in the order written. */
function namesIn(cell: string, separators: RegExp): string[] {
  return [
    ...new Set(
      cell
        .split(separators)
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    ),
  ];
}

/** Rows by count, then by first appearance; the items naming nobody last, as UNFILLED. */
function responsibilityRows(checklist: readonly ChecklistNode[], names: (item: Item) => string[]): ResponsibilityRow[] {
  const byName = new Map<string, Item[]>();
  const unfilled: Item[] = [];
  for (const item of allItems(checklist)) {
    const named = names(item);
    if (named.length === 0) unfilled.push(item);
    for (const name of named) {
      const list = byName.get(name);
      if (list) list.push(item);
      else byName.set(name, [item]);
    }
  }
  // Array.prototype.sort is stable: equal counts keep the Map's order, which is first appearance.
  const rows = [...byName].map(([name, items]) => row(name, items)).sort((a, b) => b.total - a.total);
  return unfilled.length > 0 ? [...rows, row(UNFILLED, unfilled)] : rows;
}

/** computeFigures over a row's own items, so a row's rate is the notice's rate computed the same way. */
function row(name: string, items: readonly Item[]): ResponsibilityRow {
  const { total, byStatus, completionRate } = computeFigures(items);
  return { name, total, byStatus, completionRate };
}
