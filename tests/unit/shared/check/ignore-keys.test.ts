import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../../shared/check/apply-fixes';
import { checkResults } from '../../../../shared/check/check-results';
import { plainList } from '../../../../shared/model/rich-text';
import type { Notice } from '../../../../shared/model/notice';
import { check, cleanNotice, contextFor } from './check-helpers';

function noticeWith(paragraphs: string[]): Notice {
  const notice = cleanNotice();
  notice.parts.organisation.body = plainList(paragraphs);
  return notice;
}

const confused = (notice: Notice) => check(notice).filter((f) => f.rule === 'words.confused');
const shownStarts = (notice: Notice) =>
  checkResults(notice, contextFor(notice))
    .shown.filter((f) => f.rule === 'words.confused')
    .map((f) => [f.match!.paragraph, f.match!.start]);

describe('忽略 keys', () => {
  it('an equal mistake typed earlier in the field is shown; the ignored one stays ignored', () => {
    const ignoredText = '局党组专题研究了其它问题。';
    const notice = noticeWith([ignoredText]);
    notice.meta.ignoredFindings = confused(notice).map((f) => f.key);
    expect(shownStarts(notice)).toEqual([]);
    // The same sentence with a new 其它 before it, in the same paragraph and in one above.
    notice.parts.organisation.body = plainList([`对其它事项逐一整改落实。${ignoredText}`]);
    expect(shownStarts(notice)).toEqual([[0, 1]]);
    notice.parts.organisation.body = plainList(['其它事项逐一整改。', ignoredText]);
    expect(shownStarts(notice)).toEqual([[0, 0]]);
  });

  it('fixing an earlier equal finding does not un-ignore a later one', () => {
    const notice = noticeWith(['其它问题已经研究部署，其它事项逐一整改。']);
    const [first, second] = confused(notice);
    notice.meta.ignoredFindings = [second!.key];
    const fixed = applyFix(notice, first!);
    expect(shownStarts(fixed)).toEqual([]);
    expect(checkResults(fixed, contextFor(fixed)).ignored.map((f) => f.match!.start)).toEqual([second!.match!.start]);
  });

  it('equal findings with equal context still get keys of their own', () => {
    const notice = noticeWith(['其它。', '其它。']);
    const keys = check(notice).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
