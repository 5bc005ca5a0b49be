import type { VersionReason } from './version-types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/**
 * How long automatic timed versions are kept: every one for a day, then the
 * last of each day for a month, then the last of each week. Named, export,
 * stage, next-stage and restore versions are never thinned: they mark
 * moments the user will want back.
 */
export const THINNING = { keepAllFor: DAY, dailyFor: 30 * DAY } as const;

export interface ThinningCandidate {
  id: number;
  createdAt: string;
  reason: VersionReason;
}

export interface ThinningOptions {
  /** Minutes east of UTC where the user is (480 for Beijing), so a "day" runs from local midnight. */
  utcOffsetMinutes?: number;
}

/**
 * The ids of the versions to delete so that what remains follows THINNING.
 * Buckets are fixed calendar days and weeks (not ages), so thinning again
 * later never deletes a version an earlier pass chose to keep in its
 * bucket unless a newer one of the same bucket has aged into it.
 */
export function versionsToThin(versions: readonly ThinningCandidate[], now: Date, options: ThinningOptions = {}): number[] {
  const offset = (options.utcOffsetMinutes ?? 0) * 60_000;
  const kept = new Map<string, ThinningCandidate>();
  const candidates: ThinningCandidate[] = [];
  for (const version of versions) {
    if (version.reason !== 'timed') continue;
    const at = Date.parse(version.createdAt);
    const age = now.getTime() - at;
    if (!Number.isFinite(at) || age < THINNING.keepAllFor) continue;
    candidates.push(version);
    const local = at + offset;
    // 1970-01-01 was a Thursday: shifting by 3 days makes weeks run Monday to Sunday.
    const bucket = age < THINNING.dailyFor ? `d${Math.floor(local / DAY)}` : `w${Math.floor((local + 3 * DAY) / WEEK)}`;
    const current = kept.get(bucket);
    if (!current || isNewer(version, current)) kept.set(bucket, version);
  }
  const keep = new Set([...kept.values()].map((v) => v.id));
  return candidates.filter((v) => !keep.has(v.id)).map((v) => v.id);
}

function isNewer(a: ThinningCandidate, b: ThinningCandidate): boolean {
  const [ta, tb] = [Date.parse(a.createdAt), Date.parse(b.createdAt)];
  return ta !== tb ? ta > tb : a.id > b.id;
}
