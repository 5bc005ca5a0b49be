import { fromChineseNumeral } from '../text/chinese-numerals';
import { parseIsoDate, type IsoDate } from '../text/dates';

/** A date written in a sentence, as far as it goes (2020年5月19日, 6月19日, 二〇二〇年十二月). */
export interface DateMention {
  /** Offset of the mention in the text (UTF-16 units). */
  index: number;
  end: number;
  text: string;
  year: number | null;
  month: number;
  day: number | null;
}

const ARABIC = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?/gu;
const CHINESE = /(?:([〇○零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?/gu;
const NUMERIC = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})/gu;
const DIGIT_OF: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Every date mention in a text, in order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(ARABIC)) {
    found.push(mention(m, m[1] ? Number(m[1]) : null, Number(m[2]), m[3] ? Number(m[3]) : null));
  }
  for (const m of text.matchAll(CHINESE)) {
    const year = m[1] ? Number(Array.from(m[1], (c) => DIGIT_OF[c]).join('')) : null;
    const day = m[3] ? fromChineseNumeral(m[3]) : null;
    found.push(mention(m, year, fromChineseNumeral(m[2]!) ?? 0, day));
  }
  for (const m of text.matchAll(NUMERIC)) found.push(mention(m, Number(m[1]), Number(m[2]), Number(m[3])));
  found.sort((a, b) => a.index - b.index);
  // A numeric date also matches nothing else; overlapping matches keep the first.
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1]!.end);
}

function mention(m: RegExpMatchArray, year: number | null, month: number, day: number | null): DateMention {
  return { index: m.index!, end: m.index! + m[0].length, text: m[0], year, month, day };
}

/**
 * The mention as an ISO date, the year taken from `previous` when the text
 * leaves it out (2020年5月19日至6月19日), moved on a year when that would put
 * it before `previous` (12月… then 1月…). Null when it is not a whole real date.
 */
export function resolveDate(mention: DateMention, previous: IsoDate | null): IsoDate | null {
  if (mention.day === null) return null;
  const before = previous ? parseIsoDate(previous) : null;
  let year = mention.year ?? before?.year ?? null;
  if (year === null) return null;
  if (mention.year === null && before && (mention.month < before.month || (mention.month === before.month && mention.day < before.day)))
    year++;
  const iso = `${String(year).padStart(4, '0')}-${String(mention.month).padStart(2, '0')}-${String(mention.day).padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : null;
}

const WHOLE_DATE =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/u;

/** True when a paragraph is a date and nothing else (the date under a signature). */
export function isDateLine(text: string): boolean {
  return text.length <= 60 && WHOLE_DATE.test(text.replace(/\s+/gu, ''));
}
