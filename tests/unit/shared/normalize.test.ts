import { describe, expect, it } from 'vitest';
import { normalizeRuns, normalizeText } from '../../../shared/text/normalize';
import { CHINESE_CLASS, isChinese } from '../../../shared/text/punctuation';

const cases = (list: [string, string][]) => list.map(([raw, printed]) => ({ raw, printed }));

describe('document numbers take 〔〕 round the year', () => {
  it.each(
    cases([
      ['东府[2018]329号', '东府〔2018〕329号'],
      ['东府【2018】329号', '东府〔2018〕329号'],
      ['东府(2018)329号', '东府〔2018〕329号'],
      ['东府（2018）329号', '东府〔2018〕329号'],
      ['东府［2018］329号', '东府〔2018〕329号'],
      ['（东民办函[2019]28号）', '（东民办函〔2019〕28号）'],
      ['见东府 [2018] 329 号文', '见东府〔2018〕329号文'],
      ['东府〔2018〕329号', '东府〔2018〕329号'],
    ]),
  )('$raw → $printed', ({ raw, printed }) => expect(normalizeText(raw)).toBe(printed));

  it.each([
    // Not after a 发文机关代字, or not before a serial number and 号: other brackets stay.
    ['[2018]329号', '[2018]329号'],
    ['东府（2018）文件', '东府（2018）文件'],
    ['条例(2018年修订)', '条例（2018年修订）'],
    ['【重要】请于3号前报送', '【重要】请于3号前报送'],
    ['共（2018）人', '共（2018）人'],
    ['东府（18）329号', '东府（18）329号'],
  ])('leaves %s as %s', (raw, printed) => expect(normalizeText(raw)).toBe(printed));
});

describe('a title inside a title takes 〈〉', () => {
  it.each(
    cases([
      ['《关于印发<东莞市采购实施方案>的通知》', '《关于印发〈东莞市采购实施方案〉的通知》'],
      ['《关于印发《东莞市采购实施方案》的通知》', '《关于印发〈东莞市采购实施方案〉的通知》'],
      ['《关于印发＜办法＞的通知》', '《关于印发〈办法〉的通知》'],
      ['《关于印发〈办法〉的通知》', '《关于印发〈办法〉的通知》'],
      ['学习《关于印发<甲>和<乙>的通知》《条例》', '学习《关于印发〈甲〉和〈乙〉的通知》《条例》'],
    ]),
  )('$raw → $printed', ({ raw, printed }) => expect(normalizeText(raw)).toBe(printed));

  it.each([
    ['满足x<5且y>3的情形', '满足x<5且y>3的情形'],
    ['《条例》和《办法》', '《条例》和《办法》'],
    // The outer title never closes: nothing inside it is sure to be a title.
    ['《关于印发《办法》', '《关于印发《办法》'],
    ['《关于<甲的通知》', '《关于<甲的通知》'],
  ])('leaves %s as %s', (raw, printed) => expect(normalizeText(raw)).toBe(printed));
});

describe('dashes and ellipses', () => {
  it.each(
    cases([
      ['遵循“团结--批评--团结”的方针', '遵循“团结——批评——团结”的方针'],
      ['团结－－批评', '团结——批评'],
      ['团结—批评', '团结——批评'],
      ['团结——批评', '团结——批评'],
      ['包括会议记录...等材料', '包括会议记录……等材料'],
      ['包括会议记录......', '包括会议记录……'],
      ['包括会议记录。。。', '包括会议记录……'],
      ['包括会议记录…等', '包括会议记录……等'],
      ['包括会议记录……等', '包括会议记录……等'],
    ]),
  )('$raw → $printed', ({ raw, printed }) => expect(normalizeText(raw)).toBe(printed));

  it.each([
    ['2020—2021年', '2020—2021年'],
    ['电话0769-22832508', '电话0769-22832508'],
    ['网址http://example.gov.cn/a--b', '网址http://example.gov.cn/a--b'],
    ['Loading... done', 'Loading... done'],
    ['金额1.28万元', '金额1.28万元'],
  ])('leaves %s as %s', (raw, printed) => expect(normalizeText(raw)).toBe(printed));
});

describe('spaces', () => {
  it.each(
    cases([
      ['2021年12 月24 日', '2021年12月24日'],
      ['共 3 个', '共3个'],
      ['整改 工作', '整改工作'],
      ['上午 9:00 召开', '上午9:00召开'],
      ['退回 1.28 万元', '退回1.28万元'],
      ['完成率 91 %，', '完成率91%，'],
      ['“三会一课” 制度', '“三会一课”制度'],
      ['整改\u00A0工作', '整改工作'],
    ]),
  )('$raw → $printed', ({ raw, printed }) => expect(normalizeText(raw)).toBe(printed));

  it.each([
    ['使用Times New Roman字体', '使用Times New Roman字体'],
    ['电子邮箱：a@b.cn ', '电子邮箱：a@b.cn '],
    ['共计 1 000 元', '共计1 000元'],
    // The ideographic space is a character of Chinese text, not a stray space.
    ['\u3000\u3000整改', '\u3000\u3000整改'],
  ])('leaves %s as %s', (raw, printed) => expect(normalizeText(raw)).toBe(printed));

  it('keeps spaces when asked (the importer still reads them)', () => {
    expect(normalizeText('首页 莞邑廉情 信访举报', { keepSpaces: true })).toBe('首页 莞邑廉情 信访举报');
  });
});

describe('invisible characters and punctuation', () => {
  it('drops zero-width characters, the BOM and soft hyphens', () => {
    expect(normalizeText('\uFEFF整\u200B改\u200C通\u200D报\u2060完\u00AD成')).toBe('整改通报完成');
  });

  it('makes punctuation full-width in Chinese context and leaves URLs, e-mail, times, decimals, thousands and 1. alone', () => {
    expect(normalizeText('根据市委统一部署,(一)班子分工:一是;二是')).toBe('根据市委统一部署，（一）班子分工：一是；二是');
    expect(normalizeText('电子邮箱:dgsfbrsk@dg.gov.cn;网址:http://www.dg.gov.cn/a,b')).toBe(
      '电子邮箱：dgsfbrsk@dg.gov.cn；网址：http://www.dg.gov.cn/a,b',
    );
    expect(normalizeText('上午9:00召开,金额1,862.62万元')).toBe('上午9:00召开，金额1,862.62万元');
    expect(normalizeText('1.针对“问题”')).toBe('1.针对“问题”');
    expect(normalizeText('Times New Roman (TNR), ok')).toBe('Times New Roman (TNR), ok');
  });

  it('leaves quotes as typed inside quotes (nesting is not its business)', () => {
    expect(normalizeText('“学习“两个维护”的体会”')).toBe('“学习“两个维护”的体会”');
  });

  it('gives the same text a second time', () => {
    const once = normalizeText('见东府 [2018] 329 号,《关于印发<办法>的通知》团结--批评... 共 3 个');
    expect(once).toBe('见东府〔2018〕329号，《关于印发〈办法〉的通知》团结——批评……共3个');
    expect(normalizeText(once)).toBe(once);
  });
});

describe('runs', () => {
  it('reads context across runs and keeps one piece per run', () => {
    // A bold 12, a plain " 月24 日": the space after 12 is still between a digit and Chinese.
    expect(normalizeRuns(['2021年12', ' 月24 日', '', '完成'])).toEqual(['2021年12', '月24日', '', '完成']);
    expect(normalizeRuns(['团结', '--', '批评'])).toEqual(['团结', '——', '批评']);
    expect(normalizeRuns(['东府[', '2018]329号'])).toEqual(['东府〔', '2018〕329号']);
  });

  it('gives a character inserted or removed to the run it came from', () => {
    expect(normalizeRuns(['团结—', '批评'])).toEqual(['团结——', '批评']);
    expect(normalizeRuns(['会议记录…', '等'])).toEqual(['会议记录……', '等']);
    expect(normalizeRuns(['会议记录..', '.等'])).toEqual(['会议记录……', '等']);
    expect(normalizeRuns(['整改\u200B', '\u200B'])).toEqual(['整改', '']);
    expect(normalizeRuns(['共 ', '3 个'])).toEqual(['共', '3个']);
  });

  it('copes with a very long pasted paragraph', () => {
    const long = '整改 工作,'.repeat(50_000);
    expect(normalizeRuns([long, long])).toEqual(['整改工作，'.repeat(50_000), '整改工作，'.repeat(50_000)]);
  });

  it('reads hostile lines without failing: thousands of nested titles and angle marks', () => {
    expect(normalizeText(`《《${'<a>'.repeat(50_000)}》》`).startsWith('《〈〈a〉〈a〉')).toBe(true);
    expect(normalizeText(`${'《'.repeat(50_000)}${'》'.repeat(50_000)}`).slice(0, 3)).toBe('《〈〈');
    expect(normalizeText(`中${' '.repeat(50_000)}--${' '.repeat(50_000)}文`)).toBe(`中${' '.repeat(50_000)}--${' '.repeat(50_000)}文`);
  });

  it('keeps characters outside the BMP whole', () => {
    expect(normalizeRuns(['𠀀 ', '字 3 个'])).toEqual(['𠀀', '字3个']);
  });
});

it('CHINESE_CLASS holds the characters isChinese accepts', () => {
  const pattern = new RegExp(`^[${CHINESE_CLASS}]$`, 'u');
  for (let code = 0; code <= 0x2ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const c = String.fromCodePoint(code);
    if (pattern.test(c) !== isChinese(c)) expect.fail(`U+${code.toString(16)}: class ${pattern.test(c)}, isChinese ${isChinese(c)}`);
  }
});
