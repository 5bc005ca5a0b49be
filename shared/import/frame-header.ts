import type { IsoDate } from '../text/dates';
import {
  isDisclosureLabel,
  isFurniture,
  isLoneDateTime,
  loneDate,
  noteDisclosure,
  pagePublicationDate,
  readLabelLine,
  splitTitleAndFurniture,
  type Disclosure,
} from './furniture';
import { isDateLine } from './read-dates';
import type { SourceLine } from './source';

/** What stands before the opening, sorted out. */
export interface Header {
  /** The title, one to three lines. */
  title: SourceLine[];
  /** Text that is neither furniture nor the title (an editor's note, a news lead): kept, in order. */
  kept: SourceLine[];
  /** Page furniture, as listed to the user. */
  dropped: SourceLine[];
  disclosure: Disclosure;
  /** The date the page says it published the notice on. */
  pageDate: IsoDate | null;
  /** The issuer on a line of its own under a title that starts with 关于 (关于…的通报 / 中共某某党组). */
  issuer: SourceLine | null;
}

const SENTENCE_PUNCTUATION = /[。，；！？]/u;
const TITLE_END = /(?:通报|情况|公告|报告|公示)$/u;
const COMPLETE_TITLE = /(?:通报|公告|报告|公示)$/u;
/** How an issuer's name ends (…党组, …委员会, …局), or a title line broken before its 关于 (…党组关于 is no line end: 关于 starts the next). */
const ISSUER_END =
  /(?:党组|党委|委员会|党工委|总支部?|支部|委|局|院|校|所|中心|公司|集团|办公室|政府|人大常委会|政协|法院|检察院|医院|学院|大学|中学|小学)$/u;
/** The issuer printed on a line of its own under a title that starts with 关于. */
const ORGANISATION_LINE = /^(?:中共)?\p{Script=Han}{2,28}(?:党组|党委|委员会|党工委|总支部?|支部|局|院|校|办公室)$/u;
/** The label of a note the editors put before a text: kept with the note it introduces. */
const NOTE_LABEL = /^【?(?:编者按|编者的话|编者|按语|编辑按|导读|提要)】?[：:]?/u;

/** A line that can be (part of) a title: short, no sentence punctuation, not a date or furniture. */
export function isTitleLine(text: string): boolean {
  return text.length <= 60 && !SENTENCE_PUNCTUATION.test(text) && !isDateLine(text) && !isFurniture(text) && !isLoneDateTime(text);
}

/**
 * Sorts the lines before the opening (or, without one, before the body):
 * furniture of every kind is dropped — publication lines, counters, bars,
 * the disclosure table with its values on the same or the next line, lone
 * dates, and short lines that are no sentence (site names, column names) —
 * the title is the block of title lines that reads most like one (关于 …
 * 巡察 … 通报), the one nearest the opening when the page repeats it;
 * repeats of it are left out silently, as the title keeps them; anything
 * else is kept.
 */
export function readHeader(given: readonly SourceLine[]): Header {
  // Lines as the header reads them: a title with furniture run into it is read without it.
  const lines = [...given];
  const disclosure: Disclosure = { issuer: null, date: null };
  const dropped: SourceLine[] = [];
  let labelledDate: IsoDate | null = null;
  let looseDate: IsoDate | null = null;
  const remaining: number[] = [];
  /** The table's 文件名称 and its value: the title when the page prints none of its own. */
  let tableTitle: { entry: SourceLine; value: SourceLine } | null = null;

  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    const next = lines[i + 1];
    const label = text.replace(/[：:]$/u, '');
    // A title under a label that is not the table's title label is the page's title after an empty cell.
    const titleUnder = next !== undefined && !TITLE_LABEL.test(label) && looksLikeTitle(next.text);
    if (isDisclosureLabel(text) && next && !isDisclosureLabel(next.text) && readLabelLine(next.text) === null && !titleUnder) {
      // A table's label on one line, its value on the next: one entry, as the table shows it.
      const entry = { text: `${label}：${next.text}`, line };
      dropped.push(entry);
      if (TITLE_LABEL.test(label) && tableTitle === null) tableTitle = { entry, value: next };
      noteDisclosure(disclosure, { label, value: next.text });
      i++;
      continue;
    }
    if (isFurniture(text)) {
      dropped.push(lines[i]!);
      for (const value of readLabelLine(text) ?? []) noteDisclosure(disclosure, value);
      labelledDate ??= pagePublicationDate(text);
      continue;
    }
    if (isLoneDateTime(text)) {
      dropped.push(lines[i]!);
      looseDate ??= loneDate(text);
      continue;
    }
    const split = splitTitleAndFurniture(text);
    if (split) {
      // The line keeps its number in both halves: the title is read from it, the rest listed as dropped.
      dropped.push({ text: split.furniture, line });
      labelledDate ??= pagePublicationDate(split.furniture) ?? loneDate(split.furniture);
      lines[i] = { text: split.title, line };
    }
    remaining.push(i);
  }

  const left = new Set(remaining);
  const range = chooseTitle(lines, remaining, left);
  let title = range ? lines.slice(range.from, range.to) : [];
  if (!range && tableTitle && looksLikeTitle(tableTitle.value.text)) {
    title = [tableTitle.value];
    dropped.splice(dropped.indexOf(tableTitle.entry), 1);
  }
  const titleText = comparable(title.map((l) => l.text).join(''));
  const below = range ? lines[range.to] : undefined;
  const issuer = range && below && left.has(range.to) && titleText.startsWith('关于') && ORGANISATION_LINE.test(below.text) ? below : null;
  const kept: SourceLine[] = [];
  for (const i of remaining) {
    if ((range && i >= range.from && i < range.to) || lines[i] === issuer) continue;
    const text = lines[i]!.text;
    // The page repeating the title (or a piece of it, a column named 巡察整改): left out, and listed as left out like all furniture.
    if (titleText !== '' && text.length <= 200 && titleText.includes(comparable(text))) {
      dropped.push(lines[i]!);
      continue;
    }
    const introducesNote = NOTE_LABEL.test(text) && left.has(i + 1);
    if (isTitleLine(text) && !introducesNote) dropped.push(lines[i]!);
    else kept.push(lines[i]!);
  }
  dropped.sort((a, b) => a.line - b.line);
  return { title, kept, dropped, disclosure, pageDate: labelledDate ?? looseDate, issuer };
}

const TITLE_LABEL = /^(?:文件名称|文件标题|信息名称|标题|名称)$/u;

/** A single line that reads as a whole title (…关于…巡察…通报). */
function looksLikeTitle(text: string): boolean {
  return isTitleLine(text) && TITLE_END.test(text) && titleScore(text) >= 4;
}

function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** How much a block of title lines reads like a notice's title. */
function titleScore(text: string): number {
  return (
    (text.includes('关于') ? 2 : 0) + (/巡察|巡视/u.test(text) ? 2 : 0) + (/整改/u.test(text) ? 1 : 0) + (COMPLETE_TITLE.test(text) ? 1 : 0)
  );
}

/**
 * The title's lines among those left: a block ending in 通报/情况/公告/报告
 * (or, failing any, a line with 关于 and 巡察), joined upwards over the
 * lines above it while its 关于 is not yet in; the best-scored block, the
 * last of equals.
 */
function chooseTitle(
  lines: readonly SourceLine[],
  remaining: readonly number[],
  left: ReadonlySet<number>,
): { from: number; to: number } | null {
  const candidates = remaining.filter((i) => isTitleLine(lines[i]!.text));
  const ends = candidates.filter((i) => TITLE_END.test(lines[i]!.text));
  const pool = ends.length > 0 ? ends : candidates.filter((i) => /关于/u.test(lines[i]!.text) && /巡察|巡视|整改/u.test(lines[i]!.text));
  let best: { from: number; to: number; score: number } | null = null;
  for (const end of pool) {
    const from = joinUp(lines, left, end);
    const score = titleScore(
      lines
        .slice(from, end + 1)
        .map((l) => l.text)
        .join(''),
    );
    if (score >= 2 && (!best || score >= best.score)) best = { from, to: end + 1, score };
  }
  return best ? { from: best.from, to: best.to } : null;
}

/** A title set on two or three lines: the lines above joined while the title's 关于 is not yet in (or it starts with 关于). */
function joinUp(lines: readonly SourceLine[], left: ReadonlySet<number>, end: number): number {
  let from = end;
  let joined = lines[end]!.text;
  while (from > 0 && end - from < 2 && left.has(from - 1)) {
    const above = lines[from - 1]!.text;
    const needsMore = !joined.includes('关于') || joined.startsWith('关于');
    if (!needsMore || !isTitleLine(above) || COMPLETE_TITLE.test(above) || above.length + joined.length > 80) break;
    // Above 关于… only the issuer's name joins, never a site's or a column's name (某某县人民政府门户网站, 巡察工作).
    if (joined.startsWith('关于') && !ISSUER_END.test(above)) break;
    from--;
    joined = above + joined;
  }
  return from;
}
