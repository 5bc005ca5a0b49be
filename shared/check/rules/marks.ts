import { chineseEllipsis, DASH, DOCUMENT_NUMBER_YEAR, ELLIPSIS, SPACE as SPACE_CLASS } from '../../text/normalize';
import { isChinese } from '../../text/punctuation';
import { EXPORT_CORRECTS } from './spacing';
import { printedMarks, type Spot, spotMaker } from './spot';

const make = spotMaker('punctuation');

/** A mark typed twice or more (，， 。。 、、); three or more 。 are an ellipsis, reported by ellipsisAndDashes. */
const REPEATED = /([，。、；：！？])\1+/gu;
/** Two different sentence marks in a row (。， ；。): one of them is wrong, which one a human decides. */
const CLASHING = /[，。、；：](?=[，。、；：])/gu;

export function repeatedMarks(text: string): Spot[] {
  const spots: Spot[] = [];
  for (const match of text.matchAll(REPEATED)) {
    const mark = match[1]!;
    if (mark === '。' && match[0].length >= 3) continue;
    spots.push(
      make('punctuation.repeated', 'error', `标点“${match[0]}”重复，应为一个“${mark}”`, match.index, match.index + match[0].length, mark),
    );
  }
  for (const match of text.matchAll(CLASHING)) {
    const pair = text.slice(match.index, match.index + 2);
    if (pair[0] === pair[1]) continue;
    spots.push(make('punctuation.clashing', 'error', `标点“${pair}”连用，应只留一个`, match.index, match.index + 2));
  }
  return spots;
}

const SPACE = new RegExp(`^${SPACE_CLASS}$`, 'u');

/** How far the spaces either side of start…end reach, where the export closes them up (a dash or ellipsis beside Chinese text or a figure). */
function withSpaces(text: string, start: number, end: number): [number, number] {
  const closes = (c: string | undefined) => c !== undefined && (isChinese(c) || /[\d%‰℃°]/u.test(c));
  let from = start;
  while (from > 0 && SPACE.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && SPACE.test(text[to]!)) to++;
  return [closes(text[from - 1]) ? from : start, closes(text[to]) ? to : end];
}

/**
 * Ellipses and dashes typed the web way (..., 。。。, a lone …; --, a lone —
 * between Chinese): found by the export's own patterns (normalize.ts), which
 * print them as …… and ——, so a hint. The match takes in the spaces the
 * export closes up around it (整改 -- 落实 prints 整改——落实), so one fix
 * clears the whole. An ellipsis followed by 。 is a hint of its own: the 。
 * goes.
 */
export function ellipsisAndDashes(original: string): Spot[] {
  // The export reads its ellipses and dashes after making half-width marks full-width; unit for unit.
  const text = printedMarks(original);
  const spots: Spot[] = [];
  for (const match of text.matchAll(ELLIPSIS)) {
    if (chineseEllipsis(match, text) === null) continue;
    const [start, end] = withSpaces(text, match.index, match.index + match[0].length);
    spots.push(make('punctuation.ellipsis', 'hint', `省略号“${match[0]}”应为“……”（${EXPORT_CORRECTS}）`, start, end, '……'));
  }
  for (const match of text.matchAll(DASH)) {
    const [start, end] = withSpaces(text, match.index, match.index + match[0].length);
    spots.push(make('punctuation.dash', 'hint', `破折号“${match[0]}”应为“——”（${EXPORT_CORRECTS}）`, start, end, '——'));
  }
  for (const match of text.matchAll(ELLIPSIS_STOP)) {
    spots.push(make('punctuation.ellipsis-stop', 'hint', '省略号后不再加句号，应删去“。”', match.index, match.index + 1, ''));
  }
  return spots;
}

/** 。 after an ellipsis (……。, or one typed the web way): the ellipsis ends the sentence. */
const ELLIPSIS_STOP = /(?<=…|\.{3}|。{3})。(?!。)/gu;

/**
 * The year of a document number in other brackets than 〔〕 (东府(2018)329号,
 * 东府[2018]329号): the export prints 〔2018〕 (normalize.ts, the same
 * pattern), so a hint whose fix is what prints.
 */
export function documentNumberYears(original: string): Spot[] {
  if (!/\d{4}/u.test(original)) return [];
  const text = printedMarks(original);
  const spots: Spot[] = [];
  for (const match of text.matchAll(DOCUMENT_NUMBER_YEAR)) {
    const right = `〔${match[1]}〕`;
    if (match[0] === right) continue;
    const message = `发文字号中的年份“${original.slice(match.index, match.index + match[0].length)}”应使用六角括号“${right}”（${EXPORT_CORRECTS}）`;
    spots.push(make('punctuation.document-number', 'hint', message, match.index, match.index + match[0].length, right));
  }
  return spots;
}
