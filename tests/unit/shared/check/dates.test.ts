import { describe, expect, it } from 'vitest';
import { createGroup } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import { check, cleanNotice, covered, doneItem, expectEachFixClears, findingsIn, rules } from './check-helpers';

describe('dates and figures', () => {
  it('leaves correct dates, decimals, version numbers and phone numbers alone', () => {
    for (const text of [
      '2020年12月21日召开会议，10月9日完成。',
      '完成率3.5%，版本1.2.3，电话0769-22832508。',
      '2020年至2021年，共12.5万元。',
    ]) {
      expect(findingsIn(text), text).toEqual([]);
    }
  });

  it('flags leading zeros, with the date without them as the fix', () => {
    const text = '2020年09月01日召开会议，11月05日完成，2021年03月印发。';
    const found = findingsIn(text);
    expect(found.map((f) => [covered(text, f), f.fix])).toEqual([
      ['2020年09月01日', '2020年9月1日'],
      ['11月05日', '11月5日'],
      ['2021年03月', '2021年3月'],
    ]);
  });

  it('flags dates written with dots, dashes or slashes', () => {
    const text = '于2020.9.1、2020-09-01和2020/9/1分别召开会议。';
    const found = findingsIn(text);
    expect(found.map((f) => [covered(text, f), f.fix])).toEqual([
      ['2020.9.1', '2020年9月1日'],
      ['2020-09-01', '2020年9月1日'],
      ['2020/9/1', '2020年9月1日'],
    ]);
    expect(findingsIn('见2020.13.45号文件。')).toEqual([]);
  });

  it('flags full-width digits in figures', () => {
    const text = '挽回资金１２．５万元。';
    const found = findingsIn(text);
    expect(found.map((f) => [f.rule, covered(text, f), f.fix])).toEqual([['dates.full-width-digits', '１２．５', '12.5']]);
  });

  it('flags metadata dates that cannot be true, and is quiet when dates are missing', () => {
    const notice = cleanNotice();
    Object.assign(notice.meta, {
      inspectionStart: '2020-06-19',
      inspectionEnd: '2020-05-19',
      feedbackDate: '2020-05-01',
      publicationDate: '2020-04-01',
    });
    expect(rules(check(notice).filter((f) => f.category === 'dates'))).toEqual([
      'dates.inspection-period',
      'dates.feedback-before-end',
      'dates.feedback-after-publication',
    ]);
    expect(check(notice)[0]!.match).toBeNull();
    Object.assign(notice.meta, { inspectionStart: null, inspectionEnd: null, feedbackDate: null });
    expect(check(notice).filter((f) => f.category === 'dates')).toEqual([]);
  });

  it('flags counts in the text that disagree with the checklist, in Arabic or Chinese numerals', () => {
    const notice = cleanNotice('duizhao', [
      createGroup('党的领导', [
        doneItem(),
        doneItem(),
        doneItem({ status: 'ongoing', completedOn: null }),
        doneItem({ status: 'longTerm', completedOn: null }),
      ]),
    ]);
    notice.parts.organisation.body = plainList(['截至目前，巡察反馈的4个问题中，已完成整改2个，正在持续推进1个，需长期坚持1个。']);
    expect(check(notice).filter((f) => f.rule === 'dates.figures')).toEqual([]);
    notice.parts.organisation.body = plainList(['反馈问题5个，已整改完成三个，基本完成1个，持续推进2个，长期坚持1个。']);
    notice.parts.nextSteps.body = plainList(['对共6个问题持续跟踪。']);
    const found = check(notice).filter((f) => f.rule === 'dates.figures');
    expect(found.map((f) => f.match!.text)).toEqual(['反馈问题5个', '已整改完成三个', '基本完成1个', '持续推进2个', '共6个问题']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found[0]!.message).toBe('“反馈问题5个”与整改清单不符：清单中共有问题4个（反馈问题）');
  });

  it('every date fix clears its finding', () => {
    const notice = cleanNotice();
    notice.parts.organisation.body = plainList(['2020年09月01日召开会议，于2020.9.1印发，挽回资金１２万元。']);
    expectEachFixClears(notice);
  });
});
