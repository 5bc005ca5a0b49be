import { addressKey, replaceMatch, replaceMatches } from '../document/find-in-notice';
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
 * Every finding with a fix, as one new notice (one undo step), in one walk
 * over the notice: each text is rebuilt once with all its fixes. Of fixes
 * whose ranges overlap the first in the list wins; a fix whose text no
 * longer stands where it says is left out.
 */
export function applyFixes(notice: Notice, findings: readonly Finding[]): Notice {
  const chosen = chosenFixes(findings);
  if (chosen.length === 0) return notice;
  return replaceMatches(
    notice,
    chosen.map((f) => ({ match: f.match!, replacement: f.fix! })),
  ).notice;
}

/** The findings applyFixes applies: those with a fix, less any overlapping one before it in the list. */
export function chosenFixes(findings: readonly Finding[]): Finding[] {
  const byText = new Map<string, Claimed>();
  const chosen: Finding[] = [];
  for (const finding of findings) {
    if (finding.fix === undefined || !finding.match) continue;
    const { match } = finding;
    const key = `${addressKey(match.address)}#${match.paragraph}`;
    let claimed = byText.get(key);
    if (!claimed) byText.set(key, (claimed = new Claimed()));
    if (claimed.overlaps(match.start, match.end)) continue;
    claimed.take(match.start, match.end);
    chosen.push(finding);
  }
  return chosen;
}

/**
 * The ranges of one text already chosen, unit by unit, so a hundred thousand
 * fixes are tested in time linear in their lengths. Two insertions at one
 * point, or an insertion inside a range, compete as well: ranges that start
 * together always overlap.
 */
class Claimed {
  /** For each unit, 1 + the index of the chosen range covering it; 0 when free. */
  private covered = new Int32Array(16);
  private readonly starts = new Set<number>();
  /** Points where an insertion (an empty range) was chosen. */
  private readonly points = new Set<number>();
  private count = 0;

  overlaps(start: number, end: number): boolean {
    if (this.starts.has(start)) return true;
    if (start === end) {
      // Inside a range: the units either side belong to the same one.
      const before = this.at(start - 1);
      return before !== 0 && before === this.at(start);
    }
    for (let i = start; i < end; i++) if (this.at(i) !== 0) return true;
    for (let p = start + 1; p < end; p++) if (this.points.has(p)) return true;
    return false;
  }

  take(start: number, end: number): void {
    this.count += 1;
    this.starts.add(start);
    if (start === end) {
      this.points.add(start);
      return;
    }
    if (end > this.covered.length) {
      const grown = new Int32Array(Math.max(end, this.covered.length * 2));
      grown.set(this.covered);
      this.covered = grown;
    }
    this.covered.fill(this.count, start, end);
  }

  private at(i: number): number {
    return i < 0 || i >= this.covered.length ? 0 : this.covered[i]!;
  }
}
