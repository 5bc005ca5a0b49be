import { ITEM_STATUSES, type ChecklistNode, type ItemFigures, type ItemStatus } from '../model/notice';
import { allItems } from '../model/tree';

/** The summary figures of a checklist, computed from its items, never typed. */
export interface Figures {
  /** Problems fed back: one per item (an item in parts is still one problem). */
  total: number;
  byStatus: Record<ItemStatus, number>;
  /** Completed (已完成 only) as a percentage with one decimal, e.g. 85.7; null with no items. */
  completionRate: number | null;
  moneyRecoveredFen: number;
  moneyToRecoverFen: number;
  rulesMade: number;
  peopleHeld: number;
}

/** Counts and sums over every item of the tree, at any depth; figures an item lacks count as nothing. */
export function computeFigures(checklist: readonly ChecklistNode[]): Figures {
  const items = allItems(checklist);
  const byStatus = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  for (const item of items) byStatus[item.status] += 1;
  const sums = sumFigures(items);
  const total = items.length;
  return {
    total,
    byStatus,
    completionRate: percentage(byStatus.done, total),
    moneyRecoveredFen: sums.moneyRecoveredFen ?? 0,
    moneyToRecoverFen: sums.moneyToRecoverFen ?? 0,
    rulesMade: sums.rulesMade ?? 0,
    peopleHeld: sums.peopleHeld ?? 0,
  };
}

/**
 * The figures of every item added up, at any depth: the one sum behind the
 * figures sentence, the summary panel and the command line. A figure no item
 * records stays null, so the panel can show “—” rather than claim a 0.
 */
export function sumFigures(nodes: readonly ChecklistNode[]): ItemFigures {
  const total: ItemFigures = { moneyRecoveredFen: null, moneyToRecoverFen: null, rulesMade: null, peopleHeld: null };
  for (const item of allItems(nodes)) {
    for (const key of Object.keys(total) as (keyof ItemFigures)[]) {
      const value = item.figures[key];
      if (typeof value === 'number') total[key] = (total[key] ?? 0) + value;
    }
  }
  return total;
}

/** A part of a whole in percent, rounded half up to one decimal (85.7); null for a whole of nothing. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/**
 * Fen as yuan with two decimals. Notices write amounts without grouping
 * (3032436.00): the document, the ledger, the versions' comparison. The
 * summary panel reads them grouped as Chinese finance writes them
 * (3,032,436.00).
 */
export function formatYuan(fen: number, options: { grouped?: boolean } = {}): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100));
  const yuan = options.grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** A completion rate as printed: 85.7% (one decimal always). */
export function formatRate(rate: number): string {
  return `${rate.toFixed(1)}%`;
}
