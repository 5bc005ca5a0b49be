import { CJK, spotMaker, type Spot } from './spot';

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
    spots.push(make('punctuation.repeated', 'error', `标点“${match[0]}”重复，应为一个“${mark}”`, match.index, match.index + match[0].length, mark));
  }
  for (const match of text.matchAll(CLASHING)) {
    const pair = text.slice(match.index, match.index + 2);
    if (pair[0] === pair[1]) continue;
    spots.push(make('punctuation.clashing', 'error', `标点“${pair}”连用，应只留一个`, match.index, match.index + 2));
  }
  return spots;
}

const H = `[${CJK}]`;
/** Dots or 。 for an ellipsis, or a lone …; a lone … or dots only count beside Chinese text. */
const ELLIPSIS = new RegExp(`。{3,}|(?<=${H}\\s{0,3})(?:\\.{3,}|(?<!…)…(?!…))|(?:\\.{3,}|(?<!…)…(?!…))(?=\\s{0,3}${H})`, 'gu');
/** -- or －－ or a lone — between Chinese text: the Chinese dash is —— (two em dashes). */
const DASH = new RegExp(`(?<=${H}\\s{0,3})(?:--|－－|(?<!—)—(?!—))(?=\\s{0,3}${H})`, 'gu');

export function ellipsisAndDashes(text: string): Spot[] {
  const spots: Spot[] = [];
  for (const match of text.matchAll(ELLIPSIS)) {
    spots.push(make('punctuation.ellipsis', 'error', `省略号“${match[0]}”应为“……”`, match.index, match.index + match[0].length, '……'));
  }
  for (const match of text.matchAll(DASH)) {
    spots.push(make('punctuation.dash', 'error', `破折号“${match[0]}”应为“——”`, match.index, match.index + match[0].length, '——'));
  }
  return spots;
}
