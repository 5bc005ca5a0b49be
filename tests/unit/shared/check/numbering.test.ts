import { describe, expect, it } from 'vitest';
import { createGroup, createSubItem } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import { check, cleanNotice, covered, doneItem, expectEachFixClears, findingsIn, rules } from './check-helpers';

const numbering = (f: { category: string }) => f.category === 'numbering';

describe('numbering', () => {
  it('leaves correct typed numbering alone: 1. of level 3 under （一）, restarts, 一是 in sentences', () => {
    expect(findingsIn(['（一）压实责任。', '1.召开会议。', '2.建立台账。', '（二）强化督导。', '1.开展检查。']).filter(numbering)).toEqual(
      [],
    );
    expect(
      findingsIn(['严格按照要求讨论。一是强化研究。二是列入日程。', '全面落实责任制。一是修订文件。二是纳入制度。三是加大考核。']).filter(
        numbering,
      ),
    ).toEqual([]);
    expect(findingsIn('第一，完善制度；第二，加强监督；第三，严肃问责。').filter(numbering)).toEqual([]);
    expect(findingsIn('统一是前提，唯一是要求。').filter(numbering)).toEqual([]);
  });

  it('flags typed sequences out of order', () => {
    for (const text of [['一是加强学习。三是完善制度。'], ['（一）压实责任。', '（三）强化督导。'], ['第一，完善制度；第三，严肃问责。']]) {
      const found = findingsIn(text).filter(numbering);
      expect(rules(found), text.join('')).toEqual(['numbering.sequence']);
      expect(found[0]!.severity).toBe('error');
    }
    const text = '一是加强学习。三是完善制度。';
    expect(covered(text, findingsIn(text).find(numbering)!)).toBe('三是');
  });

  it('flags a level skipped among a field’s own typed numbers: （1） straight after （一）', () => {
    const skipped = findingsIn(['（一）压实责任。', '（1）召开会议。']).filter(numbering);
    expect(rules(skipped)).toEqual(['numbering.level-skipped']);
    expect(skipped[0]!.severity).toBe('error');
  });

  it('leaves 1. or （1） straight under a part’s 一、 alone: notices without （一） go 一、 → 1.', () => {
    expect(findingsIn(['1.召开会议。', '2.建立台账。']).filter(numbering)).toEqual([]);
    expect(findingsIn(['（1）召开会议。', '（2）建立台账。']).filter(numbering)).toEqual([]);
  });

  it('flags numbers typed where the layout numbers the paragraphs: a duplicate to delete, or two numbers printed', () => {
    const duplicate = findingsIn(['一是加强学习。', '二是完善制度。'], '一是').filter(numbering);
    expect(rules(duplicate)).toEqual(['numbering.typed-duplicate', 'numbering.typed-duplicate']);
    expect(duplicate[0]!.fix).toBe('');
    const double = findingsIn(['1.加强学习。', '2.完善制度。'], '一是').filter(numbering);
    expect(rules(double)).toEqual(['numbering.typed-double', 'numbering.typed-double']);
    expect(double[0]!.message).toContain('将印成“一是1.');
    expect(double[0]!.severity).toBe('error');
  });

  it('flags numbers typed into headings the layout numbers: part heading, group title, lead, problem', () => {
    const notice = cleanNotice('duizhao', [
      createGroup('（一）党的领导方面', [
        createGroup('第一，班子分工', [doneItem({ problem: '1.班子分工不规范', leadOverride: '1.针对问题，整改如下：' }), doneItem()]),
      ]),
    ]);
    notice.parts.organisation.heading = '一、加强组织领导';
    notice.parts.nextSteps.heading = '（三）下一步工作计划';
    const found = check(notice).filter(numbering);
    expect(found.map((f) => [f.rule, f.severity, f.match!.text, f.fix])).toEqual([
      ['numbering.typed-heading', 'hint', '一、', ''],
      ['numbering.typed-heading', 'error', '（一）', ''],
      ['numbering.typed-heading', 'error', '第一，', ''],
      ['numbering.typed-heading', 'error', '1.', undefined],
      ['numbering.typed-heading', 'hint', '1.', ''],
      ['numbering.typed-heading', 'error', '（三）', ''],
    ]);
    expect(found[0]!.selection).toBe('part:organisation');
    expectEachFixClears(notice);
  });

  it('does not flag headings a layout prints without numbers', () => {
    const notice = cleanNotice('zhuanti');
    notice.parts.organisation.heading = '一、前言';
    expect(check(notice).filter(numbering)).toEqual([]);
  });

  it('reads a sub-item’s lists at the sub-item’s level and points at its item', () => {
    const item = doneItem({
      subItems: [
        createSubItem({
          problem: '分项甲',
          measures: plainList(['（一）召开会议。', '（1）建立台账。']),
          progress: plainList(['已完成。']),
        }),
      ],
    });
    const notice = cleanNotice('duizhao', [item]);
    const found = check(notice).filter(numbering);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.selection === item.id)).toBe(true);
  });
});
