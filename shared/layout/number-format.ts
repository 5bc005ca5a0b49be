import type { Enumeration } from '../model/rich-text';
import { toChineseNumeral } from '../text/chinese-numerals';

/** Fills a number pattern: `（{cn}）` with 3 gives （三）, `{n}.` gives 3., `{circled}` gives ③ (past ⑳, (21)). */
export function formatNumber(pattern: string, n: number): string {
  return pattern
    .replace(/\{cn\}/g, () => toChineseNumeral(n))
    .replace(/\{n\}/g, String(n))
    .replace(/\{circled\}/g, () => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`));
}

const ENUMERATION_PATTERNS: Record<Exclude<Enumeration, 'none'>, string> = {
  '一是': '{cn}是',
  '第一，': '第{cn}，',
  '（一）': '（{cn}）',
  '1.': '{n}.',
  '（1）': '（{n}）',
};

/** The enumerator of the n-th paragraph of a list (一是, 第二，, （三）, 4.); empty for none. */
export function enumerator(enumeration: Enumeration, n: number): string {
  return enumeration === 'none' ? '' : formatNumber(ENUMERATION_PATTERNS[enumeration], n);
}
