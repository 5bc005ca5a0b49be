import { ledgerColumnHeader, type LedgerColumn } from './ledger-columns';
import type { LedgerRow } from './ledger-rows';
import { linesAt, printedWidth } from './printed-width';
import { shortenTable } from './shorten-table';

/** What turns characters into twips: the table's width and how its cells are set. */
export interface LedgerTableMetrics {
  /** The whole table's width, twips. */
  width: number;
  /** The table text's size, half-points (style.sizes.table). */
  fontSize: number;
  /** A cell's left plus right margin, twips. */
  cellMargins: number;
}

/**
 * Short columns hold one short entry per line (a number, a name, a date, a
 * status). Each gets the width of its longest line, but no more than this
 * many characters; a longer entry wraps onto even lines (see fitUnder). The
 * dates' cap holds 2020年12月31日 whole. 序号 has no cap: its number is never broken.
 */
const SHORT_COLUMN_CAPS: Partial<Record<LedgerColumn, number>> = {
  number: Number.POSITIVE_INFINITY,
  leader: 6,
  unit: 6,
  deadline: 10,
  completion: 10,
  daysLeft: 6,
  moneyRecovered: 12,
  rulesMade: 4,
  peopleHeld: 4,
};

/** A text column is never narrower than this many characters (or its longest line): narrower reads as a ribbon. */
const TEXT_COLUMN_MIN = 8;

/** Room for the cell borders and rounding, so text measured to fit does fit. */
const BORDER_SLACK_TWIPS = 30;

/**
 * A width for a line longer than the cap: the narrowest that still breaks
 * it into as few lines as the cap does, so 市福利彩票发行中心 (9) under a cap
 * of 6 prints as 5 + 4 rather than 6 + 3. Whole characters, as a line of
 * Chinese breaks between characters.
 */
function fitUnder(longest: number, cap: number): number {
  if (longest <= cap) return longest;
  return Math.ceil(longest / Math.ceil(longest / cap));
}

interface ColumnNeeds {
  /** Each item row's lines, as printed widths in characters. */
  rows: number[][];
  /** Twips. Narrower breaks the header or a 序号 number (never), or squeezes a text column. */
  floor: number;
  /** Twips. A short column's longest entry (capped); a text column's longest line. */
  want: number;
  /** A text column's share of the room: all the text it holds. Zero for short columns. */
  weight: number;
}

/**
 * How narrow a header can go unbroken: a unit in brackets (挽回金额（元）)
 * may go to a second line, so the floor is the longer of the two parts.
 */
function headerFloor(header: string): number {
  const unit = header.indexOf('（');
  if (unit <= 0) return printedWidth(header);
  return Math.max(printedWidth(header.slice(0, unit)), printedWidth(header.slice(unit)));
}

function columnNeeds(
  column: LedgerColumn,
  columns: readonly LedgerColumn[],
  items: readonly Record<LedgerColumn, string>[],
  twips: (chars: number) => number,
): ColumnNeeds {
  const rows = items.map((cells) => cells[column].split('\n').map(printedWidth));
  const longest = Math.max(0, ...rows.flat());
  const header = headerFloor(ledgerColumnHeader(column, columns));
  const cap = SHORT_COLUMN_CAPS[column];
  if (cap !== undefined) {
    const floor = column === 'number' ? Math.max(header, longest) : header;
    return { rows, floor: twips(floor), want: twips(Math.max(floor, fitUnder(longest, cap))), weight: 0 };
  }
  const amount = rows.flat().reduce((sum, w) => sum + w, 0);
  return {
    rows,
    floor: twips(Math.max(header, Math.min(longest, TEXT_COLUMN_MIN))),
    want: twips(Math.max(header, longest)),
    weight: amount,
  };
}

/**
 * The text columns' widths for a budget: each in proportion to its text,
 * none under its floor nor over its longest line. The proportion is found by
 * bisection, as clamping makes the sum a monotone step of it.
 */
function shareByText(needs: readonly ColumnNeeds[], budget: number): number[] {
  const at = (k: number) => needs.map((n) => Math.min(Math.max(k * n.weight, n.floor), Math.max(n.want, n.floor)));
  const total = (k: number) => at(k).reduce((a, b) => a + b, 0);
  let low = 0;
  let high = 1;
  while (total(high) < budget && high < 1e12) high *= 2;
  for (let i = 0; i < 80; i += 1) {
    const mid = (low + high) / 2;
    if (total(mid) < budget) low = mid;
    else high = mid;
  }
  return at(high);
}

/** Spreads extra room (or a shortfall) over columns in proportion to the given shares (all equal when there are none). */
function spread(widths: readonly number[], extra: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  return widths.map((w, i) => w + extra * (sum > 0 ? shares[i]! / sum : 1 / widths.length));
}

/** Whole twips summing to the table's width exactly: the rounding goes to the widest column. */
function roundToWidth(widths: readonly number[], width: number): number[] {
  const rounded = widths.map((w) => Math.floor(w));
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest]! += width - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

/**
 * The short columns' widths: each its wish while the text columns still get
 * their floors; when not, all give back alike, down to their headers.
 */
function shortWidths(needs: readonly ColumnNeeds[], isText: readonly boolean[], width: number): number[] {
  const sum = (pick: (n: ColumnNeeds) => number, text: boolean) => needs.reduce((s, n, i) => s + (isText[i] === text ? pick(n) : 0), 0);
  const giveBack = sum((n) => n.want - n.floor, false);
  const over = sum((n) => n.want, false) + sum((n) => n.floor, true) - width;
  const keep = over <= 0 || giveBack === 0 ? 1 : Math.max(0, 1 - over / giveBack);
  return needs.map((n) => n.floor + (n.want - n.floor) * keep);
}

/**
 * Column widths in twips, from what the ledger holds. Short columns (序号,
 * 责任领导, 责任单位, 整改时限, 完成情况) get their longest entry, capped; the
 * text columns (反馈问题, 整改措施, 整改进展 …) share the rest in proportion to
 * how much text each holds, then trade room where that makes the table
 * shorter. No column is narrower than its header, and 序号 no narrower than
 * its longest number, so neither is ever broken.
 */
export function ledgerColumnWidths(columns: readonly LedgerColumn[], rows: readonly LedgerRow[], metrics: LedgerTableMetrics): number[] {
  const items = rows.flatMap((row) => (row.kind === 'item' ? [row.cells] : []));
  const em = metrics.fontSize * 10;
  const padding = metrics.cellMargins + BORDER_SLACK_TWIPS;
  const twips = (chars: number) => chars * em + padding;
  const capacity = (w: number) => Math.max(0.5, (w - padding) / em);
  const needs = columns.map((c) => columnNeeds(c, columns, items, twips));
  const floors = needs.reduce((sum, n) => sum + n.floor, 0);
  if (floors >= metrics.width) {
    // More columns than the page holds even at their floors: 序号 keeps its
    // (a number is never broken), every other column gives alike, none to nothing.
    const kept = columns.map((c, i) => (c === 'number' ? needs[i]!.floor : 0));
    const keptTotal = kept.reduce((a, b) => a + b, 0);
    const scale = (metrics.width - keptTotal) / (floors - keptTotal);
    return roundToWidth(
      needs.map((n, i) => (columns[i] === 'number' ? n.floor : n.floor * scale)),
      metrics.width,
    );
  }
  const isText = columns.map((c) => SHORT_COLUMN_CAPS[c] === undefined);
  const textNeeds = needs.filter((_, i) => isText[i]);
  const short = shortWidths(needs, isText, metrics.width);
  const shortTotal = short.reduce((sum, w, i) => sum + (isText[i] ? 0 : w), 0);

  let text = shareByText(textNeeds, metrics.width - shortTotal);
  const left = metrics.width - shortTotal - text.reduce((a, b) => a + b, 0);
  if (Math.abs(left) > 0.5 && text.length > 0) {
    // Room left once every text column has its longest line (or too little
    // even at the floors): the text columns take or give it by their text.
    text = spread(text, left, textNeeds.some((n) => n.weight > 0) ? textNeeds.map((n) => n.weight) : text);
  }
  const fixedLines = items.map((_, r) => Math.max(1, ...needs.map((n, i) => (isText[i] ? 1 : linesAt(n.rows[r]!, capacity(short[i]!))))));
  text = shortenTable(textNeeds, text, capacity, em, fixedLines);

  let t = 0;
  let widths = needs.map((_, i) => (isText[i] ? text[t++]! : short[i]!));
  const rest = metrics.width - widths.reduce((a, b) => a + b, 0);
  // Only short columns, or too little room even at the floors: share alike.
  if (Math.abs(rest) > 0.5) widths = spread(widths, rest, widths);
  return roundToWidth(widths, metrics.width);
}
