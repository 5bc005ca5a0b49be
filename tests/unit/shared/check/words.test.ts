import { describe, expect, it } from 'vitest';
import { mergeRules } from '../../../../shared/check/merge-rules';
import { checkRulesSchema } from '../../../../shared/check/rules-schema';
import { plainList } from '../../../../shared/model/rich-text';
import { checkSettingsSchema } from '../../../../shared/model/settings';
import { cleanNotice, covered, expectEachFixClears, findingsIn, templates } from './check-helpers';

describe('words', () => {
  it('flags a function word typed twice, with the fix to one', () => {
    const text = '进一步加强的的管理，完成了了任务，这是是关键。';
    const found = findingsIn(text);
    expect(found.map((f) => [covered(text, f), f.fix, f.severity])).toEqual([
      ['的的', '的', 'error'],
      ['了了', '了', 'error'],
      ['是是', '是', 'error'],
    ]);
  });

  it('leaves reduplications and words meeting on one character alone', () => {
    const text =
      '常常深入基层，人人参与，层层压实，一一整改，不了了之，为了了解情况，的的确确，关键是是否落实，已经经过审议，工作作风，会议议事，东莞市市直部门。';
    expect(findingsIn(text)).toEqual([]);
  });

  it('flags confused words, with a fix only where it is safe', () => {
    const text = '截止目前，其它问题做为重点，再接再励，一股作气，制订制度，截止2020年12月，建立整改台帐。';
    const found = findingsIn(text);
    expect(found.map((f) => [covered(text, f), f.fix, f.severity])).toEqual([
      ['截止目前', '截至目前', 'error'],
      ['其它', '其他', 'error'],
      ['做为', '作为', 'error'],
      ['再接再励', '再接再厉', 'error'],
      ['一股作气', '一鼓作气', 'error'],
      ['制订', undefined, 'hint'],
      ['截止', undefined, 'hint'],
      ['台帐', '台账', 'error'],
    ]);
    expect(findingsIn('报名截止日期为12月31日，精减人员编制。')).toEqual([]);
  });

  it('holds 40 and more real entries, each valid', () => {
    expect(templates.check.words.length).toBeGreaterThanOrEqual(40);
    expect(checkRulesSchema.safeParse(templates.check).success).toBe(true);
    const bad = checkRulesSchema.safeParse({
      ...templates.check,
      words: [{ wrong: '', right: 'x', severity: 'fatal', fix: 'yes', context: '(' }],
    });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['误写的词（wrong）不能为空', '上下文（context）不是有效的正则表达式']));
  });

  it('takes the office’s own words from the settings, replacing a built-in one of the same spelling', () => {
    const settings = checkSettingsSchema.parse({
      words: [
        { wrong: '莞城区', right: '莞城街道', note: '本市无莞城区' },
        { wrong: '制订', right: '制定' },
      ],
    });
    const merged = mergeRules(templates.check, settings);
    const text = '莞城区召开会议，制订制度。';
    const found = findingsIn(text, 'none', { rules: merged });
    expect(found.map((f) => [covered(text, f), f.fix, f.severity])).toEqual([
      ['莞城区', '莞城街道', 'error'],
      ['制订', '制定', 'error'],
    ]);
    expect(found[0]!.message).toBe('“莞城区”应为“莞城街道”（本市无莞城区）');
    expect(mergeRules(templates.check, undefined)).toBe(templates.check);
    expect(checkSettingsSchema.parse({})).toEqual({ words: [] });
  });

  it('every word fix clears its finding', () => {
    const notice = cleanNotice();
    notice.parts.organisation.body = plainList(['截止目前，其它问题的的做为重点，截止到年底。']);
    expectEachFixClears(notice);
  });
});
