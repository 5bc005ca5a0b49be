import { createGroup, createItem } from '../../model/factory';
import { DEFAULT_STATUS_LABELS, MAX_GROUP_DEPTH, type ChecklistNode, type Group, type Item, type StatusLabels } from '../../model/notice';
import type { Paragraph, ParagraphList } from '../../model/rich-text';
import { cleanLine, closeUpLine } from '../clean-text';
import { readMarker } from '../markers';
import type { WarningList } from '../warnings';
import { appendParagraphs, cellParagraphs, excerptOf } from './cell-paragraphs';
import { readTrackingInto } from './ledger-tracking-cells';
import type { LedgerShape } from './find-header';
import type { LedgerField, LedgerMapping } from './ledger-fields';
import { cellContent, ownCellTexts, type LedgerCell, type LedgerTable } from './ledger-table';
import { readDeadline, readStatus } from './ledger-values';
import { formatChineseDate } from '../../text/dates';

/** Fields whose cells say what an item holds (a row with none of them is a heading, not an item). */
const CONTENT: readonly LedgerField[] = [
  'measures',
  'progress',
  'leader',
  'unit',
  'deadline',
  'completion',
  'evidence',
  'moneyRecovered',
  'rulesMade',
  'peopleHeld',
  'remark',
];

interface Row {
  index: number;
  line: number;
  /** Field → the cell's text (a merge's text in every cell it covers). */
  text: Map<LedgerField, string>;
  /** Field → the text the cell holds itself (empty inside a merge). */
  own: Map<LedgerField, string>;
  /** Field → true where the cell is covered by a merge from a row above. */
  mergedDown: Set<LedgerField>;
  /** Category texts, outer first, as merged or carried down. */
  categories: string[];
  dates: Map<LedgerField, string | null>;
}

/**
 * The checklist a ledger's rows make: spanning rows (一、…方面) and merged
 * or repeated category cells become groups (at most two levels), every other
 * row an item in order; a row that only adds measures or progress to the
 * one above (no 序号, no problem, or a problem cell merged down) joins it.
 */
export function ledgerChecklist(
  table: LedgerTable,
  shape: LedgerShape,
  mapping: LedgerMapping,
  warnings: WarningList,
  labels: StatusLabels = DEFAULT_STATUS_LABELS,
): ChecklistNode[] {
  // Messages name a column by its own header (整改时限), not by the merged one above it (整改情况／整改时限).
  const headers = shape.columns.map((c) => c.header.split('／').pop()!);
  const categoryColumns = mapping.flatMap((f, i) => (f === 'category' ? [i] : []));
  const rows = readRows(table, shape, mapping, categoryColumns, warnings);
  const top: ChecklistNode[] = [];
  /** Open groups by level, outer first. */
  const open: (Group | null)[] = [];
  const kinds: string[] = [];
  const carried: string[] = categoryColumns.map(() => '');
  let last: Item | null = null;
  let deepWarned = false;

  const container = (depth: number): ChecklistNode[] => {
    for (let d = depth - 1; d >= 0; d--) if (open[d]) return open[d]!.children;
    return top;
  };
  const openGroup = (depth: number, title: string, line: number) => {
    if (depth >= MAX_GROUP_DEPTH) {
      if (!deepWarned)
        warnings.add('structure', `分组超过 ${MAX_GROUP_DEPTH} 层，“${title}”这一层未作为分组，其中的问题并入上一层`, line, title);
      deepWarned = true;
      return;
    }
    const group = createGroup(title);
    container(depth).push(group);
    open[depth] = group;
    open.length = depth + 1;
  };

  rows.forEach((row, k) => {
    const heading = groupRow(row, rows[k + 1], table, mapping);
    if (heading) {
      let level = kinds.indexOf(heading.kind);
      if (level === -1) level = kinds.push(heading.kind) - 1;
      openGroup(level, heading.title, row.line);
      carried.fill('');
      last = null;
      return;
    }
    if (isContinuation(row) && last) {
      joinInto(last, row, headers, mapping, warnings, labels);
      return;
    }
    row.categories.forEach((value, level) => {
      const text = value || carried[level]!;
      const depth = kinds.length + level;
      const current = open[depth];
      if (text !== '' && (carried[level] !== text || !current)) {
        openGroup(depth, groupTitle(text), row.line);
        carried.fill('', level + 1);
      }
      carried[level] = text;
    });
    const item = itemOf(row, headers, mapping, warnings, labels);
    container(Math.min(open.length, MAX_GROUP_DEPTH)).push(item);
    last = item;
  });
  return top;
}

/** The measures cells an item was read from, so that a continuation row's measures are read together with them. */
const measuresText = new WeakMap<Item, string>();

/** The progress cells an item was read from and the paragraphs they gave (the head of its progress), for the same. */
const progressRead = new WeakMap<Item, { text: string; paragraphs: readonly Paragraph[] }>();

function readRows(table: LedgerTable, shape: LedgerShape, mapping: LedgerMapping, categoryColumns: number[], warnings: WarningList): Row[] {
  const rows: Row[] = [];
  for (let r = shape.firstDataRow; r < shape.endRow; r++) {
    const source = table.rows[r]!;
    if (source.cells.every((cell) => cell.master !== null || cell.text.trim() === '')) continue;
    if (isTotalsRow(source.cells, mapping)) {
      warnings.add('unplaced', `第 ${source.line} 行是合计行，未导入`, source.line, ownCellTexts(source.cells).join(' '));
      continue;
    }
    const row: Row = {
      index: r,
      line: source.line,
      text: new Map(),
      own: new Map(),
      mergedDown: new Set(),
      categories: [],
      dates: new Map(),
    };
    mapping.forEach((field, c) => {
      if (field === null || field === 'category') return;
      const cell = source.cells[c]!;
      const content = cellContent(table, r, c);
      const join = (map: Map<LedgerField, string>, value: string) =>
        map.set(field, [map.get(field) ?? '', value].filter((t) => t.trim() !== '').join('\n'));
      join(row.text, content.text);
      join(row.own, cell.master ? '' : cell.text);
      if (cell.master && cell.master.row < r) row.mergedDown.add(field);
      if (content.date) row.dates.set(field, content.date);
    });
    row.categories = categoryColumns.map((c) => clean(cellContent(table, r, c).text));
    rows.push(row);
  }
  return rows;
}

/**
 * A row that stands for a group: one text across the table (一、…方面), or
 * a 序号 of Chinese numerals (一 / （一）) with only a title beside it, or
 * a whole number whose next row counts under it (1 then 1.1) with nothing
 * but a title. The kind decides the level: first kind seen, outer level.
 */
function groupRow(row: Row, next: Row | undefined, table: LedgerTable, mapping: LedgerMapping): { title: string; kind: string } | null {
  const source = table.rows[row.index]!;
  const own = source.cells.map((cell, c) => ({ c, text: cell.master ? '' : cell.text.trim() }));
  const filled = own.filter((o) => o.text !== '');
  const hasContent = CONTENT.some((f) => (row.text.get(f) ?? '').trim() !== '' && !row.mergedDown.has(f));
  if (filled.length === 1) {
    const { c, text } = filled[0]!;
    const span = source.cells.filter((cell) => cell.master && cell.master.row === row.index && cell.master.col === c).length + 1;
    const marker = readMarker(cleanLine(text));
    const chineseMarker = marker !== null && ['yi', 'paren', 'di', 'aspect'].includes(marker.kind);
    const field = mapping[c];
    if (
      span >= 2 ||
      chineseMarker ||
      /方面(?:的?问题)?$|类问题$/u.test(text) ||
      field === 'category' ||
      field === 'number' ||
      field == null
    ) {
      if (!hasContent || span >= 2) return { title: clean(text), kind: chineseMarker ? marker!.kind : span >= 2 ? 'span' : 'plain' };
    }
  }
  const number = clean(row.own.get('number') ?? '');
  const title = clean(row.own.get('problem') ?? '') || row.categories.find((c) => c !== '') || '';
  if (number === '' || title === '' || hasContent) return null;
  const cn = /^(?:第)?([一二三四五六七八九十百]+)[、.，]?$|^（([一二三四五六七八九十百]+)）$/u.exec(number);
  if (cn) return { title, kind: cn[1] ? 'yi' : 'paren' };
  const nextNumber = clean(next?.own.get('number') ?? '');
  if (/^\d+$/u.test(number) && nextNumber.startsWith(`${number}.`)) return { title, kind: 'numbered' };
  return null;
}

/** A count of problems (3个问题, 共3项, 3), as a totals row writes in the problem column. */
const COUNT = /^(?:共|计|合计)?\d+(?:个|项|条)?(?:问题|任务|事项)?$/u;
/** 合计 / 总计 / 小计 alone, or with its count in the same cell (合计：3个问题). */
const TOTAL_WORD = /^(?:合计|总计|小计|共计|总数|累计)(?:共?\d+(?:个|项|条)?(?:问题|任务|事项)?)?$/u;

/**
 * A totals row (合计 | | 3个问题 | … | 完成1个): 合计 / 总计 / 小计 in the
 * 序号 or first filled cell, or a problem cell that is only a count with no
 * 序号 (a COUNTA formula under the list). It counts the items; it is none.
 */
function isTotalsRow(cells: LedgerCell[], mapping: LedgerMapping): boolean {
  const own = cells.map((cell) => (cell.master ? '' : cell.text.replace(/[\s\u3000:：]/gu, '')));
  const first = own.find((t) => t !== '') ?? '';
  const number = own[mapping.indexOf('number')] ?? '';
  if (TOTAL_WORD.test(first) || TOTAL_WORD.test(number)) return true;
  const problem = own[mapping.indexOf('problem')] ?? '';
  return number === '' && COUNT.test(problem);
}

/** A row that only adds to the item above: its problem merged down from it, or no 序号 and no problem of its own. */
function isContinuation(row: Row): boolean {
  if (row.mergedDown.has('problem')) return true;
  return (row.own.get('problem') ?? '').trim() === '' && (row.own.get('number') ?? '').trim() === '';
}

function itemOf(row: Row, headers: string[], mapping: LedgerMapping, warnings: WarningList, labels: StatusLabels): Item {
  const item = createItem({ problem: joinedLine(row.text.get('problem') ?? '') });
  if (item.problem === '')
    warnings.add('structure', '这一行没有反馈问题，已作为没有问题描述的条目导入', row.line, [...row.text.values()].join(' '));
  item.measures = cellParagraphs(row.text.get('measures') ?? '', row.line, warnings);
  measuresText.set(item, row.text.get('measures') ?? '');
  item.progress = cellParagraphs(row.text.get('progress') ?? '', row.line, warnings);
  progressRead.set(item, { text: row.text.get('progress') ?? '', paragraphs: item.progress.paragraphs });
  item.responsibleLeader = names(row.text.get('leader') ?? '');
  item.responsibleUnit = names(row.text.get('unit') ?? '');
  const header = (field: LedgerField) => headers[mapping.indexOf(field)] || field;
  readDeadlineInto(item, row, header('deadline'), warnings);
  if (mapping.includes('completion')) readCompletionInto(item, row, header('completion'), warnings, labels);
  else statusFromProgress(item, labels);
  readTrackingInto(item, (field) => row.text.get(field) ?? '', row.line, header, warnings);
  appendRemark(item, row, warnings);
  if (mapping.includes('measures') && item.measures.paragraphs.length === 0)
    warnings.add('noMeasures', '这个问题没有整改措施', row.line, item.problem);
  return item;
}

function readDeadlineInto(item: Item, row: Row, header: string, warnings: WarningList): void {
  const text = row.text.get('deadline') ?? '';
  const reading = readDeadline(text, row.dates.get('deadline') ?? null);
  const quoted = `${header}“${text.trim()}”`;
  switch (reading.kind) {
    case 'date':
      item.deadline = reading.date;
      if (reading.monthOnly)
        warnings.add('badDate', `${quoted}只写到月份，已按该月最后一天（${formatChineseDate(reading.date)}）导入，请核对`, row.line, text);
      break;
    case 'longTerm':
      item.deadlineKind = 'longTerm';
      // Without a 完成情况 cell this is the only word on how it stands (readCompletionInto reads one after).
      item.status = 'longTerm';
      break;
    case 'immediate':
      item.deadlineKind = 'immediate';
      item.deadline = reading.date;
      break;
    case 'unreadable':
      warnings.add('badDate', `${quoted}无法识别为日期，整改时限已留空`, row.line, text);
      break;
    case 'empty':
      break;
  }
}

/** The status and the date completed from 完成情况; words after the status are progress. */
function readCompletionInto(item: Item, row: Row, header: string, warnings: WarningList, labels: StatusLabels): void {
  const text = (row.text.get('completion') ?? '').trim();
  if (text === '') return;
  const reading = readStatus(text, labels);
  if (!reading) {
    warnings.add(
      'unplaced',
      `${header}“${excerptOf(text)}”没有写明整改状态，已按“${labels[item.status]}”导入，原文放入整改进展`,
      row.line,
      text,
    );
    item.progress = appendParagraphs(item.progress, cellParagraphs(text, row.line, warnings));
    return;
  }
  // 长期坚持 in the time limit and 未完成 / 否 here say the same: a long-term item not finished.
  // A word for being worked on (持续推进) is the item's status, as the ledger export writes it.
  if (!(item.status === 'longTerm' && reading.notFinished)) item.status = reading.status;
  if (reading.status === 'longTerm') item.deadline = null;
  if (reading.rest === '') return;
  const done = readDeadline(reading.rest, null);
  if (done.kind === 'date' && !done.monthOnly) item.completedOn = done.date;
  else item.progress = appendParagraphs(item.progress, cellParagraphs(reading.rest, row.line, warnings));
}

/**
 * Without a 完成情况 column, a progress cell whose first line is a status
 * alone (已完成, then perhaps the date on the next line) gives the status;
 * a status word that opens a sentence of progress (已完成清查…) is left as written.
 */
function statusFromProgress(item: Item, labels: StatusLabels): void {
  const [first, second] = item.progress.paragraphs.map((p) => p.children.map((l) => l.text).join(''));
  if (first === undefined) return;
  const reading = readStatus(first, labels);
  if (!reading || reading.rest !== '') return;
  item.status = reading.status;
  let drop = 1;
  const done = second === undefined ? null : readDeadline(second, null);
  if (done?.kind === 'date' && !done.monthOnly) {
    item.completedOn = done.date;
    drop = 2;
  }
  item.progress = { ...item.progress, paragraphs: item.progress.paragraphs.slice(drop) };
}

function appendRemark(item: Item, row: Row, warnings: WarningList): void {
  const remark = (row.text.get('remark') ?? '').trim();
  if (remark === '') return;
  item.progress = appendParagraphs(item.progress, cellParagraphs(`备注：${remark}`, row.line, warnings));
}

/** A continuation row's measures and progress go on the item above; its names and time limit only fill what that item lacks. */
function joinInto(item: Item, row: Row, headers: string[], mapping: LedgerMapping, warnings: WarningList, labels: StatusLabels): void {
  const ownText = (field: LedgerField) => (row.mergedDown.has(field) ? '' : (row.text.get(field) ?? ''));
  // Measures continued on the next row count on (1. 2. above, 3. here): the list is read again as one cell.
  if (ownText('measures').trim() !== '') {
    const text = `${measuresText.get(item) ?? ''}\n${ownText('measures')}`;
    measuresText.set(item, text);
    item.measures = cellParagraphs(text, row.line, warnings);
  }
  item.progress = continuedProgress(item, ownText('progress'), row.line, warnings);
  const addName = (had: string, more: string) =>
    had === '' ? more : more === '' || had.split('、').includes(more) ? had : `${had}、${more}`;
  item.responsibleLeader = addName(item.responsibleLeader, names(ownText('leader')));
  item.responsibleUnit = addName(item.responsibleUnit, names(ownText('unit')));
  if (item.deadline === null && ownText('deadline') !== '') {
    const header = headers[mapping.indexOf('deadline')] || '整改时限';
    readDeadlineInto(item, { ...row, text: new Map([['deadline', ownText('deadline')]]) }, header, warnings);
  }
  if (ownText('completion') !== '') {
    const header = headers[mapping.indexOf('completion')] || '完成情况';
    readCompletionInto(item, { ...row, text: new Map([['completion', ownText('completion')]]) }, header, warnings, labels);
  }
  readTrackingInto(item, ownText, row.line, (field) => headers[mapping.indexOf(field)] || field, warnings);
  appendRemark(item, { ...row, text: new Map([['remark', ownText('remark')]]) }, warnings);
}

/**
 * Progress continued on the next row (一是 above, 二是 here, as a long cell
 * is split over rows) is read again together with the cells above, so the
 * list keeps its enumeration; what came after those cells (a status's
 * words, a 备注) stays after them. When the progress above was changed
 * since (a status line taken off it), the row's paragraphs are appended.
 */
function continuedProgress(item: Item, more: string, line: number, warnings: WarningList): ParagraphList {
  const read = progressRead.get(item);
  const unchanged = read !== undefined && read.paragraphs.every((p, i) => item.progress.paragraphs[i] === p);
  if (more.trim() === '' || !unchanged) return appendParagraphs(item.progress, cellParagraphs(more, line, warnings));
  const text = `${read.text}\n${more}`;
  const again = cellParagraphs(text, line, warnings);
  progressRead.set(item, { text, paragraphs: again.paragraphs });
  return { enumeration: again.enumeration, paragraphs: [...again.paragraphs, ...item.progress.paragraphs.slice(read.paragraphs.length)] };
}

/** A group title without the enumerator it was numbered with (一、 （一） 第一，). */
function groupTitle(text: string): string {
  const cleaned = clean(text);
  const marker = readMarker(cleaned);
  return marker && marker.rest !== '' ? marker.rest : cleaned;
}

function clean(text: string): string {
  return groupless(joinedLine(text));
}

function groupless(text: string): string {
  const marker = readMarker(text);
  return marker && marker.rest !== '' && ['yi', 'paren', 'di', 'aspect'].includes(marker.kind) ? marker.rest : text;
}

/** A cell's lines as one line (a problem, a title): joined without a gap, as Chinese text runs on. */
function joinedLine(text: string): string {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/u)
    .map((t) => closeUpLine(cleanLine(t)))
    .filter((t) => t !== '')
    .join('');
}

/** Names on several lines (张三\n李四) as one list: 张三、李四. */
function names(text: string): string {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/u)
    .map((t) => closeUpLine(cleanLine(t)))
    .filter((t) => t !== '')
    .join('、');
}
