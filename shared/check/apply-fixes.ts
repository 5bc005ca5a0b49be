import { addressKey, replaceMatch } from '../document/find-in-notice';
import type { Notice } from '../model/notice';
import type { Finding } from './finding';

/**
 * One safe fix applied. The same notice object when the finding has no fix
 * or its text no longer stands where the finding says (edited since).
 */
export function applyFix(notice: Notice, finding: Finding): Notice {
  if (finding.fix === undefined || !finding.match) return notice;
  return replaceMatch(notice, finding.match, finding.fix).notice;
}

/**
 * Every finding with a fix, as one new notice (one undo step). In each text
 * the fixes go from the end backwards, so the offsets of those before stay
 * true; of fixes whose ranges overlap the first in the list wins.
 */
export function applyFixes(notice: Notice, findings: readonly Finding[]): Notice {
  let next = notice;
  for (const fixes of fixesByText(findings).values()) {
    for (const finding of [...fixes].sort((a, b) => b.match!.start - a.match!.start)) next = applyFix(next, finding);
  }
  return next;
}

/** The findings applyFixes applies: those with a fix, less any overlapping one before it in the list. */
export function chosenFixes(findings: readonly Finding[]): Finding[] {
  const chosen = new Set([...fixesByText(findings).values()].flat());
  return findings.filter((f) => chosen.has(f));
}

/** The fixes to apply, by the text (field and paragraph) they change. */
function fixesByText(findings: readonly Finding[]): Map<string, Finding[]> {
  const byText = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.fix === undefined || !finding.match) continue;
    const { match } = finding;
    const key = `${addressKey(match.address)}#${match.paragraph}`;
    const taken = byText.get(key) ?? [];
    if (taken.some((other) => overlap(other, finding))) continue;
    byText.set(key, [...taken, finding]);
  }
  return byText;
}

function overlap(a: Finding, b: Finding): boolean {
  const [x, y] = [a.match!, b.match!];
  // Two insertions at one point, or an insertion inside a range, compete as well.
  if (x.start === y.start) return true;
  return x.start < y.end && y.start < x.end;
}
