import { describe, expect, it } from 'vitest';
import { cleanLine, closeUpLine } from '../../../shared/import/clean-text';
import { isFurniture } from '../../../shared/import/furniture';
import { readMarker } from '../../../shared/import/markers';
import { readProblemHead } from '../../../shared/import/problem-head';
import { readContacts, splitClosing } from '../../../shared/import/read-contacts';
import { findDates, resolveDate } from '../../../shared/import/read-dates';
import { lcsLength, textSimilarity } from '../../../shared/import/similarity';
import { plainSimilarity } from './helpers';

describe('cleanLine', () => {
  it.each([
    [
      '  根据市委统一部署,2020年5月19日至6月19日,市委第二巡察组对(以下简称"市民政局党组")进行了巡察.',
      '根据市委统一部署，2020年5月19日至6月19日，市委第二巡察组对（以下简称“市民政局党组”）进行了巡察。',
    ],
    ['中 共 某 某 区 卫 生 健 康 局 党 组 关 于', '中共某某区卫生健康局党组关于'],
    ['一.加强组织领导', '一、加强组织领导'],
    ['(1)完善制度', '（1）完善制度'],
    ['１．针对问题', '1.针对问题'],
    ['联系电话:0755-12345678.', '联系电话：0755-12345678。'],
    ['电子邮箱:tlsyaqmzj@126.com。 |', '电子邮箱：tlsyaqmzj@126.com。'],
    ['会议时间9:30,地点见www.example.gov.cn/a.html', '会议时间9:30，地点见www.example.gov.cn/a.html'],
    ['支出22.9万元,占合同价(505.87万元)的91%', '支出22.9万元，占合同价（505.87万元）的91%'],
    ['\u3000\u3000推进全市基层政务公开标准化规范化工作 进一步强化', '推进全市基层政务公开标准化规范化工作 进一步强化'],
  ])('%s', (raw, clean) => expect(cleanLine(raw)).toBe(clean));

  it('normalises a line as a document writes it, spaces aside until the frame is found', () => {
    const line = cleanLine('学习《关于印发<办法>的通知》(东府[2018]329号)...团结--批评,于2021年12 月24 日完成');
    expect(line).toBe('学习《关于印发〈办法〉的通知》（东府〔2018〕329号）……团结——批评，于2021年12 月24 日完成');
    expect(closeUpLine(line)).toBe('学习《关于印发〈办法〉的通知》（东府〔2018〕329号）……团结——批评，于2021年12月24日完成');
    // A page's menu keeps its spaces through cleanLine: they are what marks it as furniture.
    expect(cleanLine('首页 莞邑廉情 信访举报')).toBe('首页 莞邑廉情 信访举报');
  });
});

describe('readMarker', () => {
  it.each([
    ['一、以政治建设为统领', 'yi', 1],
    ['（三）物资管理不到位', 'paren', 3],
    ['12.针对“…”问题', 'arabic', 12],
    ['2、加强学习', 'arabic', 2],
    ['（2）完善制度', 'arabicParen', 2],
    ['第六，立行立改事项', 'di', 6],
    ['第五方面问题，财经纪律执行不到位。', 'aspect', 5],
    ['十一是加强监督', 'shi', 11],
    ['③建立台账', 'circled', 3],
  ])('%s', (text, kind, n) => expect(readMarker(text)).toMatchObject({ kind, n }));

  it.each(['2020年12月21日', '1.5万元已退回', '一把手局长直接联系', '第一时间召开党组会', '十四届市委'])('no enumerator in %s', (text) => {
    expect(readMarker(text)).toBeNull();
  });
});

describe('readProblemHead', () => {
  it('reads a quoted problem that quotes things itself, and the measure run in after it', () => {
    const head = readProblemHead(
      '针对“‘三会一课’制度落实不够严格，涉嫌使用“写字机器人”软硬件撰写记录。”问题，制定整改措施如下：一是全面检查。',
    );
    expect(head).toEqual({
      problem: '‘三会一课’制度落实不够严格，涉嫌使用“写字机器人”软硬件撰写记录。',
      after: '一是全面检查。',
      head: '针对“‘三会一课’制度落实不够严格，涉嫌使用“写字机器人”软硬件撰写记录。”问题，制定整改措施如下：',
      strong: true,
    });
  });
  it.each([
    ['针对“针对主题教育开展不认真”的问题。', '针对主题教育开展不认真'],
    ['针对党组发挥领导作用不够充分的问题', '党组发挥领导作用不够充分'],
    ['“理论学习不深入”问题', '理论学习不深入'],
    ['关于“选人用人工作不够规范”问题的整改情况', '选人用人工作不够规范'],
    ['关于落实主体责任不到位问题的整改情况', '落实主体责任不到位'],
    ['问题：镇党委会议记录不规范。', '镇党委会议记录不规范。'],
    ['针对该立行立改事项，制定整改措施如下：', ''],
  ])('%s', (text, problem) => expect(readProblemHead(text)?.problem).toBe(problem));

  it('does not take a sentence for a head', () => {
    expect(readProblemHead('“以工代干”现象突出')).toBeNull();
    expect(readProblemHead('针对市委巡察提出的部分党费支出问题，梳理出基本情况')?.strong).toBe(false);
    expect(readProblemHead('12月10日，局直属机关党委书记针对用“写字机器人”代写会议记录的问题谈话')).toBeNull();
  });
});

describe('contacts', () => {
  it('splits the closing sentence from the channels, in the order written', () => {
    const closing =
      '欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：电话0769-22831389；电子邮箱：dgsfbrsk@dg.gov.cn；邮政信箱：东莞市南城街道鸿福路99号；邮政编码：523888。';
    const { sentence, contacts } = splitClosing(closing);
    expect(sentence).toBe('欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。');
    expect(readContacts(contacts)).toEqual({
      lead: '联系方式：',
      contacts: [
        { kind: 'phone', label: '电话', value: '0769-22831389', colon: '', separator: '；' },
        { kind: 'email', label: '电子邮箱', value: 'dgsfbrsk@dg.gov.cn', colon: '：', separator: '；' },
        { kind: 'address', label: '邮政信箱', value: '东莞市南城街道鸿福路99号', colon: '：', separator: '；' },
        { kind: 'postcode', label: '邮政编码', value: '523888', colon: '：', separator: '；' },
      ],
    });
  });
  it('reads channels run together with commas and other labels, keeping the commas and colons as written', () => {
    expect(readContacts('举报电话：12388，来信地址：某某市人民路1号，邮编：100000，网址：www.example.gov.cn').contacts).toEqual([
      { kind: 'phone', label: '举报电话', value: '12388', colon: '：', separator: '，' },
      { kind: 'address', label: '来信地址', value: '某某市人民路1号', colon: '：', separator: '，' },
      { kind: 'postcode', label: '邮编', value: '100000', colon: '：', separator: '，' },
      { kind: 'other', label: '网址', value: 'www.example.gov.cn', colon: '：', separator: '，' },
    ]);
  });
  it('keeps the colon of a phone written with one, and a mark a line of its own ends with', () => {
    expect(readContacts('电话：0754-88888888').contacts).toEqual([{ kind: 'phone', label: '电话', value: '0754-88888888', colon: '：' }]);
    // Contacts on lines of their own arrive joined by ；.
    expect(readContacts('电话：0754-88888888。；邮箱：a@b.cn。').contacts).toEqual([
      { kind: 'phone', label: '电话', value: '0754-88888888', colon: '：', separator: '。' },
      { kind: 'email', label: '邮箱', value: 'a@b.cn', colon: '：', separator: '。' },
    ]);
    expect(readContacts('某某市人民路1号').contacts).toEqual([{ kind: 'other', label: '', value: '某某市人民路1号', colon: '' }]);
  });
});

describe('dates', () => {
  it('reads dates written in full, in part, in Chinese numerals, and carries the year over', () => {
    const mentions = findDates('2020年12月5日至1月8日，二〇二一年三月十二日，2021-04-09');
    const start = resolveDate(mentions[0]!, null);
    expect([start, resolveDate(mentions[1]!, start), resolveDate(mentions[2]!, null), resolveDate(mentions[3]!, null)]).toEqual([
      '2020-12-05',
      '2021-01-08',
      '2021-03-12',
      '2021-04-09',
    ]);
  });
  it('does not make up a date that does not exist', () => {
    expect(resolveDate(findDates('2021年2月30日')[0]!, null)).toBeNull();
    expect(resolveDate(findDates('6月份')[0]!, '2021-01-01')).toBeNull();
  });
});

describe('furniture', () => {
  it.each([
    '您现在的位置 :首页 > 政府信息公开目录 > 其他 > 工作动态',
    '分享到:',
    '字体大小: 发布日期: 2020-12-21 10:53 来源:本网',
    '扫一扫在手机打开当前页',
    '隐私条款 | 免责声明 | 联系我们 | 网站地图',
    '粤公网安备 44190002000545号',
    '来源:莞巡宣 发布日期: 2021-12-28 11:02 【字体大小:',
    '首页 莞邑廉情 信访举报',
  ])('drops %s', (line) => expect(isFurniture(cleanLine(line))).toBe(true));
  it.each(['三、下一步工作计划', '中共东莞市民政局党组', '2020年12月21日', '来源于群众反映的问题，已全部办结。'])('keeps %s', (line) => {
    expect(isFurniture(cleanLine(line))).toBe(false);
  });
});

describe('similarity', () => {
  const random = (seed: number, length: number, alphabet: string) => {
    let x = seed;
    return Array.from({ length }, () => alphabet[(x = (x * 1103515245 + 12345) >>> 0) % alphabet.length]).join('');
  };
  it('bit-parallel LCS equals the plain dynamic programme', () => {
    for (let seed = 1; seed < 40; seed++) {
      const a = random(seed, 10 + seed * 7, '整改措施，。问题一二');
      const b = random(seed * 31, 5 + seed * 11, '整改情况，。问题二三');
      expect(Math.round(((lcsLength(a, b) * 2) / (a.length + b.length)) * 1e9)).toBe(Math.round(plainSimilarity(a, b) * 1e9));
    }
  });
  it('the clause-aligned ratio never exceeds the exact one and stays close to it on edited texts', () => {
    for (let seed = 1; seed < 30; seed++) {
      const a = random(seed, 600, '整改落实措施情况问题，。；：一二三');
      const b = a.slice(0, 100) + random(seed + 7, 20, '制定如下，。') + a.slice(130, 400) + a.slice(420);
      const exact = plainSimilarity(a, b);
      const fast = textSimilarity(a, b);
      expect(fast).toBeLessThanOrEqual(exact + 1e-12);
      expect(fast).toBeGreaterThan(exact - 0.02);
    }
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('整改', '')).toBe(0);
  });
});
