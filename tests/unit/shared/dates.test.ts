import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatChineseDateAfter, parseIsoDate } from '../../../shared/text/dates';
import { fromChineseNumeral, toChineseNumeral } from '../../../shared/text/chinese-numerals';

describe('Chinese dates', () => {
  it('writes a date without leading zeros', () => {
    expect(formatChineseDate('2020-12-21')).toBe('2020年12月21日');
    expect(formatChineseDate('2021-03-09')).toBe('2021年3月9日');
  });

  it('drops the year of a later date in the same year', () => {
    expect(formatChineseDateAfter('2020-06-19', '2020-05-19')).toBe('6月19日');
    expect(formatChineseDateAfter('2021-01-05', '2020-12-19')).toBe('2021年1月5日');
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2021-02-29')).toBeNull();
    expect(parseIsoDate('2020-02-29')).not.toBeNull();
    expect(parseIsoDate('2020/02/01')).toBeNull();
  });
});

describe('Chinese numerals', () => {
  it('counts as documents do', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 101, 110].map(toChineseNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
      '一百一十',
    ]);
  });

  it('reads numerals back', () => {
    expect(fromChineseNumeral('十三')).toBe(13);
    expect(fromChineseNumeral('二十')).toBe(20);
    expect(fromChineseNumeral('是')).toBeNull();
  });
});
