import { describe, expect, it } from 'vitest';
import { cleanLine, closeUpLine } from '../../../shared/import/clean-text';
import { findFrame } from '../../../shared/import/frame';
import { isFurniture, isLoneDateTime } from '../../../shared/import/furniture';
import { readMetadata } from '../../../shared/import/read-metadata';
import { sourceFromText } from '../../../shared/import/source';
import { toSimplified } from '../../../shared/import/traditional';
import { WarningList } from '../../../shared/import/warnings';
import { importText } from './helpers';

/** The frame of a text, its lines cleaned as the importer cleans them. */
function frameOf(text: string) {
  const lines = sourceFromText(text)
    .lines.map((l) => ({ ...l, text: cleanLine(l.text) }))
    .filter((l) => l.text !== '');
  const warnings = new WarningList();
  const frame = findFrame(lines, warnings);
  return { frame, warnings: warnings.all() };
}

/** What the opening states, read as the importer reads it (lines closed up after the frame is found). */
function metaOf(text: string) {
  const { frame } = frameOf(text);
  const close = <T extends { text: string } | null>(l: T): T => (l ? { ...l, text: closeUpLine(l.text) } : l);
  return readMetadata(
    { ...frame, title: frame.title.map(close), opening: close(frame.opening), openingMore: frame.openingMore.map(close) },
    new WarningList(),
  );
}

const TITLE = '中共某某县水利局党组关于县委第三轮巡察整改进展情况的通报';
const OPENING =
  '根据县委统一部署，2023年3月6日至5月10日，县委第二巡察组对中共某某县水利局党组（以下简称“县水利局党组”）进行了巡察，6月15日，县委巡察组向县水利局党组反馈了巡察意见。现将巡察整改进展情况予以公布。';

describe('page furniture, recognised by kind', () => {
  it.each([
    '发布时间：2023-05-06 10:32 来源：县纪委监委 作者：办公室 浏览次数：1234',
    '日期:2023年05月06日 来源:本网 浏览量:',
    '来源：县委巡察办 | 访问次数：',
    '点击：',
    '作者： 张明 发布日期：2023-05-06',
    '【字号：大 中 小】【打印】【关闭】',
    '分享： 微信 微博 QQ空间 朗读',
    '收藏 打印 关闭',
    '本文已被浏览1234次',
    '信息索引号：11330102MB1A23456X/2023-04518',
    '索引号：001-2023-00217 主题分类：党务公开 发布机构：中共某某县委员会 成文日期：2023-12-20 公开方式：主动公开',
    '成文日期',
    '有效性：有效',
    '相关链接：县委巡察办召开工作例会',
  ])('drops %s', (line) => expect(isFurniture(cleanLine(line))).toBe(true));

  it.each(['2023-05-06 10:32', '2023年05月06日 10:32:11', '（2023年5月6日）', '2023-05-06'])(
    'drops the lone date %s before the opening',
    (line) => {
      expect(isLoneDateTime(cleanLine(line))).toBe(true);
    },
  );

  it.each([
    '来源于群众反映的问题，已全部办结。',
    '时间紧、任务重，党组召开会议专题研究。',
    '作者所在支部已完成整改。',
    TITLE,
    '中共某某县水利局党组',
  ])('keeps %s', (line) => expect(isFurniture(cleanLine(line))).toBe(false));
});

describe('the title and what stands around it', () => {
  it('finds the title among furniture of every kind before and after it, and lists what it dropped', () => {
    const text = [
      '某某县人民政府门户网站',
      '首页 > 信息公开 > 巡察整改',
      '文件名称',
      TITLE,
      '发布机构',
      '中共某某县水利局党组',
      '成文日期',
      '2023-09-01',
      TITLE,
      '2023-09-02 09:30',
      '浏览：88',
      OPENING,
      '一、整改工作开展情况',
    ].join('\n');
    const { frame, warnings } = frameOf(text);
    expect(frame.title.map((l) => l.line)).toEqual([9]);
    expect(frame.opening?.line).toBe(12);
    expect(frame.dropped.map((d) => d.text)).toEqual([
      '某某县人民政府门户网站',
      '首页 > 信息公开 > 巡察整改',
      `文件名称：${TITLE}`,
      '发布机构：中共某某县水利局党组',
      '成文日期：2023-09-01',
      '2023-09-02 09:30',
      '浏览：88',
    ]);
    expect(frame.disclosure).toEqual({ issuer: '中共某某县水利局党组', date: '2023-09-01' });
    expect(frame.pageDate).toBe('2023-09-02');
    expect(warnings).toEqual([]);
  });

  it.each([
    ['a 情况的报告 title', '中共某某县第一中学委员会关于县委巡察整改情况的报告'],
    ['a 巡视 title', '中共某某市委员会关于省委第二轮巡视整改进展情况的通报'],
    ['a title on three lines', '中共某某县委员会\n关于市委第二轮巡察反馈意见\n整改进展情况的通报'],
    ['a title that starts with 关于 repeated with nothing between', '关于县委巡察整改情况的通报\n关于县委巡察整改情况的通报'],
  ])('finds %s', (_, title) => {
    const { frame } = frameOf(`${title}\n发布时间：2023-05-06\n${OPENING}`);
    const lines = title.split('\n');
    const expected = lines.length === 2 && lines[0] === lines[1] ? lines[1]! : lines.join('');
    expect(frame.title.map((l) => l.text).join('')).toBe(expected);
  });

  it('lists a page line repeating (a piece of) the title as dropped, never losing it silently', () => {
    const { frame } = frameOf(`巡察整改\n${TITLE}\n${OPENING}`);
    expect(frame.title.map((l) => l.text)).toEqual([TITLE]);
    expect(frame.dropped.map((l) => l.text)).toEqual(['巡察整改']);
  });

  it('keeps an editor’s note before the title, in front of the opening, saying so', () => {
    const note = '编者按：为推进巡察整改公开，现将县水利局党组巡察整改进展情况全文刊发，欢迎监督。';
    const { frame, warnings } = frameOf(`${note}\n${TITLE}\n${OPENING}\n一、整改情况`);
    expect(frame.lead.map((l) => l.text)).toEqual([note]);
    expect(frame.opening?.text).toBe(OPENING);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[1, '开头段之前的这段文字已并入开头段，请核对']]);
  });

  it('keeps a sentence after the date at the end of the body, drops a list of related headlines', () => {
    const text = `${TITLE}\n${OPENING}\n一、整改情况\n已完成整改。\n中共某某县水利局党组\n2023年9月1日\n本通报数据截至2023年8月31日。\n相关新闻\n县水利局召开整改推进会\n上一篇：县水利局开展防汛演练`;
    const { frame, warnings } = frameOf(text);
    expect(frame.body.map((l) => l.text)).toEqual(['一、整改情况', '已完成整改。', '本通报数据截至2023年8月31日。']);
    expect(frame.dropped.map((l) => l.text)).toEqual(['相关新闻', '县水利局召开整改推进会', '上一篇：县水利局开展防汛演练']);
    expect(warnings.map((w) => w.message)).toEqual(['落款之后的这段文字已放在正文末尾，请核对']);
  });

  it('imports a notice without a title with an empty title, never a made-up one', () => {
    const result = importText(`${OPENING}\n（一）“河道管护不到位”问题\n整改措施：开展河道清淤。\n整改情况：已清淤12公里。`);
    expect(result.notice.meta.titleOverride).toBe('');
    expect(result.warnings.map((w) => w.message)).toContain('未找到标题，导入后标题为空，请手工填写');
  });
});

describe('metadata from every usual opening', () => {
  it.each([
    ['根据省委巡视工作统一部署', '省委'],
    ['根据市委统一部署', '市委'],
    ['根据区委巡察工作的安排部署', '区委'],
    ['根据县委巡察工作统一安排部署', '县委'],
    ['根据州委巡察工作部署', '州委'],
    ['根据旗委统一安排部署', '旗委'],
    ['根据集团党委巡察工作的统一部署', '集团党委'],
    ['根据区直机关党工委巡察工作安排部署', '区直机关党工委'],
    ['根据局党组巡察工作部署', '局党组'],
    ['根据中央和省委关于巡视工作的统一部署', '省委'],
    ['根据县委2023年第一轮巡察工作部署', '县委'],
    ['根据市委巡察工作领导小组统一部署', '市委'],
  ])('%s: inspected by %s', (lead, body) => {
    const meta = metaOf(`${TITLE}\n${lead}，2023年3月6日至5月10日，某某第二巡察组对县水利局党组进行了巡察，6月15日反馈了巡察意见。`);
    expect(meta.inspectingBody).toBe(body);
  });

  it.each(['提级巡察', '交叉巡察', '专项巡察', '机动巡察', '常规巡察', '为期两个月的常规巡察'])(
    'reads an opening with 开展了%s',
    (kind) => {
      const meta = metaOf(
        `${TITLE}\n根据县委统一部署，2023年3月6日至5月10日，县委第二巡察组对县水利局党组开展了${kind}，6月15日，县委巡察组向县水利局党组反馈了巡察意见。`,
      );
      expect(meta).toMatchObject({
        inspectionStart: '2023-03-06',
        inspectionEnd: '2023-05-10',
        feedbackDate: '2023-06-15',
        issuerShort: '县水利局党组',
      });
    },
  );

  it.each(['至', '到', '—', '-', '～'])('reads a period joined by %s', (joiner) => {
    const meta = metaOf(
      `${TITLE}\n根据县委统一部署，2023年3月6日${joiner}5月10日，县委第二巡察组对县水利局党组进行了巡察，6月15日反馈了巡察意见。`,
    );
    expect([meta.inspectionStart, meta.inspectionEnd, meta.feedbackDate]).toEqual(['2023-03-06', '2023-05-10', '2023-06-15']);
  });

  it('resolves a self-reference from the title’s issuer, without a short name', () => {
    const meta = metaOf(
      `中共某某县人民医院委员会关于县委巡察整改情况的通报\n根据县委统一部署，2023年3月6日至5月10日，县委第一巡察组对我院党委进行了巡察，6月15日向我院党委反馈了巡察意见。`,
    );
    expect(meta).toMatchObject({ issuer: '中共某某县人民医院委员会', issuerShort: '', inspectingBody: '县委' });
  });

  it('takes a year the opening leaves out from the feedback, the title, or the date under the signature', () => {
    const fromFeedback = metaOf(
      `${TITLE}\n根据县委统一部署，11月6日至12月20日，县委第二巡察组对县水利局党组进行了巡察，2024年1月15日反馈了巡察意见。`,
    );
    expect([fromFeedback.inspectionStart, fromFeedback.inspectionEnd, fromFeedback.feedbackDate]).toEqual([
      '2023-11-06',
      '2023-12-20',
      '2024-01-15',
    ]);
    const fromTitle = metaOf(
      `中共某某县水利局党组关于县委2022年第一轮巡察整改情况的通报\n根据县委统一部署，3月6日至5月10日，县委第二巡察组对县水利局党组进行了巡察，6月15日反馈了巡察意见。`,
    );
    expect([fromTitle.inspectionStart, fromTitle.feedbackDate, fromTitle.round]).toEqual(['2022-03-06', '2022-06-15', '县委2022年第一轮']);
    const fromDate = metaOf(
      `${TITLE}\n根据县委统一部署，10月9日至11月30日，县委第二巡察组对县水利局党组进行了巡察，12月20日反馈了巡察意见。\n一、整改情况\n已整改。\n中共某某县水利局党组\n2024年3月1日`,
    );
    expect([fromDate.inspectionStart, fromDate.inspectionEnd, fromDate.feedbackDate]).toEqual(['2023-10-09', '2023-11-30', '2023-12-20']);
  });

  it('reads the feedback date in the next sentence, and in the next paragraph when the opening runs over two', () => {
    const nextSentence = metaOf(
      `${TITLE}\n根据县委统一部署，2023年3月6日至5月10日，县委第二巡察组对县水利局党组进行了巡察。2023年6月15日，县委巡察组向县水利局党组反馈了巡察意见。`,
    );
    expect(nextSentence.feedbackDate).toBe('2023-06-15');
    const text = `${TITLE}\n根据县委统一部署，2023年3月6日至5月10日，县委第二巡察组对县水利局党组进行了巡察。\n6月15日，县委巡察组向县水利局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n一、整改情况`;
    expect(frameOf(text).frame.openingMore.map((l) => l.line)).toEqual([3]);
    expect(metaOf(text).feedbackDate).toBe('2023-06-15');
  });

  it('reads the round and the group', () => {
    const meta = metaOf(
      `中共某某市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报\n根据市委统一部署，2020年5月19日至6月19日，市委第三巡察组对市民政局党组进行了巡察，9月23日反馈了巡察意见。`,
    );
    expect(meta).toMatchObject({ round: '十四届市委第十轮', inspectionGroup: '市委第三巡察组', stage: 'interim' });
  });
});

describe('Traditional characters', () => {
  it('converts a text written in Traditional, saying so', () => {
    const { lines, converted } = toSimplified(
      sourceFromText('根據縣委統一部署，縣委第二巡察組對縣水利局黨組進行了巡察，並於6月15日反饋了巡察意見。').lines,
    );
    expect(converted).toBe(true);
    expect(lines[0]!.text).toBe('根据县委统一部署，县委第二巡察组对县水利局党组进行了巡察，并于6月15日反馈了巡察意见。');
  });

  it('writes the corner-bracket quotes of Taiwan and Hong Kong as a Simplified document does', () => {
    const { lines } = toSimplified(sourceFromText('針對「落實『三重一大』制度不嚴格」問題，縣委巡察組進行了巡察。').lines);
    expect(lines[0]!.text).toBe('针对“落实‘三重一大’制度不严格”问题，县委巡察组进行了巡察。');
  });

  it('leaves a Simplified text alone, even with the few characters the converter touches', () => {
    const text = '乾隆年间的著名书院旧址，后来修缮一新。县水利局党组进行了巡察整改，干部群众踊跃参与监督。';
    expect(toSimplified(sourceFromText(text).lines)).toEqual({ lines: sourceFromText(text).lines, converted: false });
  });
});

describe('bounded on long lines', () => {
  // The bounds are tens of times what these take, to catch a return of quadratic or exponential time (minutes), not to time a busy machine.
  it('splits a closing run into a long paragraph, and a long run of stops in a contact, in linear time', () => {
    const text = `${TITLE}\n${OPENING}\n一、整改情况\n${'已整改'.repeat(30_000)}。欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：${'，'.repeat(60_000)}1`;
    const started = performance.now();
    const { frame } = frameOf(text);
    const meta = metaOf(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(meta.contacts[0]!.label).toBe('联系电话');
    expect(frame.closing[0]!.text).toMatch(/^欢迎广大干部群众/u);
    expect(frame.body.at(-1)!.text.length).toBe(90_001);
  });

  it('cleans a long line of page separators in linear time, still taking off the ones it ends with', () => {
    const started = performance.now();
    cleanLine(' |'.repeat(100_000) + '末');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(cleanLine('电子邮箱：a@b.cn。 | ｜ |')).toBe('电子邮箱：a@b.cn。');
    expect(cleanLine('首页 | 信息公开')).toBe('首页 | 信息公开');
  });

  it.each([
    'a>'.repeat(99) + '。',
    ' >'.repeat(99) + 'x，',
    '首页 '.repeat(60) + '。',
    '发布时间：'.repeat(40),
    '关于'.repeat(30) + '通报 ' + '来源：'.repeat(40),
  ])('classifies a line made to backtrack at once: %s', (line) => {
    const started = performance.now();
    isFurniture(line);
    isLoneDateTime(line);
    frameOf(`${line}\n${TITLE}\n${OPENING}`);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('sorts a 3 MB line of furniture-like text within a second or two', () => {
    const line = cleanLine('发布时间：2023-05-06 来源：本网 '.repeat(110_000));
    const lines = [line, TITLE, OPENING, line].map((text, i) => ({ text, line: i + 1 }));
    const started = performance.now();
    findFrame(lines, new WarningList());
    isFurniture(line);
    isLoneDateTime(line);
    // Alone it takes a fifth of a second; the bound leaves room for a machine busy with other tests.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('more page forms', () => {
  it('reads a title with the publication line run into it, dropping the rest', () => {
    const { frame } = frameOf(`${TITLE} 发布时间：2023-09-02 来源：县水利局\n${OPENING}`);
    expect(frame.title.map((l) => l.text)).toEqual([TITLE]);
    expect(frame.dropped.map((l) => l.text)).toEqual(['发布时间：2023-09-02 来源：县水利局']);
    expect(frame.pageDate).toBe('2023-09-02');
  });

  it('drops a disclosure table’s summary, which repeats the opening, and finds the opening itself', () => {
    const { frame } = frameOf(`内容概述：${OPENING}\n${TITLE}\n${OPENING}`);
    expect(frame.opening?.line).toBe(3);
    expect(frame.title.map((l) => l.line)).toEqual([2]);
  });

  it('reads a short name given without quotes', () => {
    const meta = metaOf(
      `${TITLE}\n根据县委统一部署，2023年3月6日至5月10日，县委第二巡察组对中共某某县水利局党组（以下简称县水利局党组）进行了巡察，6月15日反馈了巡察意见。`,
    );
    expect(meta.issuerShort).toBe('县水利局党组');
  });

  it('converts Hong Kong variants too', () => {
    expect(toSimplified(sourceFromText('巡視組對區衞生局進行了巡視，綫上綫下同步開展。').lines).lines[0]!.text).toBe(
      '巡视组对区卫生局进行了巡视，线上线下同步开展。',
    );
  });
});

describe('titles and openings in other words', () => {
  it('reads the issuer set under a title that starts with 关于, never dropping it', () => {
    const { frame } = frameOf(`关于县委第三轮巡察整改进展情况的通报\n中共某某县水利局党组\n（2023年9月1日）\n${OPENING}`);
    expect(frame.title.map((l) => l.text)).toEqual(['关于县委第三轮巡察整改进展情况的通报']);
    expect(frame.issuerLine?.text).toBe('中共某某县水利局党组');
    expect(frame.dropped.map((l) => l.text)).toEqual(['（2023年9月1日）']);
    expect(metaOf(`关于县委第三轮巡察整改进展情况的通报\n中共某某县水利局党组\n${OPENING}`).issuer).toBe('中共某某县水利局党组');
  });

  it('finds a title ending in 公示', () => {
    const { frame } = frameOf(`中共某某县水利局党组关于县委巡察整改情况的公示\n${OPENING}`);
    expect(frame.title).toHaveLength(1);
  });

  it.each(['按照', '依据'])('reads the inspecting body after %s', (word) => {
    const meta = metaOf(
      `${TITLE}\n${word}县委巡察工作统一部署，2023年3月6日至5月10日，县委第二巡察组对县水利局党组进行了巡察，6月15日反馈了巡察意见。`,
    );
    expect(meta.inspectingBody).toBe('县委');
  });
});

describe('between the closing and the signature', () => {
  it('finds the signature and date a line or two under the closing, keeping the attachment note and dropping a headline', () => {
    const text = `${TITLE}\n${OPENING}\n一、整改情况\n已完成整改。\n欢迎广大干部群众对巡察整改落实情况进行监督。\n附件：巡察反馈问题整改台账\n县水利局开展防汛演练\n中共某某县水利局党组\n2023年9月1日`;
    const { frame, warnings } = frameOf(text);
    expect(frame.signature?.text).toBe('中共某某县水利局党组');
    expect(frame.date?.text).toBe('2023年9月1日');
    expect(frame.body.at(-1)?.text).toBe('附件：巡察反馈问题整改台账');
    expect(frame.dropped.map((l) => l.text)).toEqual(['县水利局开展防汛演练']);
    expect(warnings.map((w) => w.message)).toEqual(['结束语之后的这段文字已放在正文末尾，请核对']);
  });

  it('never takes a title with spaces between its words for a menu', () => {
    expect(isFurniture('中共某某县水利局党组 关于县委巡察 整改情况的通报')).toBe(false);
  });
});

describe('a disclosure table against the title', () => {
  it('never pairs the title with an empty cell above it', () => {
    const { frame } = frameOf(`发布机构\n中共某某县水利局党组\n有效性\n${TITLE}\n${OPENING}`);
    expect(frame.title.map((l) => l.text)).toEqual([TITLE]);
    expect(frame.dropped.map((l) => l.text)).toEqual(['发布机构：中共某某县水利局党组', '有效性']);
  });

  it('takes the table’s 文件名称 for the title when the page prints no other', () => {
    const { frame } = frameOf(`文件名称\n${TITLE}\n成文日期\n2023-09-01\n${OPENING}`);
    expect(frame.title.map((l) => l.text)).toEqual([TITLE]);
    expect(frame.dropped.map((l) => l.text)).toEqual(['成文日期：2023-09-01']);
  });
});

describe('what joins a title', () => {
  it('joins the issuer’s name above a line starting with 关于, never a site’s name', () => {
    expect(frameOf(`中共某某县水利局党组\n关于县委第三轮巡察整改进展情况的通报\n${OPENING}`).frame.title.map((l) => l.line)).toEqual([
      1, 2,
    ]);
    const { frame } = frameOf(`某某县人民政府门户网站\n关于县委第三轮巡察整改进展情况的通报\n${OPENING}`);
    expect(frame.title.map((l) => l.line)).toEqual([2]);
    expect(frame.dropped.map((l) => l.text)).toEqual(['某某县人民政府门户网站']);
  });
});

it('takes the page’s publication date from under the notice when the page prints it there', () => {
  const { frame } = frameOf(
    `${TITLE}\n${OPENING}\n一、整改情况\n已完成整改。\n发布时间：2023-09-03 来源：县水利局\n扫一扫在手机打开当前页`,
  );
  expect(frame.pageDate).toBe('2023-09-03');
  expect(frame.date).toBeNull();
});

it.each(['发布单位：县水利局 签发：王明 录入：李华', '文字：张明 图片：李华', '【我要打印】【关闭】', '字号：A+ A A-', '校对： 王芳'])(
  'drops the page line %s',
  (line) => {
    expect(isFurniture(cleanLine(line))).toBe(true);
  },
);
