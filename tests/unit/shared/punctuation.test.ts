import { describe, expect, it } from 'vitest';
import { toFullWidthPunctuation } from '../../../shared/text/punctuation';
import { cleanFontName, sanitizeText, stripForbiddenCharacters } from '../../../shared/text/sanitize';
import { displayWidth } from '../../../shared/text/width';

describe('full-width punctuation in Chinese context', () => {
  it('converts commas, colons, semicolons and brackets between Chinese', () => {
    expect(toFullWidthPunctuation('根据市委统一部署,2020年5月19日至6月19日,市委第二巡察组')).toBe(
      '根据市委统一部署，2020年5月19日至6月19日，市委第二巡察组',
    );
    expect(toFullWidthPunctuation('具体整改落实情况如下:一是;二是')).toBe('具体整改落实情况如下：一是；二是');
    expect(toFullWidthPunctuation('(一)班子分工不规范')).toBe('（一）班子分工不规范');
    expect(toFullWidthPunctuation('属行业党委(党总支)管理')).toBe('属行业党委（党总支）管理');
    expect(toFullWidthPunctuation('以下简称"市民政局党组")')).toBe('以下简称“市民政局党组”）');
    expect(toFullWidthPunctuation('占合同价的91%;12月,签订')).toBe('占合同价的91%；12月，签订');
  });

  it('leaves URLs, e-mail, times, decimals and level-3 numbering alone', () => {
    expect(toFullWidthPunctuation('电子邮箱:dgsfbrsk@dg.gov.cn;网址:http://www.dg.gov.cn/a,b')).toBe(
      '电子邮箱：dgsfbrsk@dg.gov.cn；网址：http://www.dg.gov.cn/a,b',
    );
    expect(toFullWidthPunctuation('上午9:00召开,金额1,862.62万元')).toBe('上午9:00召开，金额1,862.62万元');
    expect(toFullWidthPunctuation('1.针对“问题”')).toBe('1.针对“问题”');
    expect(toFullWidthPunctuation('Times New Roman (TNR), ok')).toBe('Times New Roman (TNR), ok');
  });

  it('keeps the length, so rich-text offsets stay valid', () => {
    const text = '一是,"三会一课"(记录本):检查;完成?是!';
    expect(Array.from(toFullWidthPunctuation(text))).toHaveLength(Array.from(text).length);
  });
});

describe('sanitising', () => {
  it('drops characters XML forbids and flattens line breaks', () => {
    expect(sanitizeText('整\u0001改\uFFFE通\uFFFF报\u0008')).toBe('整改通报');
    expect(sanitizeText('第一行\r\n第二行\t完')).toBe('第一行 第二行 完');
    expect(sanitizeText('孤\uD800立')).toBe('孤立');
    expect(sanitizeText('𠀀字')).toBe('𠀀字');
  });

  it('stores text without forbidden characters but with its line breaks and tabs', () => {
    expect(stripForbiddenCharacters('标题\u0001第一行\n第二行\t完\uFFFE')).toBe('标题第一行\n第二行\t完');
    expect(stripForbiddenCharacters('𠀀字 a  b')).toBe('𠀀字 a  b');
  });

  it('cleans a font name to one line of visible characters, keeping its own spaces and underscores', () => {
    expect(cleanFontName(' 仿宋\u0001_GB2312\uFFFE\n')).toBe('仿宋_GB2312');
    expect(cleanFontName('Times\u200B New Roman\u0085')).toBe('Times New Roman');
    expect(cleanFontName('\u0001\uFFFF')).toBe('');
  });

  it('counts half-width characters as half', () => {
    expect(displayWidth('2020年12月21日')).toBe(7);
    expect(displayWidth('中共东莞市民政局党组')).toBe(10);
  });
});
