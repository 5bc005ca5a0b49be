import { describe, expect, it } from 'vitest';
import { composeNotice } from '../../../shared/document/compose';
import { blockText } from '../../../shared/document/blocks';
import { isGroupTitle } from '../../../shared/import/group-head';
import { readProblemHead } from '../../../shared/import/problem-head';
import { readStatedCounts } from '../../../shared/import/stated-counts';
import { createGroup, createItem } from '../../../shared/model/factory';
import type { Group, Notice } from '../../../shared/model/notice';
import { plainList } from '../../../shared/model/rich-text';
import { importText, items, OPTIONS, shapeOf, templates } from './helpers';

/** Problem heads, category groups, stated counts and narrative notices, in the forms real notices write them. */

describe('problem heads', () => {
  it.each([
    ['反馈问题一：关于“党组理论学习不深入”的问题。', '党组理论学习不深入'],
    ['问题二：党组会议记录不规范。整改措施：规范记录。', '党组会议记录不规范。'],
    ['存在问题：意识形态责任落实不到位', '意识形态责任落实不到位'],
    ['对于“三重一大事项集体决策不规范”', '三重一大事项集体决策不规范'],
    ['对于“违规发放津补贴”问题', '违规发放津补贴'],
    ['关于“干部队伍建设滞后”的问题的整改情况', '干部队伍建设滞后'],
    ['关于“干部队伍建设滞后”的问题', '干部队伍建设滞后'],
    ['关于稳就业政策落实不够精准的问题', '稳就业政策落实不够精准'],
  ])('%s', (text, problem) => {
    const head = readProblemHead(text);
    expect(head?.problem).toBe(problem);
    expect(head?.strong).toBe(true);
  });

  it('hands over to the measures run in after a label', () => {
    expect(readProblemHead('问题二：党组会议记录不规范。整改措施：规范记录。')?.after).toBe('整改措施：规范记录。');
  });

  it('does not read a category or a sentence as a problem', () => {
    expect(readProblemHead('关于“党的领导”方面的问题')).toBeNull();
    expect(readProblemHead('关于落实全面从严治党方面存在的问题')).toBeNull();
    expect(readProblemHead('关于选人用人工作不规范的问题，局党组高度重视')?.strong).toBe(false);
  });
});

describe('category groups', () => {
  it.each([
    '关于“党的领导”方面',
    '关于“党的领导”方面的问题',
    '党的建设方面问题',
    '关于落实全面从严治党方面存在的问题',
    '在“政治建设”方面',
    '选人用人方面',
  ])('%s names a category', (text) => {
    expect(isGroupTitle(text)).toBe(true);
  });
  it.each(['班子分工不规范', '党组理论学习不深入的问题', '贯彻落实中央决策部署情况', `${'党的建设'.repeat(30)}方面`])(
    '%s does not by its words alone',
    (text) => {
      expect(isGroupTitle(text)).toBe(false);
    },
  );
});

describe('counts the text states', () => {
  const read = (text: string) => readStatedCounts([{ text, line: 1 }]);
  it.each([
    ['市委巡察组向局党组反馈了巡察意见，共指出3个方面8个问题。', 3, 8],
    ['巡察组反馈的3大类14个问题已全部整改。', 3, 14],
    ['共反馈问题17个，移交问题线索5件。', null, 17],
    ['巡察期间交办问题线索5件，共反馈问题12个。', null, 12],
    ['对巡察反馈的二十一个问题逐条制定整改措施。', null, 21],
  ])('%s', (text, groups, problems) => {
    expect(read(text)).toMatchObject({ groups, problems });
  });
  it.each(['巡察组交办问题线索5件。', '整改情况：自查发现问题4个，已全部整改。', '梳理整改任务43项。'])(
    '%s states no count of problems fed back',
    (text) => {
      expect(read(text)).toBeNull();
    },
  );
});

const frame = (body: string) => `中共某某县审计局党组关于县委巡察整改进展情况的通报
根据县委统一部署，2023年3月1日至4月28日，县委第一巡察组对县审计局党组进行了巡察，6月2日，县委巡察组向县审计局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。
${body}
欢迎广大干部群众对巡察整改落实情况进行监督。
中共某某县审计局党组
2023年9月1日`;

describe('which level holds the items', () => {
  it('（1） carrying the measures under a plain 1、 heading: 1、 is a group', () => {
    const { notice } = importText(
      frame(`一、加强领导
局党组召开专题会议。
二、反馈问题整改情况
1、审计项目管理不规范
（1）审计计划执行不严格
整改措施：修订审计计划管理办法。
整改情况：已印发。
（2）审计底稿归档不及时
整改措施：开展底稿清理。
整改情况：已归档底稿126份。
2、审计整改督促不力
（1）对被审计单位整改跟踪不够
整改措施：建立整改台账。
整改情况：已督促整改问题37个。
三、下一步工作打算
持续巩固整改成果。`),
    );
    expect(shapeOf(notice.checklist)).toEqual([2, 1]);
    expect((notice.checklist[0] as Group).title).toBe('审计项目管理不规范');
    expect(items(notice.checklist).map((i) => i.problem)).toEqual(['审计计划执行不严格', '审计底稿归档不及时', '对被审计单位整改跟踪不够']);
  });

  it('（1） carrying the measures under 1、针对“…”问题: sub-items of that item', () => {
    const { notice } = importText(
      frame(`一、加强领导
局党组召开专题会议。
二、反馈问题整改情况
1、针对“审计项目管理不规范”问题
（1）审计计划执行不严格
整改措施：修订审计计划管理办法。
整改情况：已印发。
（2）审计底稿归档不及时
整改措施：开展底稿清理。
整改情况：已归档底稿126份。
三、下一步工作打算
持续巩固整改成果。`),
    );
    const [item] = items(notice.checklist);
    expect(notice.checklist).toHaveLength(1);
    expect(item!.problem).toBe('审计项目管理不规范');
    expect(item!.subItems.map((s) => s.problem)).toEqual(['审计计划执行不严格', '审计底稿归档不及时']);
    expect(item!.subItems[1]!.progress.paragraphs).toHaveLength(1);
  });

  it('a third level of plain headings above the items keeps them as an item fed back in parts, not a dropped group', () => {
    const { notice, warnings } = importText(
      frame(`一、反馈问题整改情况
（一）党的建设方面
1、组织建设薄弱
（1）基层组织生活不规范
①支部换届不及时
整改措施：督促按期换届。
整改情况：已完成换届。
②发展党员不规范
整改措施：核查档案。
整改情况：已补齐材料。`),
    );
    expect(warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/分组超过/u));
    expect(shapeOf(notice.checklist)).toEqual([[1]]);
    const [item] = items(notice.checklist);
    expect(item!.problem).toBe('基层组织生活不规范');
    expect(item!.subItems.map((s) => s.problem)).toEqual(['支部换届不及时', '发展党员不规范']);
  });

  it('level-1 sections naming categories between an organisation and a next-steps section are the groups', () => {
    const { notice } = importText(
      frame(`一、整改工作开展情况
局党组成立整改工作领导小组。
二、关于“党的领导”方面的问题
（一）“理论学习不深入”问题
整改措施：修订学习制度。
整改情况：已修订。
三、关于“全面从严治党”方面的问题
（一）“财务审批不严”问题
整改措施：完善审批流程。
整改情况：已完善。
（二）“公车管理不规范”问题
整改措施：建立用车台账。
整改情况：已建立。
四、下一步工作打算
持续巩固整改成果。`),
    );
    expect(shapeOf(notice.checklist)).toEqual([1, 2]);
    expect(notice.parts.organisation.heading).toBe('整改工作开展情况');
    expect(notice.parts.nextSteps.heading).toBe('下一步工作打算');
    expect(items(notice.checklist).map((i) => i.problem)).toEqual(['理论学习不深入', '财务审批不严', '公车管理不规范']);
  });

  it('nests a kind under itself once at most, however long the run of 1. paragraphs', () => {
    const body = `二、反馈问题整改情况\n${Array.from({ length: 400 }, (_, i) => `1.问题${i}\n整改措施：措施${i}。`).join('\n')}`;
    const started = Date.now();
    const { notice } = importText(frame(body));
    expect(Date.now() - started).toBeLessThan(10000);
    const depth = (nodes: Notice['checklist'], d = 0): number =>
      Math.max(d, ...nodes.map((n) => (n.kind === 'group' ? depth(n.children, d + 1) : d)));
    expect(depth(notice.checklist)).toBeLessThanOrEqual(2);
    expect(items(notice.checklist)).toHaveLength(400);
  });
});

describe('group titles print once in every layout', () => {
  const titles = ['党的领导方面的问题', '贯彻落实中央决策部署情况', '全面从严治党方面', '干部队伍建设方面问题'];
  it.each(templates.layouts.filter((l) => l.groups.print).map((l) => [l.id, l] as const))('%s', (_id, layout) => {
    const notice = importText(
      frame(
        `二、反馈问题整改情况\n${titles.map((t, i) => `（${'一二三四'[i]}）${t}\n1.针对“问题${i}”问题\n整改措施：措施${i}。`).join('\n')}`,
      ),
    ).notice;
    // The import in this layout, as the choice of layout would store it.
    const checklist = notice.checklist.map((g) => ({ ...(g as Group) }));
    const inLayout = { ...notice, layoutId: layout.id, checklist };
    const printed = composeNotice(inLayout, layout, templates.boilerplate, OPTIONS).map(blockText).join('\n');
    for (const t of titles) expect(printed).toContain(t);
    expect(printed).not.toMatch(/方面方面|情况方面|问题方面/u);
  });

  it('a title typed without its category word still gets it', () => {
    const layout = templates.layouts.find((l) => l.id === 'fenlei')!;
    const notice: Notice = { ...importText(frame('二、反馈问题整改情况\n（一）针对“甲”问题\n整改措施：乙。')).notice, layoutId: 'fenlei' };
    notice.checklist = [createGroup('党的领导', [createItem({ problem: '甲', measures: plainList(['乙。']) })])];
    expect(composeNotice(notice, layout, templates.boilerplate, OPTIONS).map(blockText)).toContain('（一）党的领导方面');
  });
});

describe('notices without an itemised checklist', () => {
  it('two sections: the organisation and the next steps', () => {
    const { notice, warnings } = importText(
      frame('一、主要做法\n局党组成立整改领导小组。\n召开专题民主生活会。\n二、下一步工作打算\n持续巩固整改成果。'),
    );
    expect(notice.checklist).toEqual([]);
    expect(notice.parts.organisation.heading).toBe('主要做法');
    expect(notice.parts.organisation.body.paragraphs).toHaveLength(2);
    expect(notice.parts.nextSteps.heading).toBe('下一步工作打算');
    expect(warnings.map((w) => w.message)).toContain('未识别出逐条的问题清单，已按叙述段落导入');
  });

  it('four sections: the middle two in the middle part, every paragraph kept in order', () => {
    const { notice, warnings } = importText(frame('一、主要做法\n甲。\n二、取得成效\n乙。\n三、存在不足\n丙。\n四、下一步工作打算\n丁。'));
    expect(notice.parts.checklist.heading).toBe('取得成效');
    expect(notice.parts.checklist.body.paragraphs.map((p) => p.children.map((c) => c.text).join(''))).toEqual([
      '乙。',
      '三、存在不足',
      '丙。',
    ]);
    expect(notice.parts.nextSteps.body.paragraphs).toHaveLength(1);
    expect(warnings.map((w) => w.message)).toContain('“存在不足”一节没有对应的部分，已并入“取得成效”');
  });

  it('a news item about an inspection is still refused', () => {
    expect(() =>
      importText(
        '县委第一巡察组进驻县审计局开展常规巡察\n3月1日，县委第一巡察组进驻县审计局开展常规巡察，并召开巡察工作动员会，对巡察工作作出部署。',
      ),
    ).toThrow(/这份文件不像巡察整改情况的通报/u);
  });
});

describe('an item whose measures and progress are numbered （1） （2）', () => {
  const text = [
    '中共某某县教育局党组关于县委巡察整改进展情况的通报',
    '根据县委统一部署，2023年4月6日至6月5日，县委第一巡察组对县教育局党组进行了巡察，并于7月10日反馈了巡察意见。现将巡察整改进展情况予以公布。',
    '一、巡察反馈问题整改落实情况',
    '（一）落实党中央决策部署方面',
    '1.义务教育“双减”政策落实不到位',
    '（1）整改措施：开展校外培训机构专项治理，建立联合执法机制。',
    '（2）整改情况：已取缔无证培训机构14家。',
    '2.教育资金管理不规范',
    '（1）整改措施：开展教育经费专项审计。',
    '（2）整改情况：已完成16所学校经费审计。',
  ].join('\n');

  it('reads （1） as the measures and （2） as the progress, not two measures', () => {
    const [first, second] = items(importText(text).notice.checklist);
    for (const [item, measure, progress] of [
      [first!, '开展校外培训机构专项治理，建立联合执法机制。', '已取缔无证培训机构14家。'],
      [second!, '开展教育经费专项审计。', '已完成16所学校经费审计。'],
    ] as const) {
      expect(item.measures.paragraphs.map((p) => p.children.map((c) => c.text).join(''))).toEqual([expect.stringContaining(measure)]);
      expect(item.progress.paragraphs.map((p) => p.children.map((c) => c.text).join(''))).toEqual([expect.stringContaining(progress)]);
    }
  });
});
