import { describe, expect, it } from 'vitest';
import { withLayout } from '../../../shared/layout/switch-layout';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { importText, items, printedParagraphs } from './helpers';

const templates = loadLayoutTemplates();

/** A 分项式 notice whose heads quote the problem, or quote a phrase inside it. */
const SOURCE = `中共某某区民政局党组关于区委第二轮巡察整改进展情况的通报
根据区委统一部署，2022年3月1日至4月30日，区委第一巡察组对中共某某区民政局党组进行了巡察。2022年5月20日，区委巡察组向区民政局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。
一、整改工作开展情况
局党组召开专题会议研究部署整改工作。
二、反馈问题整改落实情况
第一方面问题，全面从严治党主体责任落实不到位。
（一）针对理论学习不深入的问题
1.制定学习计划。印发年度学习计划。
2.开展专题研讨。每季度开展一次。
（二）针对落实“三重一大”决策制度不严格的问题
1.修订议事规则。修订完善党组会议议事规则。
2.严格执行制度。
（三）针对“基层‘微腐败’问题仍然易发多发”的问题
1.开展专项整治。立案查处问题3件。
2.建立长效机制。
三、下一步工作打算
持续巩固整改成果。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0754-88888888。
中共某某区民政局党组
2022年6月30日`;

describe('an imported notice moved to another layout', () => {
  const { notice } = importText(SOURCE);

  it('reads a problem that quotes a phrase of its own without its 针对…的问题', () => {
    expect(notice.layoutId).toBe('fenxiang');
    expect(items(notice.checklist).map((i) => i.problem)).toEqual([
      '理论学习不深入',
      '落实“三重一大”决策制度不严格',
      '基层‘微腐败’问题仍然易发多发',
    ]);
  });

  it('prints the new layout’s own heads, not the source’s wording for the old one', () => {
    const moved = withLayout(notice, 'duizhao', templates.layouts);
    expect(items(moved.checklist).every((i) => i.leadOverride === null)).toBe(true);
    const printed = printedParagraphs(moved);
    expect(printed).toContain('2.针对“落实‘三重一大’决策制度不严格”问题，制定整改措施如下：（1）修订议事规则。修订完善党组会议议事规则。');
    expect(printed.some((p) => p.startsWith('3.针对“基层‘微腐败’问题仍然易发多发”问题，制定整改措施如下：'))).toBe(true);
  });

  it('keeps a lead the user wrote in words no layout has', () => {
    const own = structuredClone(notice);
    const item = items(own.checklist)[0]!;
    item.leadOverride = '关于理论学习，采取以下措施：';
    expect(items(withLayout(own, 'zhuanti', templates.layouts).checklist)[0]!.leadOverride).toBe('关于理论学习，采取以下措施：');
    // Worded like a head, but not as any layout words it: the user's, kept over a switch and back.
    item.leadOverride = '针对“理论学习不深入”问题，采取以下措施：';
    const there = withLayout({ ...own, layoutId: 'duizhao' }, 'fenxiang', templates.layouts);
    expect(items(withLayout(there, 'duizhao', templates.layouts).checklist)[0]!.leadOverride).toBe(
      '针对“理论学习不深入”问题，采取以下措施：',
    );
  });
});
