import { describe, expect, it } from 'vitest';
import type { ChecklistNode, Group, Item } from '../../../shared/model/notice';
import { paragraphText, type ParagraphList } from '../../../shared/model/rich-text';
import { importText, items, normalise, numbering, plainSimilarity, printedParagraphs, shapeOf, strings } from './helpers';

/**
 * Notices written with other habits than the three seeds: 清单式 with
 * sub-items, 专题式, pages with furniture and half-width punctuation and a
 * spaced-out title, no level-1 headings, problems without quotes or
 * without 针对, lists inside items, numbering restarting in each group,
 * missing parts. Small synthetic texts, each shaped after real notices.
 */

const qingdan = `中共某某县财政局党组关于县委第二轮巡察整改进展情况的通报
根据县委统一部署，2022年3月1日至4月15日，县委第一巡察组对中共某某县财政局党组（以下简称“县财政局党组”）进行了巡察，5月20日，县委巡察组向县财政局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。
一、提高政治站位，压实整改责任
县财政局党组召开专题会议，研究制定整改方案，建立问题清单、任务清单、责任清单。
二、对照反馈问题，逐项抓好整改
（一）“理论学习不深入”问题
整改措施：一是完善党组理论学习中心组学习制度；二是每季度开展一次专题研讨。
整改情况：已修订学习制度，开展专题研讨2次。
（二）“落实意识形态工作责任制不到位”问题
整改措施：制定意识形态工作责任清单，每半年研判一次意识形态形势。
整改情况：已印发责任清单，召开研判会1次。
（三）“财务管理不规范”问题
1.针对“公务接待超标准”的问题。
整改措施：责令相关人员退回超标准费用。
整改情况：已退回12000元。
2.针对“固定资产账实不符”的问题。
整改措施：开展固定资产全面清查。
整改情况：已完成清查，补登固定资产37项。
三、下一步工作打算
县财政局党组将持续巩固整改成果，建立长效机制。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0551-1234567；邮政信箱：某某县人民路1号县财政局；电子邮箱：czj@example.gov.cn。
中共某某县财政局党组
2022年9月30日
`;

const zhuanti = `中共某某市审计局党组关于市委巡察整改情况的通报
根据市委统一部署，2021年4月6日至5月28日，市委第三巡察组对中共某某市审计局党组进行了巡察，并于2021年7月15日向市审计局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改情况予以公布。
市审计局党组高度重视巡察整改工作，成立整改工作领导小组，逐条制定整改措施，整改工作取得明显成效。
一、关于“学习贯彻习近平新时代中国特色社会主义思想不够深入”问题的整改情况
（一）完善学习制度。修订党组理论学习中心组学习规则，明确学习内容和频次。
（二）开展专题研讨。今年以来开展专题研讨4次，撰写心得体会12篇。
二、关于“全面从严治党主体责任落实不到位”问题的整改情况
（一）压实主体责任。制定党组落实全面从严治党主体责任清单。
（二）加强廉政教育。组织干部职工参观警示教育基地。
三、关于“选人用人工作不够规范”问题的整改情况
（一）严格执行干部选拔任用程序，完善干部选拔任用纪实。
（二）开展干部人事档案专项审核，补充完善档案材料156份。
下一步，市审计局党组将持续巩固巡察整改成果，推动审计事业高质量发展。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0571-7654321；电子邮箱：sjj@example.gov.cn。
中共某某市审计局党组
2021年10月20日
`;

const spaced = `首页 > 信息公开 > 巡察整改
分享到：
中 共 某 某 区 卫 生 健 康 局 党 组 关 于
区 委 第 五 轮 巡 察 整 改 进 展 情 况 的 通 报
发布时间：2023-06-30 来源：区卫健局 【字体：大 中 小】
根据区委统一部署,2023年2月20日至4月10日,区委第二巡察组对区卫生健康局党组进行了巡察,5月8日,区委巡察组向区卫生健康局党组反馈了巡察意见.按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布.
一、强化组织领导,扎实推进整改
(一)成立整改工作领导小组.由党组书记任组长,班子成员任副组长.
(二)制定整改方案.明确整改任务、责任人和完成时限.
二、巡察反馈问题整改落实情况
(一)党的建设方面
1.针对落实意识形态工作责任制不到位的问题
一是制定意识形态工作责任清单.
二是每季度分析研判一次意识形态形势.
2.针对基层党组织建设薄弱的问题
完成5个党支部换届选举,新发展党员3名.
(二)全面从严治党方面
1.针对廉政风险防控不到位的问题
一是开展廉政风险点排查,梳理风险点42个.
二是制定防控措施56条.
三、下一步工作计划
区卫生健康局党组将坚持目标不变、标准不降,持续抓好整改落实.欢迎广大干部群众对巡察整改落实情况进行监督.如有意见建议,请及时向我们反映.联系电话:0755-12345678.
扫一扫在手机打开当前页
主办单位:某某区卫生健康局 技术支持:某某公司
粤ICP备12345678号
`;

const flat = `中共某某镇委员会关于县委巡察整改阶段性进展情况的通报
根据县委统一部署，2020年9月1日至10月30日，县委第四巡察组对中共某某镇委员会（以下简称“镇党委”）进行了常规巡察，12月10日，县委巡察组向镇党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改阶段性进展情况予以公布。
（一）党的领导弱化方面
1.问题：镇党委会议记录不规范。
整改措施：规范会议记录格式，指定专人记录。
整改情况：已完成。
2.问题：落实“第一议题”制度不到位。
整改措施：每次党委会第一议题学习习近平总书记重要讲话精神。
整改情况：已落实。
（二）党的建设缺失方面
3.问题：发展党员程序不规范。
整改措施：对近三年发展党员档案进行全面排查。
整改情况：已排查档案28份，补齐材料9份。
下一步，镇党委将继续抓好整改落实。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。
中共某某镇委员会
2021年3月5日
`;

const duizhaoShort = `中共某某市民政局党组关于十五届市委第二轮巡察整改阶段性进展情况的通报
根据市委统一部署，2023年3月1日至4月30日，市委第二巡察组对中共某某市民政局党组（以下简称“市民政局党组”）进行了巡察，6月5日，市委巡察组向市民政局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改阶段性进展情况予以公布。
一、巡察反馈问题的整改落实情况
第一，党的领导不够有力的问题
（一）理论学习不够深入
1.针对“党组理论学习中心组学习流于形式”问题，制定整改措施如下：严格落实学习制度。
具体整改落实情况如下：
第一，修订学习制度。
第二，开展专题研讨3次。
2.针对“意识形态工作责任制落实不到位”问题，制定整改措施如下：制定责任清单。
具体整改落实情况如下：已印发责任清单。
（二）民主集中制执行不严
针对“三重一大事项未经集体研究”问题，制定整改措施如下：完善议事规则。
具体整改落实情况如下：已修订党组会议议事规则。
第二，财务管理不规范的问题
（一）资金管理不到位
针对“违规发放津补贴”问题，制定整改措施如下：全面清理津补贴发放情况。
具体整改落实情况如下：已追回违规发放资金5.6万元。
二、下一步工作计划
市民政局党组将继续抓好整改。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：电话12345678；邮政编码：523000。
中共某某市民政局党组
2023年9月1日
`;

const unpatterned = `中共某某县教育局党组
关于县委巡察整改情况的通报
根据县委统一部署，2019年10月8日至11月29日，县委第三巡察组对县教育局党组进行了巡察，2020年1月6日，县委第三巡察组向县教育局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改情况予以公布。
一、整改工作开展情况
县教育局党组把巡察整改作为重要政治任务，成立整改领导小组，召开专题民主生活会。
二、巡察反馈问题整改落实情况
（一）关于党的政治建设方面
1.学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习中心组学习流于形式，没有做到学用结合、学以致用。
整改情况：修订完善党组理论学习中心组学习制度，今年已开展集中学习8次。
2.落实意识形态工作责任制不到位。
整改情况：制定意识形态工作责任清单，每半年开展一次分析研判。
（二）关于全面从严治党方面
1.落实“两个责任”不够有力。整改情况：制定党风廉政建设责任清单，签订责任书86份。
2.违规发放津补贴。
整改情况：已清退违规发放的津补贴3.2万元。
三、下一步工作打算
县教育局党组将坚持问题导向，持续巩固整改成果。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。
联系电话：0391-5551234
电子邮箱：jyj@example.gov.cn
中共某某县教育局党组
二〇二〇年六月十日
`;

const minimal = `根据市委统一部署，2022年4月1日至5月31日，市委第五巡察组对市文化广电旅游局党组进行了巡察。7月12日，市委巡察组向市文化广电旅游局党组反馈了巡察意见。现将巡察整改进展情况予以公布。
（一）针对“党组会议议事规则不健全”问题
一是修订党组会议议事规则；二是建立议题审核制度。
（二）针对“资产管理不规范”问题
已完成资产清查。
（三）“以工代干”问题
`;

const subitems = `中共某某区水务局党组关于区委第三轮巡察整改进展情况的通报
根据区委统一部署，2022年5月9日至6月24日，区委第一巡察组对中共某某区水务局党组（以下简称“区水务局党组”）进行了巡察，8月3日，区委巡察组向区水务局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。
一、提高政治站位，扎实推进巡察整改
区水务局党组召开专题会议研究部署整改工作。
二、聚焦反馈问题，逐项抓好整改落实
（一）“工程项目管理不规范”问题
1.针对“部分项目未按规定公开招标”的问题。
整改措施：组织开展工程项目招投标专项检查。
整改情况：已完成对12个项目的检查。
2.针对“工程变更审批不严”的问题。
整改措施：修订工程变更管理办法。
整改情况：已印发《工程变更管理办法》。
（二）“专项资金使用不规范”问题
整改措施：一是开展专项资金使用情况自查；二是完善资金支付审批流程。
整改情况：已完成自查，整改问题4个。
（三）“干部交流轮岗不及时”问题
整改措施：制定干部交流轮岗计划。
整改情况：已交流轮岗中层干部6名。
三、下一步工作计划
区水务局党组将持续抓好整改落实。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：电话020-12345678；邮政编码：510000。
中共某某区水务局党组 2022年11月30日
`;

const sameKind = `中共某某市商务局党组关于十三届市委第八轮巡察整改进展情况的通报
根据市委统一部署，2021年9月1日至10月31日，市委第六巡察组对中共某某市商务局党组（以下简称“市商务局党组”）进行了巡察，12月3日，市委巡察组向市商务局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。
一、整改工作总体情况
市商务局党组成立整改工作领导小组，制定整改方案，明确整改任务43项。
二、反馈问题整改落实情况
（一）、党的领导方面
1.针对“党组把方向管大局作用发挥不够”问题
1.完善党组议事规则。
2.建立重大事项报告制度。
2.针对“落实意识形态工作责任制不到位”问题
1.制定意识形态工作责任清单。
2.开展意识形态形势研判。
（二）、全面从严治党方面
1.针对“廉政风险防控机制不健全”问题
1.开展廉政风险排查。
2.制定防控措施。
三、整改成效
目前已完成整改任务38项，完成率88.4%。
四、下一步工作打算
市商务局党组将持续巩固整改成果。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0431-8888888。
中共某某市商务局党组
2022年3月20日
`;

const zhuantiUnquoted = `根据省委统一部署，2022年3月10日至5月10日，省委第八巡视组对某某市进行了巡视，7月20日，省委巡视组向某某市委反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。
一、“贯彻落实新发展理念不够到位”问题整改情况
（一）制定高质量发展行动方案。
（二）推进重点项目建设，今年新开工项目56个。
二、“基层党组织建设薄弱”问题整改情况
（一）开展软弱涣散党组织整顿，整顿党组织23个。
（二）选优配强村党组织书记。
欢迎广大干部群众对巡视整改落实情况进行监督。
`;

const texts = (list: ParagraphList) => list.paragraphs.map(paragraphText);
const top = (nodes: readonly ChecklistNode[], i: number) => nodes[i] as Group;
const allText = (value: unknown) => strings(value);

/** Printing the import in its layout gives the source back: text and numbering. */
function expectFaithful(expected: string, { sameNumbering = true, source = expected } = {}): void {
  const { notice } = importText(source);
  const printed = printedParagraphs(notice);
  const lines = expected.split('\n').filter((l) => l.trim() !== '');
  expect(plainSimilarity(normalise(printed.join('')), normalise(lines.join('')))).toBeGreaterThanOrEqual(0.98);
  if (sameNumbering) expect(numbering(printed)).toEqual(numbering(lines));
}

describe('清单式: （一）“…”问题 with 整改措施：/整改情况：, an item in parts', () => {
  const { notice, warnings } = importText(qingdan);
  it('makes three items, the third with two sub-items', () => {
    expect(notice.layoutId).toBe('qingdan');
    expect(shapeOf(notice.checklist)).toEqual([0, 0, 0]);
    const [first, , third] = items(notice.checklist);
    expect(first!.problem).toBe('理论学习不深入');
    expect(texts(first!.measures)).toEqual(['一是完善党组理论学习中心组学习制度；二是每季度开展一次专题研讨。']);
    expect(texts(first!.progress)).toEqual(['已修订学习制度，开展专题研讨2次。']);
    expect(third!.problem).toBe('财务管理不规范');
    expect(third!.subItems.map((s) => s.problem)).toEqual(['公务接待超标准', '固定资产账实不符']);
    expect(texts(third!.subItems[1]!.progress)).toEqual(['已完成清查，补登固定资产37项。']);
    expect(warnings).toEqual([]);
  });
  it('reads the round from the title and the contacts in their order', () => {
    expect(notice.meta).toMatchObject({ round: '县委第二轮', stage: 'progress', issuerShort: '县财政局党组', feedbackDate: '2022-05-20' });
    expect(notice.meta.contacts.map((c) => c.kind)).toEqual(['phone', 'address', 'email']);
  });
  it('prints back faithfully', () => expectFaithful(qingdan));
});

describe('专题式: each problem its own 一、 section', () => {
  const { notice } = importText(zhuanti);
  it('makes one item per section, measures numbered （一）, the preamble and 下一步 as parts', () => {
    expect(notice.layoutId).toBe('zhuanti');
    const list = items(notice.checklist);
    expect(list.map((i) => i.problem)).toEqual([
      '学习贯彻习近平新时代中国特色社会主义思想不够深入',
      '全面从严治党主体责任落实不到位',
      '选人用人工作不够规范',
    ]);
    expect(list.every((i) => i.measures.enumeration === '（一）' && i.measures.paragraphs.length === 2)).toBe(true);
    expect(texts(notice.parts.organisation.body)[0]).toMatch(/^市审计局党组高度重视/u);
    expect(texts(notice.parts.nextSteps.body)).toEqual(['下一步，市审计局党组将持续巩固巡察整改成果，推动审计事业高质量发展。']);
    expect(notice.meta).toMatchObject({ stage: 'final', round: '市委', feedbackDate: '2021-07-15' });
  });
  it('prints back faithfully', () => expectFaithful(zhuanti));
});

describe('a web page: furniture, a spaced-out two-line title, half-width punctuation, closing run into the last paragraph', () => {
  const { notice, warnings } = importText(spaced);
  it('drops the furniture and joins and closes up the title', () => {
    expect(allText(notice)).not.toMatch(/分享|ICP|扫一扫|字体|主办单位|首页/u);
    expect(notice.meta.titleOverride).toBeNull();
    expect(notice.meta).toMatchObject({ issuer: '中共某某区卫生健康局党组', round: '区委第五轮', stage: 'progress' });
  });
  it('normalises punctuation to full width', () => {
    const body = allText(notice.checklist) + allText(notice.parts) + allText(notice.meta);
    expect(body).not.toMatch(/[,:;()]|\.(?!\d)/u);
    expect(texts(notice.parts.organisation.body)[0]).toBe('成立整改工作领导小组。由党组书记任组长，班子成员任副组长。');
  });
  it('rebuilds groups with numbering restarting in each, problems without quotes, 一是 lists inside items', () => {
    expect(shapeOf(notice.checklist)).toEqual([2, 1]);
    expect(top(notice.checklist, 0).title).toBe('党的建设');
    const [first, second, third] = items(notice.checklist);
    expect(first!.problem).toBe('落实意识形态工作责任制不到位');
    expect(first!.measures.enumeration).toBe('一是');
    expect(texts(first!.measures)).toEqual(['制定意识形态工作责任清单。', '每季度分析研判一次意识形态形势。']);
    expect(texts(second!.measures)).toEqual(['完成5个党支部换届选举，新发展党员3名。']);
    expect(third!.problem).toBe('廉政风险防控不到位');
  });
  it('splits the closing from the last paragraph and reads its phone number', () => {
    expect(texts(notice.parts.nextSteps.body)).toEqual(['区卫生健康局党组将坚持目标不变、标准不降，持续抓好整改落实。']);
    expect(notice.meta.contacts).toEqual([{ kind: 'phone', label: '联系电话', value: '0755-12345678', colon: '：' }]);
    // As written: the colon stays after 联系电话 when the notice prints.
    expect(printedParagraphs(notice).find((p) => p.includes('联系电话'))).toMatch(/联系电话：0755-12345678。$/u);
  });
  it('takes the date from the page and says the signature is missing', () => {
    expect(notice.meta.publicationDate).toBe('2023-06-30');
    expect(warnings.map((w) => w.message)).toEqual(['未找到落款署名，导出时将以发文机关署名', '未找到落款日期，已采用网页上的发布日期']);
  });
});

describe('no level-1 headings, problems as 问题：…', () => {
  const { notice } = importText(flat);
  it('finds groups and items directly under the opening', () => {
    expect(shapeOf(notice.checklist)).toEqual([2, 1]);
    const list = items(notice.checklist);
    expect(list.map((i) => i.problem)).toEqual(['镇党委会议记录不规范。', '落实“第一议题”制度不到位。', '发展党员程序不规范。']);
    expect(texts(list[2]!.progress)).toEqual(['已排查档案28份，补齐材料9份。']);
    expect(texts(notice.parts.nextSteps.body)).toEqual(['下一步，镇党委将继续抓好整改落实。']);
  });
  it('keeps the source’s own lead where no layout words it so, and prints back faithfully', () => {
    expect(items(notice.checklist)[0]!.leadOverride).toBe('问题：镇党委会议记录不规范。');
    expectFaithful(flat);
  });
});

describe('对照式 without an organisation part, 第一，第二 lists under a lone lead', () => {
  const { notice } = importText(duizhaoShort);
  it('tells the progress list 第一，第二 from the groups 第一，第二', () => {
    expect(notice.layoutId).toBe('duizhao');
    expect(shapeOf(notice.checklist)).toEqual([[2, 1], [1]]);
    const [first] = items(notice.checklist);
    expect(first!.progress.enumeration).toBe('第一，');
    expect(texts(first!.progress)).toEqual(['修订学习制度。', '开展专题研讨3次。']);
    expect(notice.parts.organisation.body.paragraphs).toEqual([]);
    expect(notice.parts.checklist.heading).toBe('巡察反馈问题的整改落实情况');
  });
  it('prints back faithfully', () => expectFaithful(duizhaoShort));
});

describe('problems stated without 针对, some too long for a heading, progress run in', () => {
  const { notice, warnings } = importText(unpatterned);
  it('finds every item and its progress', () => {
    expect(shapeOf(notice.checklist)).toEqual([2, 2]);
    const list = items(notice.checklist);
    expect(list[0]!.problem).toMatch(/^学习贯彻习近平新时代中国特色社会主义思想不够深入，.*学以致用$/u);
    expect(list[2]!.problem).toBe('落实“两个责任”不够有力');
    expect(texts(list[2]!.progress)).toEqual(['制定党风廉政建设责任清单，签订责任书86份。']);
  });
  it('reads a title with 关于 on its second line, contacts on lines of their own, a date in Chinese numerals', () => {
    expect(notice.meta).toMatchObject({
      issuer: '中共某某县教育局党组',
      stage: 'final',
      publicationDate: '2020-06-10',
      titleOverride: null,
    });
    expect(notice.meta.contacts.map((c) => c.value)).toEqual(['0391-5551234', 'jyj@example.gov.cn']);
  });
  it('warns, line by line, about items with no measures', () => {
    expect(warnings.filter((w) => w.kind === 'noMeasures').map((w) => w.line)).toEqual([8, 10, 13, 14]);
  });
  // No layout in templates/ numbers items afresh in each （一） group: the text comes back, item numbers run on.
  it('prints back the text', () => expectFaithful(unpatterned, { sameNumbering: false }));
});

describe('only an opening and the items', () => {
  const { notice, warnings } = importText(minimal);
  it('imports the items and says what is missing', () => {
    expect(items(notice.checklist).map((i) => i.problem)).toEqual(['党组会议议事规则不健全', '资产管理不规范', '以工代干']);
    expect(warnings.filter((w) => w.kind === 'missingPart').map((w) => w.message)).toEqual([
      '未找到标题，导入后标题为空，请手工填写',
      '未找到结束语（欢迎广大干部群众…监督），导入后结束语为空',
      '未找到落款署名，导出时将以发文机关署名',
      '未找到落款日期',
    ]);
    expect(warnings.find((w) => w.kind === 'noMeasures')).toMatchObject({ line: 6, excerpt: '（三）“以工代干”问题' });
    expect(notice.meta.closingOverride).toBe('');
  });
});

describe('an item fed back in parts', () => {
  const { notice } = importText(subitems);
  it('stays one item with sub-items; the others stay whole', () => {
    const list = items(notice.checklist);
    expect(list).toHaveLength(3);
    expect(list[0]!.subItems.map((s) => s.problem)).toEqual(['部分项目未按规定公开招标', '工程变更审批不严']);
    expect(list[1]!.subItems).toEqual([]);
    expect(notice.meta.signature).toBe('中共某某区水务局党组');
    expect(notice.meta.publicationDate).toBe('2022-11-30');
  });
  it('prints back faithfully', () => expectFaithful(subitems));
});

it('keeps items whose leads say nothing the layout would not, without overrides', () => {
  const { notice } = importText(qingdan);
  expect(items(notice.checklist).every((i: Item) => i.leadOverride === null)).toBe(true);
});

describe('items 1. with measures 1. under them, （一）、 with a stray 、, four level-1 sections', () => {
  const { notice, warnings } = importText(sameKind);
  it('keeps the measures under their item and the items in their group', () => {
    expect(shapeOf(notice.checklist)).toEqual([2, 1]);
    const list = items(notice.checklist);
    expect(list.map((i) => i.problem)).toEqual(['党组把方向管大局作用发挥不够', '落实意识形态工作责任制不到位', '廉政风险防控机制不健全']);
    expect(list.every((i) => i.measures.enumeration === '1.' && i.measures.paragraphs.length === 2 && i.subItems.length === 0)).toBe(true);
    expect(top(notice.checklist, 0).title).toBe('党的领导');
  });
  it('merges a fourth section into the third, saying so, and prints back faithfully', () => {
    expect(notice.parts.nextSteps.heading).toBe('整改成效');
    expect(warnings.map((w) => [w.kind, w.line])).toEqual([['structure', 19]]);
    // Items restart at 1. in each （一） group: the 分组式 layout prints them so.
    expect(notice.layoutId).toBe('fenzu');
    // The source numbers the measures 1. under an item numbered 1.; printed, they move one level down
    // to （1）, so no number is printed twice in a row. Everything else comes back as it was.
    const measureLine = /^(\d)\.(?!针对)/gmu;
    expectFaithful(sameKind.replace(measureLine, '（$1）'), { source: sameKind });
    expect(printedParagraphs(notice)).toContain('（1）完善党组议事规则。');
  });
});

describe('专题式 of a 巡视 (provincial) notice: “…”问题整改情况 headings, no title', () => {
  const { notice } = importText(zhuantiUnquoted);
  it('reads each section as an item', () => {
    expect(notice.layoutId).toBe('zhuanti');
    expect(items(notice.checklist).map((i) => i.problem)).toEqual(['贯彻落实新发展理念不够到位', '基层党组织建设薄弱']);
    expect(notice.meta).toMatchObject({ inspectionGroup: '省委第八巡视组', stage: 'progress', feedbackDate: '2022-07-20' });
  });
});

describe('around the notice', () => {
  const text = [
    '本网讯：近日，某某市民政局党组召开巡察整改专题会议，研究部署整改工作。',
    '中共某某市民政局党组关于市委巡察整改情况的通报',
    '（2021年12月28日）',
    '根据市委统一部署，2021年3月12日至4月9日，市委第一巡察组对市民政局党组进行了巡察，7月22日，市委巡察组向市民政局党组反馈了巡察意见。现将巡察整改情况予以公布。',
    '（一）针对“理论学习不够深入”的问题',
    '一是修订学习制度。二是开展专题研讨。',
    '欢迎广大干部群众对巡察整改落实情况进行监督。',
    '中共某某市民政局党组',
    '2021年12月28日',
    '相关新闻：某某市民政局召开全市民政工作会议，部署年度重点工作。',
  ].join('\n');
  const { notice, warnings, dropped } = importText(text);
  it('finds the title above a date line, keeps the sentence before it (saying so) and drops the related headline after the date', () => {
    expect(notice.meta).toMatchObject({
      issuer: '中共某某市民政局党组',
      stage: 'final',
      titleOverride: null,
      publicationDate: '2021-12-28',
    });
    expect(warnings.filter((w) => w.kind === 'unplaced').map((w) => [w.line, w.message])).toEqual([
      [1, '开头段之前的这段文字已并入开头段，请核对'],
    ]);
    expect(printedParagraphs(notice).join('\n')).toContain('本网讯：近日，某某市民政局党组召开巡察整改专题会议');
    expect(dropped.map((d) => d.line)).toEqual([3, 10]);
  });
});
