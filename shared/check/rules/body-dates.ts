import { spotMaker, type Spot } from './spot';

const make = spotMaker('dates');

/**
 * A Chinese date with a month or day of two digits: 2020年09月, 9月09日,
 * 2020年09月01日, spaces typed between its parts included (2020年09月01 日),
 * so one fix gives the whole date right.
 */
const S = '[ \\u00A0]{0,3}';
const CHINESE_DATE = new RegExp(`(?<![\\d０-９])(?:(\\d{4})${S}年${S})?(\\d{1,2})${S}月(?:${S}(\\d{1,2})${S}日)?`, 'gu');

/** Dates written 2020年09月01日: GB/T 9704 writes 2020年9月1日, without leading zeros. */
export function leadingZeros(text: string): Spot[] {
  const spots: Spot[] = [];
  for (const match of text.matchAll(CHINESE_DATE)) {
    const [whole, year, month, day] = match;
    if (!month!.startsWith('0') && !day?.startsWith('0')) continue;
    if (!validMonthDay(Number(month), day === undefined ? 1 : Number(day))) continue;
    const right = `${year ? `${year}年` : ''}${Number(month)}月${day !== undefined ? `${Number(day)}日` : ''}`;
    spots.push(
      make('dates.leading-zero', 'error', `日期“${whole}”不应有前导零，应为“${right}”`, match.index, match.index + whole.length, right),
    );
  }
  return spots;
}

/**
 * 2020.9.1, 2020-09-01, 2020/9/1 in body text; the year must be 19xx or 20xx
 * and the date real, so decimals (3.5), version numbers (1.2.3) and phone
 * numbers are left alone.
 */
const OTHER_DATE = /(?<![\dA-Za-z.\-/])((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\dA-Za-z]|[./-]\d)/gu;

export function otherDateForms(text: string): Spot[] {
  const spots: Spot[] = [];
  for (const match of text.matchAll(OTHER_DATE)) {
    const [whole, year, , month, day] = match;
    if (!validMonthDay(Number(month), Number(day))) continue;
    const right = `${year}年${Number(month)}月${Number(day)}日`;
    spots.push(make('dates.date-form', 'error', `日期“${whole}”应写作“${right}”`, match.index, match.index + whole.length, right));
  }
  return spots;
}

const FULL_WIDTH_DIGITS = /[０-９]+(?:[．.][０-９]+)?/gu;

/** Figures in full-width digits (１２万元): GB/T 9704 figures use half-width Arabic digits. */
export function fullWidthDigits(text: string): Spot[] {
  const spots: Spot[] = [];
  for (const match of text.matchAll(FULL_WIDTH_DIGITS)) {
    const right = match[0].replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    spots.push(
      make(
        'dates.full-width-digits',
        'error',
        `数字“${match[0]}”是全角数字，应为半角“${right}”`,
        match.index,
        match.index + match[0].length,
        right,
      ),
    );
  }
  return spots;
}

function validMonthDay(month: number, day: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]!;
}
