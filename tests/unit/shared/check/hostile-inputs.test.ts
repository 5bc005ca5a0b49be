import { describe, expect, it } from 'vitest';
import { applyFixes, chosenFixes } from '../../../../shared/check/apply-fixes';
import type { Finding } from '../../../../shared/check/finding';
import { mergeRules } from '../../../../shared/check/merge-rules';
import { paragraphText, plainList } from '../../../../shared/model/rich-text';
import { check, cleanNotice, doneItem, findingsIn, templates } from './check-helpers';

/** The organisation part's first paragraph. */
const body = (notice: ReturnType<typeof cleanNotice>) => paragraphText(notice.parts.organisation.body.paragraphs[0]!);

function noticeWith(text: string) {
  const notice = cleanNotice();
  notice.parts.organisation.body = plainList([text]);
  return notice;
}

describe('hostile inputs', () => {
  it('a paragraph of a hundred thousand findings gives them all, without overflowing the stack', () => {
    const spaces = findingsIn('整 '.repeat(150000));
    expect(spaces.filter((f) => f.rule === 'punctuation.space').length).toBe(149999);
    const commas = findingsIn('整,'.repeat(300000));
    expect(commas.filter((f) => f.rule === 'punctuation.half-width').length).toBe(300000);
  });

  it('applies a hundred thousand fixes in one pass, each where it was found', () => {
    const notice = noticeWith('整,'.repeat(100000));
    const findings = check(notice);
    expect(chosenFixes(findings).length).toBe(100000);
    expect(body(applyFixes(notice, findings))).toBe('整，'.repeat(100000));
  });

  it('of fixes overlapping in any order, the first in the list wins; insertions at one point compete', () => {
    const notice = noticeWith('abcdef');
    const match = (start: number, end: number) => ({
      address: { kind: 'part', part: 'organisation', field: 'body' } as const,
      paragraph: 0,
      start,
      end,
      text: 'abcdef'.slice(start, end),
    });
    const fix = (start: number, end: number, to: string): Finding => ({
      key: `${start}`,
      rule: 'x',
      category: 'punctuation',
      severity: 'error',
      message: '',
      match: match(start, end),
      selection: '',
      fix: to,
    });
    const findings = [fix(3, 5, 'X'), fix(0, 2, 'Y'), fix(1, 4, 'Z'), fix(5, 5, '+'), fix(5, 5, '-'), fix(4, 4, '!'), fix(2, 3, 'W')];
    expect(chosenFixes(findings).map((f) => f.fix)).toEqual(['X', 'Y', '+', 'W']);
    expect(body(applyFixes(notice, findings))).toBe('YWX+f');
  });

  it('doubled characters by the hundred thousand: one finding per run, the fix to one character', () => {
    const text = '的的'.repeat(100000);
    const found = findingsIn(text).filter((f) => f.rule === 'words.repeated');
    expect(found.map((f) => [f.match!.start, f.match!.end, f.fix])).toEqual([[0, 200000, '的']]);
    const words = findingsIn('我们的的工作，'.repeat(20000)).filter((f) => f.rule === 'words.repeated');
    expect(words.length).toBe(20000);
    // An allowed phrase, found once for the whole text, still keeps its doubled character.
    expect(findingsIn('为了了解情况，'.repeat(20000)).filter((f) => f.rule === 'words.repeated')).toEqual([]);
  });

  it('confused words by the hundred thousand, exceptions found once per text', () => {
    const found = findingsIn('其它，精减人员，'.repeat(20000)).filter((f) => f.rule === 'words.confused');
    expect(found.length).toBe(20000);
    expect(found.every((f) => f.match!.text === '其它')).toBe(true);
  });

  it('a line of letters before www. or @ is read once', () => {
    expect(findingsIn('www.'.repeat(20000))).toEqual([]);
    expect(findingsIn(`${'a'.repeat(50000)}://`).length).toBeLessThanOrEqual(1);
  });
});

describe('an office word whose right form holds it', () => {
  const rules = mergeRules(templates.check, { words: [{ wrong: '市民政局', right: '东莞市民政局' }] });

  it('flags only the wrong one, and fixing it twice does not grow the right one', () => {
    let notice = noticeWith('东莞市民政局党组召开会议，市民政局党组研究部署。');
    const found = check(notice, { rules }).filter((f) => f.rule === 'words.confused' && f.match?.address.kind === 'part');
    expect(found.map((f) => f.match!.start)).toEqual([13]);
    for (let round = 0; round < 2; round++) notice = applyFixes(notice, check(notice, { rules }));
    expect(body(notice)).toBe('东莞市民政局党组召开会议，东莞市民政局党组研究部署。');
  });
});

describe('figures claims', () => {
  const items = [...Array.from({ length: 18 }, () => doneItem()), doneItem({ status: 'ongoing', completedOn: null })];
  const claims = (text: string) => {
    const notice = cleanNotice('duizhao', items);
    notice.parts.organisation.body = plainList([text]);
    return check(notice)
      .filter((f) => f.rule === 'dates.figures')
      .map((f) => f.match!.text);
  };

  it('counts only what is about the problems fed back', () => {
    expect(claims('已完成12项制度修订。')).toEqual([]);
    expect(claims('已完成3个专项检查。')).toEqual([]);
    expect(claims('共3个问题线索移交。')).toEqual([]);
    expect(claims('反馈问题19个，已完成整改18个，持续推进1个。')).toEqual([]);
  });

  it('still catches counts of the problems that disagree', () => {
    expect(claims('已完成整改19个')).toEqual(['已完成整改19个']);
    expect(claims('反馈问题17个')).toEqual(['反馈问题17个']);
    expect(claims('已整改完成19个，')).toEqual(['已整改完成19个']);
    expect(claims('基本完成3个。')).toEqual(['基本完成3个']);
    expect(claims('已完成整改十九个')).toEqual(['已完成整改十九个']);
    expect(claims('共3个问题。')).toEqual(['共3个问题']);
    expect(claims('已完成19个问题，')).toEqual(['已完成19个']);
  });
});
