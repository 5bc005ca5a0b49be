import type { Notice } from '../model/notice';
import { applyFixes, chosenFixes } from './apply-fixes';
import { checkNotice, type CheckContext } from './check-notice';
import type { Finding } from './finding';

/** What the check finds in a notice, less and apart from what the user chose to 忽略 for it. */
export interface CheckResults {
  shown: Finding[];
  ignored: Finding[];
}

/** The check of a notice with its 忽略 applied: the editor's 检查 panel, its question before 导出 Word and the command line all read it. */
export function checkResults(notice: Notice, context: CheckContext): CheckResults {
  const ignoredKeys = new Set(notice.meta.ignoredFindings ?? []);
  const shown: Finding[] = [];
  const ignored: Finding[] = [];
  for (const finding of checkNotice(notice, context)) (ignoredKeys.has(finding.key) ? ignored : shown).push(finding);
  return { shown, ignored };
}

/** Rounds of fixes at most: a fix that met another one in a round is applied in the next. */
const FIX_ROUNDS = 5;

/**
 * 全部修正: every safe fix of what is shown, again and again while a round
 * still fixes something (two fixes touching each other go one per round; a
 * fix may complete what another began), as one new notice, so the user's one
 * click is one step to undo. Returns the fixes applied, in order.
 */
export function fixAll(notice: Notice, context: CheckContext): { notice: Notice; fixed: Finding[]; remaining: CheckResults } {
  let next = notice;
  const fixed: Finding[] = [];
  let results = checkResults(next, context);
  for (let round = 0; round < FIX_ROUNDS; round++) {
    const chosen = chosenFixes(results.shown);
    if (chosen.length === 0) break;
    const after = applyFixes(next, chosen);
    if (after === next) break;
    for (const finding of chosen) fixed.push(finding);
    next = after;
    results = checkResults(next, context);
  }
  return { notice: next, fixed, remaining: results };
}
