import type { Layout } from '../layout/layout';
import { ledgerRows } from '../ledger/ledger-rows';
import { DEFAULT_STATUS_LABELS, type ChecklistNode, type Item, type ItemStatus } from '../model/notice';
import { allItems } from '../model/tree';
import { formatChineseDate, type IsoDate } from '../text/dates';
import {
  DEADLINE_COLOUR_LABELS,
  DEADLINE_COLOURS,
  daysLeftText,
  deadlineStanding,
  deadlineText,
  DEFAULT_DUE_SOON_DAYS,
  type DeadlineColour,
} from './deadlines';

/** What the overview's standings are taken against: the day it is read, the feedback date, the warning days, the office's words. */
export interface OverviewContext {
  today: IsoDate;
  feedbackDate: IsoDate | null;
  dueSoonDays?: number;
  statusLabels?: Record<ItemStatus, string>;
}

/** One item as 整改总览 (the app's and the command line's) lists it. */
export interface OverviewRow {
  itemId: string;
  /** 1…N through the notice, as the ledger numbers its rows. */
  number: number;
  /** The problem as fed back; for an item fed back only in parts, its parts' problems. */
  problem: string;
  /** The headings of the groups it sits in, outermost first, as the ledger prints them. */
  groups: string[];
  status: ItemStatus;
  statusLabel: string;
  /** 整改时限 as the ledger prints it: the date, 立行立改 or 长期坚持. */
  deadline: string;
  /** The day it is due, if it has one (立行立改: the feedback date when no date is set). */
  due: IsoDate | null;
  daysLeft: number | null;
  /** 剩余天数 in words: 还剩5天, 今日到期, 超期3天; empty with nothing to count. */
  daysLeftText: string;
  colour: DeadlineColour;
  /** The colour in words; an item 销号 says so (the office's word for done) rather than 正常. */
  colourText: string;
  leader: string;
  unit: string;
  completedOn: IsoDate | null;
  evidence: string;
}

export type OverviewCounts = Record<DeadlineColour, number>;

/**
 * Every item of a checklist in notice order, numbered as the ledger numbers
 * it (its rows are the one rule for that), with where it stands today.
 */
export function overviewRows(checklist: readonly ChecklistNode[], layout: Layout, context: OverviewContext): OverviewRow[] {
  const statusLabels = context.statusLabels ?? DEFAULT_STATUS_LABELS;
  const items = new Map(allItems(checklist).map((item) => [item.id, item]));
  const depths = itemDepths(checklist);
  const groupsAbove: string[] = [];
  const rows: OverviewRow[] = [];
  for (const row of ledgerRows(checklist, layout, { statusLabels })) {
    if (row.kind === 'group') {
      groupsAbove.length = row.depth;
      groupsAbove.push(row.text);
      continue;
    }
    const item = items.get(row.itemId)!;
    // The groups open above an item are those at depths below its own: one that follows a group at the top level is in none.
    rows.push(overviewRow(item, Number(row.cells.number), groupsAbove.slice(0, depths.get(item.id)), statusLabels, context));
  }
  return rows;
}

function overviewRow(
  item: Item,
  number: number,
  groups: string[],
  statusLabels: Record<ItemStatus, string>,
  context: OverviewContext,
): OverviewRow {
  const standing = deadlineStanding(item, context.feedbackDate, context.today, context.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  return {
    itemId: item.id,
    number,
    problem: problemOf(item),
    groups,
    status: item.status,
    statusLabel: statusLabels[item.status],
    deadline: deadlineText(item, formatChineseDate),
    due: standing.due,
    daysLeft: standing.daysLeft,
    daysLeftText: daysLeftText(standing),
    colour: standing.colour,
    colourText: item.status === 'done' ? statusLabels.done : DEADLINE_COLOUR_LABELS[standing.colour],
    leader: item.responsibleLeader,
    unit: item.responsibleUnit,
    completedOn: item.completedOn,
    evidence: item.evidence,
  };
}

function problemOf(item: Item): string {
  const own = item.problem.trim();
  if (own !== '') return own;
  return item.subItems
    .map((sub) => sub.problem.trim())
    .filter((p) => p !== '')
    .join('；');
}

/** How many groups hold each item (0 at the top level), by id. */
function itemDepths(nodes: readonly ChecklistNode[], depth = 0, into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) {
    if (node.kind === 'item') into.set(node.id, depth);
    else itemDepths(node.children, depth + 1, into);
  }
  return into;
}

/** How many rows stand at each colour. */
export function overviewCounts(rows: readonly OverviewRow[]): OverviewCounts {
  const counts = Object.fromEntries(DEADLINE_COLOURS.map((c) => [c, 0])) as OverviewCounts;
  for (const row of rows) counts[row.colour] += 1;
  return counts;
}

/** A long problem cut for a line of a table or the terminal; the whole text stays in the row. */
export function shortProblem(problem: string, length = 30): string {
  const oneLine = problem.replace(/\s+/g, ' ').trim();
  const chars = [...oneLine];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : oneLine;
}
