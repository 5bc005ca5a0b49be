import { DEFAULT_STATUS_LABELS, ITEM_STATUSES, type ItemStatus, type StatusLabels } from '../../model/notice';
import { parseIsoDate, type IsoDate } from '../../text/dates';

/**
 * Status words as ledgers write them, longest first so 基本完成 and 未完成
 * are not read as 完成. The export's own labels (DEFAULT_STATUS_LABELS) are
 * among them: 持续推进 is what the export writes for ongoing, so it reads
 * back as ongoing.
 */
const STATUS_WORDS: ReadonlyArray<[string, ItemStatus]> = (
  [
    ['已完成整改', 'done'],
    ['整改已完成', 'done'],
    ['已整改到位', 'done'],
    ['整改完成', 'done'],
    ['已完成', 'done'],
    ['已整改', 'done'],
    ['已办结', 'done'],
    ['已销号', 'done'],
    ['已落实', 'done'],
    ['办结', 'done'],
    ['销号', 'done'],
    ['完成', 'done'],
    ['是', 'done'],
    ['基本完成', 'mostlyDone'],
    ['基本整改', 'mostlyDone'],
    ['基本到位', 'mostlyDone'],
    ['大部分完成', 'mostlyDone'],
    ['持续推进', 'ongoing'],
    ['持续整改', 'ongoing'],
    ['正在整改', 'ongoing'],
    ['整改中', 'ongoing'],
    ['推进中', 'ongoing'],
    ['正在推进', 'ongoing'],
    ['进行中', 'ongoing'],
    ['未完成', 'ongoing'],
    ['未整改', 'ongoing'],
    ['部分完成', 'ongoing'],
    ['否', 'ongoing'],
    ['长期坚持', 'longTerm'],
    ['长期整改', 'longTerm'],
    ['长期推进', 'longTerm'],
    ['长期', 'longTerm'],
  ] as [string, ItemStatus][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * The status words with the office's own names first (设置 → 整改跟踪): a
 * ledger it exported says 已整改 for what it calls so, even where the usual
 * words would read 已整改 as done.
 */
function wordsWith(labels: StatusLabels): ReadonlyArray<[string, ItemStatus]> {
  const own = ITEM_STATUSES.filter((s) => labels[s] !== DEFAULT_STATUS_LABELS[s]).map((s) => [labels[s], s] as [string, ItemStatus]);
  if (own.length === 0) return STATUS_WORDS;
  own.sort((a, b) => b[0].length - a[0].length);
  return [...own, ...STATUS_WORDS.filter(([word]) => !own.some(([label]) => label === word))];
}

/** A status cell read: the status and whatever the cell says after the status word. */
export interface StatusReading {
  status: ItemStatus;
  rest: string;
  /** Only “not finished” (未完成, 否 …), not a word for being worked on: a long-term item may say so and stay long-term. */
  notFinished: boolean;
}

const NOT_FINISHED = new Set(['未完成', '未整改', '否', '部分完成']);

/**
 * The status a 完成情况 cell opens with (已完成。…, 已完成\n2023年12月1日),
 * or null when it opens with no status word.
 */
export function readStatus(text: string, labels: StatusLabels = DEFAULT_STATUS_LABELS): StatusReading | null {
  const trimmed = text.trim().replace(/^[【[（(]\s*/u, '');
  for (const [word, status] of wordsWith(labels)) {
    if (!trimmed.startsWith(word)) continue;
    const after = trimmed.slice(word.length);
    // 是 / 否 / 完成 must stand alone or before punctuation: 是否… or 完成了… is prose, not a status.
    if (word.length <= 2 && after !== '' && !/^[\s。，,；;：:、）)】\]]/u.test(after)) continue;
    return { status, rest: after.replace(/^[\s。，,；;：:、）)】\]]+/u, '').trim(), notFinished: NOT_FINISHED.has(word) };
  }
  return null;
}

/** A time limit as read: a date, long-term (长期), immediate (立行立改), or unreadable. */
export type DeadlineReading =
  | { kind: 'date'; date: IsoDate; monthOnly: boolean }
  | { kind: 'longTerm' }
  | { kind: 'immediate'; date: IsoDate | null }
  | { kind: 'unreadable' }
  | { kind: 'empty' };

const FULL = /^(\d{4})\s*(?:年|[-./／])\s*(\d{1,2})\s*(?:月|[-./／])\s*(\d{1,2})\s*日?$/u;
const MONTH_END = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(底|末|份|中旬|下旬)?$/u;
const NUMERIC_MONTH = /^(\d{4})\s*[-./／]\s*(\d{1,2})$/u;
const YEAR_END = /^(\d{4})\s*年\s*(?:底|末|内|年底|年内|12月底)$/u;

/**
 * A 整改时限 cell: 2023.12.31, 2023-12-31, 2023/12/31, 2023年12月31日,
 * 2023年12月底 (the month's last day), 2023年12月 (the last day, marked
 * monthOnly for a note), 2023年底 / 2023年内, with 前 / 之前 / 完成 after it;
 * a range gives its end. 长期 / 长期坚持 / 持续推进 are long-term, 立行立改
 * immediate (立行立改（2023年12月31日前）: by that day). Anything else is
 * unreadable: never guessed.
 */
export function readDeadline(text: string, date: IsoDate | null = null): DeadlineReading {
  if (date) return { kind: 'date', date, monthOnly: false };
  let value = text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  if (value === '') return { kind: 'empty' };
  if (/^(?:长期(?:坚持|整改|推进)?|持续(?:推进|整改|坚持)|常态化(?:推进)?)$/u.test(value.replace(/[\s。，,；;]/gu, '')))
    return { kind: 'longTerm' };
  if (/^立行立改(?:[，,、]?\s*长期坚持)?$/u.test(value.replace(/[\s。]/gu, ''))) {
    return value.includes('长期') ? { kind: 'longTerm' } : { kind: 'immediate', date: null };
  }
  // 立行立改（2024年3月31日前）, as the ledger export writes one with a date.
  const immediate = /^立行立改\s*[（(](.+)[）)]$/u.exec(value);
  if (immediate) {
    const within = readDeadline(immediate[1]!);
    if (within.kind === 'date' && !within.monthOnly) return { kind: 'immediate', date: within.date };
  }
  // A date cell without a date format shows its serial number (45291).
  if (/^\d{5}(?:\.\d+)?$/u.test(value)) {
    const serial = excelSerialDate(Number(value));
    return serial ? { kind: 'date', date: serial, monthOnly: false } : { kind: 'unreadable' };
  }
  value = value.replace(/\s*(?:之前|以前|前|完成|前完成|内完成|截止)+$/u, '').replace(/^(?:截至|截止|于|在)\s*/u, '');
  // A range (2023年6月—2023年12月, 2023.6-2023.12.31): its end is the limit.
  const range = /^(.+?)\s*(?:至|到|—|–|~|～|-{1,2})\s*(\d{4}.*)$/u.exec(value);
  if (range && /^\d{4}/u.test(range[1]!)) value = range[2]!;
  return readDateText(value);
}

function readDateText(value: string): DeadlineReading {
  const compact = value.replace(/\s+/gu, '');
  const full = FULL.exec(compact);
  if (full) return dayOf(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = MONTH_END.exec(compact) ?? NUMERIC_MONTH.exec(compact);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return { kind: 'unreadable' };
    const reading = lastDay(year, m);
    // 底 / 末 name the month's end; a bare month (or 份) only says the month.
    return { ...reading, monthOnly: !(month[3] === '底' || month[3] === '末') };
  }
  const yearEnd = YEAR_END.exec(compact);
  if (yearEnd) return lastDay(Number(yearEnd[1]), 12);
  return { kind: 'unreadable' };
}

function dayOf(year: number, month: number, day: number): DeadlineReading {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(iso) ? { kind: 'date', date: iso, monthOnly: false } : { kind: 'unreadable' };
}

function lastDay(year: number, month: number): { kind: 'date'; date: IsoDate; monthOnly: boolean } {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    kind: 'date',
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    monthOnly: false,
  };
}

/**
 * An Excel date serial (days since 1899-12-30 in the 1900 system, which
 * counts a 29 February 1900 that never was) as a date, for cells that hold
 * the number without a date format. Only plausible years (1990–2100) pass:
 * another number is not a date.
 */
export function excelSerialDate(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const at = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  const year = at.getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return at.toISOString().slice(0, 10);
}

/** A JavaScript Date as exceljs gives a date cell (the wall-clock date in UTC) as an ISO date. */
export function isoFromSpreadsheetDate(value: Date): IsoDate | null {
  if (Number.isNaN(value.getTime())) return null;
  const year = value.getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return value.toISOString().slice(0, 10);
}

/** A figure cell read: nothing in it, its value, or words that are no figure (约50万, 见附件). */
export type FigureReading = { kind: 'empty' } | { kind: 'value'; value: number } | { kind: 'unreadable' };

/** A figure as written, compared: full-width digits made plain, no spaces or thousands separators. */
function figureKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s,，]/gu, '');
}

/**
 * An amount of money as a ledger writes it (3032436.00, 3,032,436.5元,
 * 303.24万元), in fen, as items keep it. What the export writes
 * (formatYuan: 1234.50) reads back exactly.
 */
export function readYuanAsFen(text: string): FigureReading {
  const key = figureKey(text);
  if (key === '') return { kind: 'empty' };
  const match = /^(\d+(?:\.\d+)?)(万)?元?$/u.exec(key);
  if (!match) return { kind: 'unreadable' };
  const fen = Math.round(Number(match[1]) * (match[2] ? 1_000_000 : 100));
  // Fractions of a fen (1.234元) are no amount a ledger means; a number past exact integers is no amount at all.
  if (!Number.isSafeInteger(fen) || Math.abs(Number(match[1]) * (match[2] ? 1_000_000 : 100) - fen) > 1e-6) return { kind: 'unreadable' };
  return { kind: 'value', value: fen };
}

/** A count as a ledger writes it (3, 3项, 5人, 2人次): a whole number. */
export function readCount(text: string): FigureReading {
  const key = figureKey(text);
  if (key === '') return { kind: 'empty' };
  const match = /^(\d{1,9})(?:项|人次|人|个|条|件|名|次)?$/u.exec(key);
  return match ? { kind: 'value', value: Number(match[1]) } : { kind: 'unreadable' };
}
