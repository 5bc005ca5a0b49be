import { ITEM_STATUSES, type ChecklistNode, type ItemStatus } from '../model/notice';
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
  let moneyRecoveredFen = 0;
  let moneyToRecoverFen = 0;
  let rulesMade = 0;
  let peopleHeld = 0;
  for (const item of items) {
    byStatus[item.status] += 1;
    moneyRecoveredFen += item.figures.moneyRecoveredFen ?? 0;
    moneyToRecoverFen += item.figures.moneyToRecoverFen ?? 0;
    rulesMade += item.figures.rulesMade ?? 0;
    peopleHeld += item.figures.peopleHeld ?? 0;
  }
  const total = items.length;
  return {
    total,
    byStatus,
    completionRate: percentage(byStatus.done, total),
    moneyRecoveredFen,
    moneyToRecoverFen,
    rulesMade,
    peopleHeld,
  };
}

/** A part of a whole in percent, rounded half up to one decimal (85.7); null for a whole of nothing. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** Fen as yuan with two decimals and no grouping, as notices write amounts: 3032436.00. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A completion rate as printed: 85.7% (one decimal always). */
export function formatRate(rate: number): string {
  return `${rate.toFixed(1)}%`;
}
