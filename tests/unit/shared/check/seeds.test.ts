import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../../shared/check/apply-fixes';
import { seedNotice } from '../../../support/seed-notice';
import { check } from './check-helpers';

/**
 * The real published notices. Every 错误 the check reports in them was read
 * and judged; anything else it called an error would be a false alarm on
 * correct text.
 */
const JUDGED_ERRORS: Record<string, [rule: string, text: string | null][]> = {
  // 其他 is the standard form; the notice as published leaves “八项规定 open.
  '000_fca5672edf850d55': [
    ['words.confused', '其它'],
    ['punctuation.unpaired', '“'],
  ],
  '002_24447b05fa0c56f5': [],
  // Published without a date under the signature.
  '003_8f695a607027e73e': [['completeness.publication-date', null]],
};

describe('the seeds', () => {
  for (const [name, expected] of Object.entries(JUDGED_ERRORS)) {
    it(`${name}: only the judged errors, and the check leaves the notice as it was`, () => {
      const notice = seedNotice(name);
      const before = JSON.stringify(notice);
      const findings = check(notice);
      expect(JSON.stringify(notice)).toBe(before);
      expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.match?.text ?? null])).toEqual(expected);
      // Hints are judgement calls; those the seeds draw are about missing data, not their text.
      expect(new Set(findings.filter((f) => f.severity === 'hint').map((f) => f.rule))).toSatisfy((set: Set<string>) =>
        [...set].every((rule) => ['completeness.progress', 'completeness.completed-on', 'words.confused'].includes(rule)),
      );
      const fixed = applyFixes(notice, findings);
      expect(check(fixed).filter((f) => f.fix !== undefined)).toEqual([]);
    });
  }
});
