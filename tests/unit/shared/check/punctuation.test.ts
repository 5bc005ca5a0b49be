import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../../shared/check/apply-fixes';
import { plainList } from '../../../../shared/model/rich-text';
import { check, cleanNotice, covered, expectEachFixClears, findingsIn, rules } from './check-helpers';

const CORRECT = [
  '详见http://www.dg.gov.cn/a,b;c.html，或发送邮件至dangwei@example.gov.cn。',
  '每天上午9:00至12:00办公，完成率达到85.7%，挽回资金3.5万元，共1,000份。',
  '针对“‘三重一大’决策制度执行不到位”问题，印发《关于印发〈三重一大决策制度〉的通知》。',
  '会前遵循“团结——批评——团结”的方针……切实做到真改实改。',
  '2020年12月21日，召开党组（扩大）会议。',
  'Version 1.2.3 of the system (beta) is in use.',
];

describe('punctuation', () => {
  it('leaves correct text alone: URLs, e-mail, times, decimals, nested quotes, 《〈〉》, dashes', () => {
    for (const text of CORRECT) expect(findingsIn(text), text).toEqual([]);
  });

  it('flags half-width marks in Chinese context, each with its full-width fix, and the range on the mark', () => {
    const text = '局党组召开会议,研究部署整改工作;明确责任分工:一是压实责任(见附件)!';
    const found = findingsIn(text);
    expect(found.map((f) => [covered(text, f), f.fix])).toEqual([
      [',', '，'],
      [';', '；'],
      [':', '：'],
      ['(', '（'],
      [')', '）'],
      ['!', '！'],
    ]);
    // The export prints them full-width anyway: a hint that says so.
    expect(found[0]!.message).toBe('半角逗号“,”应为全角“，”（导出时会自动更正）');
    expect(found.every((f) => f.severity === 'hint' && f.category === 'punctuation')).toBe(true);
  });

  it('flags quotes and brackets that do not pair', () => {
    const cases: [string, string, string | undefined][] = [
      ['整治“活人墓’问题。', '’', '”'],
      ['召开党组（扩大)会议', ')', undefined], // the half-width rule turns ) into ）
      ['印发‹关于加强管理的通知>。', '>', undefined],
      ['严格遵守中央“八项规定，着力规范公务接待。', '“', undefined],
      ['多出一个右括号）在这里。', '）', undefined],
    ];
    for (const [text, mark, fix] of cases) {
      const found = findingsIn(text).filter((f) => f.rule === 'punctuation.unpaired' || f.rule === 'punctuation.half-width');
      expect(
        found.map((f) => covered(text, f)),
        text,
      ).toEqual([mark]);
      expect(found[0]!.severity).toBe(found[0]!.rule === 'punctuation.half-width' ? 'hint' : 'error');
      if (fix) expect(found[0]!.fix).toBe(fix);
    }
    expect(findingsIn('召开党组（扩大)会议')[0]!.fix).toBe('）');
  });

  it('flags double quotes nested in double quotes, and a title in a title', () => {
    const text = '针对“落实“三重一大”制度不到位”问题，印发《关于印发《议事规则》的通知》。';
    const found = findingsIn(text);
    expect(rules(found)).toEqual(['punctuation.nested-quotes', 'punctuation.nested-titles']);
    expect(found.map((f) => [covered(text, f), f.fix])).toEqual([
      ['“三重一大”', '‘三重一大’'],
      ['《议事规则》', '〈议事规则〉'],
    ]);
    expect(findingsIn('他说“要落实‘三重一大’制度”。')).toEqual([]);
    expect(rules(findingsIn('印发《关于印发<议事规则>的通知》。'))).toEqual(['punctuation.nested-titles']);
  });

  it('flags repeated marks, ellipses and dashes typed the web way', () => {
    const text = '加强管理，，严格落实。。完善制度、、健全机制...团结--批评。。。';
    const found = findingsIn(text);
    expect(found.map((f) => [f.rule, covered(text, f), f.fix])).toEqual([
      ['punctuation.repeated', '，，', '，'],
      ['punctuation.repeated', '。。', '。'],
      ['punctuation.repeated', '、、', '、'],
      ['punctuation.ellipsis', '...', '……'],
      ['punctuation.dash', '--', '——'],
      ['punctuation.ellipsis', '。。。', '……'],
    ]);
    expect(rules(findingsIn('严格落实。，完善制度。'))).toEqual(['punctuation.clashing']);
  });

  it('flags spaces between Chinese characters and digits, and leading indentation', () => {
    const text = '2021年12 月24 日，召开 会议。';
    const found = findingsIn(text);
    expect(found.map((f) => [covered(text, f), f.fix])).toEqual([
      [' ', ''],
      [' ', ''],
      [' ', ''],
    ]);
    expect(rules(findingsIn('　　根据市委统一部署。'))).toEqual(['punctuation.leading-space']);
    expect(findingsIn('Microsoft Word 文档')).toEqual([]);
  });

  it('flags zero-width and control characters', () => {
    const text = '加强\u200B管理\u0007工作';
    const found = findingsIn(text);
    expect(found.map((f) => [f.rule, covered(text, f), f.fix])).toEqual([
      ['punctuation.invisible', '\u200B', ''],
      ['punctuation.invisible', '\u0007', ''],
    ]);
  });

  it('keeps a title’s chosen line break', () => {
    const notice = cleanNotice();
    notice.meta.titleOverride = '中共某某市民政局党组关于十四届市委第十轮\n巡察整改阶段性进展情况的通报';
    notice.meta.stage = 'interim';
    expect(check(notice).filter((f) => f.match?.address.kind === 'meta')).toEqual([]);
  });

  it('every fix, applied alone and checked again, is gone; all together leave none', () => {
    const notice = cleanNotice();
    notice.parts.organisation.body = plainList([
      '局党组召开会议,研究部署整改工作;整治“活人墓’问题。',
      '针对“落实“三重一大”制度”问题，印发《关于印发《议事规则》的通知》，，完善制度...团结--批评。',
      '2021年12 月24 日，加强\u200B管理。',
    ]);
    expectEachFixClears(notice);
    const fixed = applyFixes(notice, check(notice));
    expect(check(fixed).filter((f) => f.fix !== undefined)).toEqual([]);
    expect(fixed.parts.organisation.body.paragraphs.map((p) => p.children[0]!.text)).toEqual([
      '局党组召开会议，研究部署整改工作；整治“活人墓”问题。',
      '针对“落实‘三重一大’制度”问题，印发《关于印发〈议事规则〉的通知》，完善制度……团结——批评。',
      '2021年12月24日，加强管理。',
    ]);
  });
});
