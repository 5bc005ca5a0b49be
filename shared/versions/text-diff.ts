import { diffChars } from 'diff';

/** A run of a compared text: in both, only in the newer (added) or only in the older (removed). */
export interface DiffSegment {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** Past this much work a character diff is not worth waiting for: the whole text is shown replaced. */
const DIFF_TIMEOUT_MS = 1500;

/**
 * The two texts as segments, character by character (Chinese has no spaces
 * to diff words by). Joining the `same` and `removed` segments gives the
 * older text back; `same` and `added` the newer one.
 */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before === '' ? [] : [{ text: before, change: 'same' }];
  const changes = diffChars(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes)
    return [
      ...(before ? [{ text: before, change: 'removed' as const }] : []),
      ...(after ? [{ text: after, change: 'added' as const }] : []),
    ];
  return changes.filter((c) => c.value !== '').map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}
