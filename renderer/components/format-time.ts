import dayjs from 'dayjs';

/**
 * A stored ISO time as users read it, in the machine's local time:
 * 2026年11月23日 10:42 (no leading zeros in the date, as documents write it).
 */
export function formatChineseDateTime(iso: string): string {
  const time = dayjs(iso);
  return time.isValid() ? time.format('YYYY年M月D日 HH:mm') : '时间不详';
}
