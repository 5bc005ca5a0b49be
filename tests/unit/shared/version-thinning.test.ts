import { describe, expect, it } from 'vitest';
import { versionsToThin, type ThinningCandidate } from '../../../shared/versions/thinning';
import type { VersionReason } from '../../../shared/versions/version-types';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const HOUR = 3_600_000;

function version(id: number, hoursAgo: number, reason: VersionReason = 'timed'): ThinningCandidate {
  return { id, createdAt: new Date(NOW.getTime() - hoursAgo * HOUR).toISOString(), reason };
}

/** Timed versions every hour for the given number of days, newest last, ids from 1. */
function hourly(days: number, reason: VersionReason = 'timed'): ThinningCandidate[] {
  return Array.from({ length: days * 24 }, (_, i) => version(i + 1, days * 24 - i, reason));
}

const kept = (versions: ThinningCandidate[], now = NOW) => {
  const gone = new Set(versionsToThin(versions, now));
  return versions.filter((v) => !gone.has(v.id));
};

describe('versionsToThin', () => {
  it('keeps every timed version of the last day', () => {
    const day = Array.from({ length: 23 }, (_, i) => version(i + 1, 23 - i));
    expect(versionsToThin(day, NOW)).toEqual([]);
  });

  it('keeps one per day for a month, then one per week', () => {
    const all = hourly(120);
    const left = kept(all);
    const ages = left.map((v) => (NOW.getTime() - Date.parse(v.createdAt)) / HOUR);
    expect(ages.filter((a) => a < 24)).toHaveLength(23);
    const daily = ages.filter((a) => a >= 24 && a < 30 * 24);
    // 29 whole days, plus the part-day buckets at either end.
    expect(daily.length).toBeGreaterThanOrEqual(29);
    expect(daily.length).toBeLessThanOrEqual(31);
    const weekly = ages.filter((a) => a >= 30 * 24);
    expect(weekly.length).toBeGreaterThanOrEqual(12);
    expect(weekly.length).toBeLessThanOrEqual(14);
    // The newest of each bucket stays: the very newest timed version of all is kept.
    expect(left.at(-1)).toEqual(all.at(-1));
  });

  it('never thins named, export, stage, next-stage or restore versions', () => {
    for (const reason of ['named', 'export', 'stage', 'next-stage', 'restore'] as const) {
      expect(versionsToThin(hourly(60, reason), NOW), reason).toEqual([]);
    }
  });

  it('is stable: thinning what it kept, later, only removes what has aged into a coarser bucket', () => {
    const first = kept(hourly(60));
    expect(versionsToThin(first, NOW)).toEqual([]);
    const later = new Date(NOW.getTime() + 10 * 24 * HOUR);
    const second = kept(first, later);
    expect(second.length).toBeLessThan(first.length);
    expect(versionsToThin(second, later)).toEqual([]);
  });

  it('counts days from local midnight when told the offset', () => {
    // 15:30 and 16:30 UTC on the same UTC day are two Beijing days (23:30 and 00:30).
    const a = { id: 1, createdAt: '2026-11-20T15:30:00.000Z', reason: 'timed' as const };
    const b = { id: 2, createdAt: '2026-11-20T16:30:00.000Z', reason: 'timed' as const };
    expect(versionsToThin([a, b], NOW)).toEqual([1]);
    expect(versionsToThin([a, b], NOW, { utcOffsetMinutes: 480 })).toEqual([]);
  });
});
