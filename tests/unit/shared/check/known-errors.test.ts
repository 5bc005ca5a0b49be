import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes } from '../../../../shared/check/apply-fixes';
import { createGroup, createItem } from '../../../../shared/model/factory';
import { plainList } from '../../../../shared/model/rich-text';
import { check, cleanNotice, doneItem } from './check-helpers';

/** One notice carrying each class of error real imported notices carry, for the whole check at once. */
function noticeWithEveryError() {
  const notice = cleanNotice('duizhao', [
    createGroup('（一）党的领导方面', [
      doneItem({ problem: '整治“活人墓’问题', completedOn: null }),
      createItem({ problem: '印发‹关于加强管理的通知>不及时' }),
      doneItem({ measures: plainList(['一是加强学习。', '1.完善制度。'], '一是') }),
    ]),
  ]);
  Object.assign(notice.meta, {
    signature: '',
    issuer: '',
    publicationDate: null,
    inspectionStart: '2021-06-01',
    inspectionEnd: '2021-05-01',
  });
  notice.parts.organisation.body = plainList([
    '2021年12 月24 日,召开党组会议--研究部署...',
    '针对“落实“三重一大”制度”问题，印发《关于印发《议事规则》的通知》。。',
    '一是加强学习。三是完善制度。2020年09月01日至2020.9.30，挽回资金１２万元。',
    '截至目前，巡察反馈的5个问题中，已完成整改3个。截止目前其它问题做为重点\u200B。',
  ]);
  return notice;
}

const EXPECTED_RULES = [
  'punctuation.half-width',
  'punctuation.unpaired',
  'punctuation.nested-quotes',
  'punctuation.nested-titles',
  'punctuation.repeated',
  'punctuation.ellipsis',
  'punctuation.dash',
  'punctuation.space',
  'punctuation.invisible',
  'numbering.sequence',
  'numbering.typed-heading',
  'numbering.typed-double',
  'dates.leading-zero',
  'dates.date-form',
  'dates.full-width-digits',
  'dates.figures',
  'dates.inspection-period',
  'completeness.signature',
  'completeness.publication-date',
  'completeness.empty-entry',
  'completeness.completed-on',
  'words.confused',
];

describe('a notice with every known error', () => {
  it('finds each class', () => {
    const found = new Set(check(noticeWithEveryError()).map((f) => f.rule));
    expect(EXPECTED_RULES.filter((rule) => !found.has(rule))).toEqual([]);
  });

  it('gives findings in reading order, with keys unique and stable while other fields change', () => {
    const notice = noticeWithEveryError();
    const findings = check(notice);
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
    // Metadata first, then the parts, then the checklist.
    const order = findings.map((f) => (f.selection === 'meta' ? 0 : f.selection.startsWith('part:') ? 1 : 2));
    expect(order).toEqual([...order].sort());
    const edited = structuredClone(notice);
    edited.parts.nextSteps.body = plainList(['继续巩固整改成果，，持续推进。']);
    const keys = new Set(check(edited).map((f) => f.key));
    expect(findings.every((f) => keys.has(f.key))).toBe(true);
  });

  it('applies every safe fix in one new notice; overlapping fixes: the first wins; stale ones do nothing', () => {
    const notice = noticeWithEveryError();
    const findings = check(notice);
    const fixed = applyFixes(notice, findings);
    expect(fixed).not.toBe(notice);
    expect(check(notice)).toEqual(findings);
    const left = check(applyFixes(fixed, check(fixed)));
    expect(left.filter((f) => f.fix !== undefined)).toEqual([]);
    expect(fixed.parts.organisation.body.paragraphs[0]!.children[0]!.text).toBe('2021年12月24日，召开党组会议——研究部署……');
    // A finding whose text has gone leaves the notice as it is.
    const first = findings.find((f) => f.fix !== undefined && f.match?.address.kind === 'part')!;
    expect(applyFix(fixed, first)).toBe(fixed);
    expect(applyFixes(notice, [])).toBe(notice);
    // Two findings over one range: only the first is applied.
    const mark = findings.find((f) => f.rule === 'punctuation.half-width')!;
    const twice = applyFixes(notice, [mark, { ...mark, key: 'other', fix: ';' }]);
    expect(twice.parts.organisation.body.paragraphs[0]!.children[0]!.text).toContain('日，召开');
  });
});

/** Double quotes inside double quotes in a message of ours (not inside the user's text quoted by it). */
function nestsDoubleQuotes(message: string): boolean {
  let depth = 0;
  for (const c of message) {
    if (c === '“') {
      if (depth > 0) return true;
      depth += 1;
    } else if (c === '”') depth = Math.max(0, depth - 1);
  }
  return false;
}

describe('messages', () => {
  it('nest quotes the Chinese way: ‘…’ inside “…”', () => {
    const notice = noticeWithEveryError();
    notice.checklist.push(
      createItem({ problem: '1.班子分工不规范', measures: plainList(['调整分工。']), progress: plainList(['已调整。']) }),
    );
    notice.parts.nextSteps.body = plainList(['他说"要落实"。']);
    const numbered = cleanNotice('qingdan', [
      createItem({ problem: '1.班子分工不规范', measures: plainList(['调整分工。']), progress: plainList(['已调整。']) }),
    ]);
    const findings = [...check(notice), ...check(numbered)];
    expect(findings.some((f) => f.rule === 'numbering.typed-heading' && f.message.includes('将印成“（一）针对‘1.…’”'))).toBe(true);
    // Messages that quote no user text with quotation marks in it.
    const own = findings.filter(
      (f) => !/[“”]/u.test(f.match?.text ?? '') && f.rule !== 'punctuation.unpaired' && f.rule !== 'punctuation.nested-quotes',
    );
    expect(own.filter((f) => nestsDoubleQuotes(f.message)).map((f) => f.message)).toEqual([]);
  });
});
