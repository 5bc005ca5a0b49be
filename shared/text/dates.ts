import { z } from 'zod';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits an ISO date into numbers, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

export const isoDateSchema = z
  .string({ error: '日期必须是文字，格式为 YYYY-MM-DD' })
  .refine((value) => parseIsoDate(value) !== null, { error: '日期无效，应为 YYYY-MM-DD 格式的真实日期' });

/** `2020-12-21` → `2020年12月21日` (Arabic digits, no leading zeros, as GB/T 9704 writes dates). */
export function formatChineseDate(value: IsoDate): string {
  const date = parseIsoDate(value);
  if (!date) throw new Error(`无效日期：${value}`);
  return `${date.year}年${date.month}月${date.day}日`;
}

/**
 * A date written after another in the same sentence: the year is dropped when
 * it is the same as the earlier one (`2020年5月19日至6月19日`).
 */
export function formatChineseDateAfter(value: IsoDate, previous: IsoDate | null): string {
  const date = parseIsoDate(value);
  const before = previous ? parseIsoDate(previous) : null;
  if (!date) throw new Error(`无效日期：${value}`);
  if (before && before.year === date.year) return `${date.month}月${date.day}日`;
  return formatChineseDate(value);
}
