import type { Item } from '../model/notice';
import { parseIsoDate, type IsoDate } from '../text/dates';

/**
 * How an item stands against its 整改时限, as the rectification platforms
 * colour it: red overdue, yellow due within the warning days, green on
 * time, done or kept up for the long term; `none` when no deadline is set.
 */
export const DEADLINE_COLOURS = ['red', 'yellow', 'green', 'none'] as const;
export type DeadlineColour = (typeof DEADLINE_COLOURS)[number];
export const DEADLINE_COLOUR_LABELS: Record<DeadlineColour, string> = {
  red: '已超期',
  yellow: '即将到期',
  green: '正常',
  none: '未定时限',
};

/** Days before its deadline from which an item shows yellow, unless the settings say otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 10;

/** The local calendar day of a moment, as an ISO date: deadlines are days, not instants. */
export function localIsoDate(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

function dayNumber(date: IsoDate): number | null {
  const parts = parseIsoDate(date);
  return parts ? Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000 : null;
}

/** Whole days from `from` to `to`: 0 the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/**
 * The day an item is due: its date; for 立行立改 the day the problems were
 * fed back (it was to be put right at once); none for 长期坚持 or no date.
 */
export function dueDate(item: Pick<Item, 'deadlineKind' | 'deadline'>, feedbackDate: IsoDate | null): IsoDate | null {
  if (item.deadlineKind === 'longTerm') return null;
  if (item.deadlineKind === 'immediate') return item.deadline ?? feedbackDate;
  return item.deadline;
}

export interface DeadlineStanding {
  colour: DeadlineColour;
  /** Days from today to the due date (negative: overdue); null with no due date or once done. */
  daysLeft: number | null;
  due: IsoDate | null;
}

/**
 * Where an item stands today. An item marked 已完成 is green whatever its
 * date: it has been 销号; so is one whose status is 长期坚持, kept up past any
 * date set for its first steps. Due today counts as due soon, not overdue.
 */
export function deadlineStanding(
  item: Pick<Item, 'deadlineKind' | 'deadline' | 'status'>,
  feedbackDate: IsoDate | null,
  today: IsoDate,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): DeadlineStanding {
  const due = dueDate(item, feedbackDate);
  if (item.status === 'done') return { colour: 'green', daysLeft: null, due };
  if (item.deadlineKind === 'longTerm' || item.status === 'longTerm') return { colour: 'green', daysLeft: null, due };
  const daysLeft = due === null ? null : daysBetween(today, due);
  if (daysLeft === null) {
    // 立行立改 without a feedback date: due now, but not known to be late.
    return { colour: item.deadlineKind === 'immediate' ? 'yellow' : 'none', daysLeft: null, due };
  }
  if (daysLeft < 0) return { colour: 'red', daysLeft, due };
  if (daysLeft <= dueSoonDays) return { colour: 'yellow', daysLeft, due };
  return { colour: 'green', daysLeft, due };
}

/** 剩余天数 as a cell or column shows it: 还剩 5 天, 今日到期, 超期 3 天; empty with nothing to count. */
export function daysLeftText(standing: DeadlineStanding): string {
  if (standing.daysLeft === null) return '';
  if (standing.daysLeft === 0) return '今日到期';
  return standing.daysLeft > 0 ? `还剩${standing.daysLeft}天` : `超期${-standing.daysLeft}天`;
}

/** 整改时限 as printed in the ledger and the overview: the date, 立行立改 or 长期坚持. */
export function deadlineText(item: Pick<Item, 'deadlineKind' | 'deadline'>, formatDate: (date: IsoDate) => string): string {
  if (item.deadlineKind === 'immediate') return item.deadline ? `立行立改（${formatDate(item.deadline)}前）` : '立行立改';
  if (item.deadlineKind === 'longTerm') return '长期坚持';
  return item.deadline ? formatDate(item.deadline) : '';
}
