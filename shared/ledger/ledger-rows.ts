import type { Layout } from '../layout/layout';
import { finishText } from '../document/finish-text';
import { groupHeading } from '../document/group-heading';
import { printedParagraphs } from '../document/paragraph-list';
import { entryNumbering, enumerationUnder, type EntryNumbering, type PrintedList } from '../layout/entry-numbering';
import { enumerator, placeChecklist, placedFormats } from '../layout/numbering';
import { formatYuan } from '../figures/compute-figures';
import { DEFAULT_STATUS_LABELS, type ChecklistNode, type Item, type ItemStatus, type SubItem } from '../model/notice';
import { plainList, type ParagraphList } from '../model/rich-text';
import { formatChineseDate, type IsoDate } from '../text/dates';
import { daysLeftText, deadlineStanding, deadlineText } from '../tracking/deadlines';
import type { LedgerColumn } from './ledger-columns';

/** What the ledger's cells depend on beyond the checklist: the office's words and the day it is made. */
export interface LedgerContext {
  statusLabels?: Record<ItemStatus, string>;
  /** The day 剩余天数 counts from; without it the column stays empty. */
  today?: IsoDate;
  /** When the problems were fed back: a 立行立改 item is due from then. */
  feedbackDate?: IsoDate | null;
  /** Days before its deadline an item counts as due soon (the overview's yellow); only the standing uses it. */
  dueSoonDays?: number;
}

/** A row of the ledger: a group spanning the table, or one item's cells. */
export type LedgerRow =
  { kind: 'group'; text: string; depth: number } | { kind: 'item'; itemId: string; cells: Record<LedgerColumn, string> };

/**
 * The ledger's rows in tree order: a spanning row per group (numbered as the
 * notice numbers its groups), then one row per item. Items are numbered 1…N
 * through the whole ledger, whatever the notice's layout does (per-group
 * counters, no number for a lone item): a ledger is counted and cited by row.
 * Sub-items stay inside their item's row, each part under its label （1）（2）.
 */
export function ledgerRows(checklist: readonly ChecklistNode[], layout: Layout, context: LedgerContext = {}): LedgerRow[] {
  const statusLabels = context.statusLabels ?? DEFAULT_STATUS_LABELS;
  const placed = placeChecklist(checklist, layout);
  const rows: LedgerRow[] = [];
  let itemCount = 0;
  const walk = (nodes: readonly ChecklistNode[], depth: number) => {
    for (const node of nodes) {
      if (node.kind === 'group') {
        const level = layout.groups.levels[Math.min(depth, layout.groups.levels.length - 1)]!;
        rows.push({ kind: 'group', text: finishText(groupHeading(node.title, placed.get(node.id)?.label ?? '', level)), depth });
        walk(node.children, depth + 1);
      } else {
        const { format } = placedFormats(node, layout, placed);
        // An item with sub-items numbers its own lists below their （1）（2）, so no cell counts （1） twice.
        const numbering = (item: Item): OwnLists =>
          item.subItems.length > 0
            ? { measures: underSubItem(item.measures), progress: underSubItem(item.progress) }
            : entryNumbering(item, format);
        const cells = itemCells(node, ++itemCount, numbering(node), statusLabels, context);
        const previous = previousStage(node);
        if (previous) cells.previousProgress = finishedLines(progressText(previous, numbering(previous)));
        rows.push({ kind: 'item', itemId: node.id, cells });
      }
    }
  };
  walk(checklist, 0);
  return rows;
}

/** How an item's own measures and progress print in its row. */
type OwnLists = Pick<EntryNumbering, 'measures' | 'progress'>;

/** A sub-item's label in the ledger: （1）（2）, the level under the items' 1, 2, 3 of the 序号 column. */
const SUB_ITEM_LEVEL = 4;
function subItemLabel(index: number): string {
  return enumerator('（1）', index + 1);
}

/** How a sub-item's list prints in the ledger: under its （1）, never at that level or above (no （1）（1）). */
function underSubItem(list: ParagraphList): PrintedList {
  return { enumeration: enumerationUnder(list.enumeration, SUB_ITEM_LEVEL), start: 0 };
}

/**
 * One text column of an item's row: the item's own lines, then each
 * sub-item's lines with its label in front, so the parts of a problem fed
 * back in parts stay told apart in every column.
 */
function withSubItems(own: string, subItems: readonly SubItem[], part: (sub: SubItem) => string): string {
  const parts = subItems.map((sub, i) => ({ label: subItemLabel(i), text: part(sub) })).filter((p) => p.text.trim() !== '');
  return [own, ...parts.map((p) => `${p.label}${p.text}`)].filter((t) => t.trim() !== '').join('\n');
}

/**
 * The item as the last stage left it (上次进展), its progress and its parts'
 * progress in the places the current ones take; null with no earlier stage.
 */
function previousStage(item: Item): Item | null {
  const last = item.history[item.history.length - 1];
  if (!last) return null;
  const subItems = last.subItems.map((sub, i) => ({
    id: `${item.id}-${i}`,
    problem: sub.problem,
    measures: plainList([]),
    progress: sub.progress,
  }));
  return { ...item, progress: last.progress, subItems };
}

function progressText(item: Item, numbering: OwnLists): string {
  return withSubItems(listText(item.progress, numbering.progress), item.subItems, (sub) =>
    listText(sub.progress, underSubItem(sub.progress)),
  );
}

// Each line of a cell is finished as the notice finishes its paragraphs: the two documents print the same text.
function finishedLines(text: string): string {
  return text.split('\n').map(finishText).join('\n');
}

const countText = (value: number | null) => (value === null ? '' : String(value));

function itemCells(
  item: Item,
  number: number,
  numbering: OwnLists,
  statusLabels: Record<ItemStatus, string>,
  context: LedgerContext,
): Record<LedgerColumn, string> {
  const cells = rawCells(item, number, numbering, statusLabels, context);
  for (const column of Object.keys(cells) as LedgerColumn[]) cells[column] = finishedLines(cells[column]);
  return cells;
}

function rawCells(...[item, number, numbering, statusLabels, context]: Parameters<typeof itemCells>): Record<LedgerColumn, string> {
  const completed = item.completedOn ? `\n${formatChineseDate(item.completedOn)}` : '';
  const standing = context.today ? deadlineStanding(item, context.feedbackDate ?? null, context.today, context.dueSoonDays) : null;
  return {
    number: String(number),
    // The spanning group rows above the item already show its category;
    // repeating it in a column would only take room (the empty column is dropped).
    category: '',
    problem: withSubItems(item.problem, item.subItems, (sub) => sub.problem),
    measures: withSubItems(listText(item.measures, numbering.measures), item.subItems, (sub) =>
      listText(sub.measures, underSubItem(sub.measures)),
    ),
    leader: item.responsibleLeader,
    unit: item.responsibleUnit,
    deadline: deadlineText(item, formatChineseDate),
    completion: `${statusLabels[item.status]}${completed}`,
    progress: progressText(item, numbering),
    // Filled from the item's history by the caller; empty for an item new in this stage.
    previousProgress: '',
    daysLeft: standing ? daysLeftText(standing) : '',
    evidence: item.evidence,
    moneyRecovered: item.figures.moneyRecoveredFen === null ? '' : formatYuan(item.figures.moneyRecoveredFen),
    rulesMade: countText(item.figures.rulesMade),
    peopleHeld: countText(item.figures.peopleHeld),
  };
}

/** A paragraph list as lines of text, numbered by the notice's rules (typed enumerators dropped) at the level given. */
function listText(list: ParagraphList, printed: PrintedList): string {
  return printedParagraphs(list, printed)
    .map(({ label, leaves }) => label + leaves.map((leaf) => leaf.text).join(''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}
