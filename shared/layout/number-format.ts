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
  一是: '{cn}是',
  '第一，': '第{cn}，',
  '（一）': '（{cn}）',
  '1.': '{n}.',
  '（1）': '（{n}）',
};

/** The enumerator of the n-th paragraph of a list (一是, 第二，, （三）, 4.); empty for none. */
export function enumerator(enumeration: Enumeration, n: number): string {
  return enumeration === 'none' ? '' : formatNumber(ENUMERATION_PATTERNS[enumeration], n);
}

/**
 * The four levels of GB/T 9704 7.3.3, in order: 一、 （一） 1. （1）, and ① for
 * a fifth that only a deep tree in a layout with many levels reaches.
 */
export const LEVEL_PATTERNS = ['{cn}、', '（{cn}）', '{n}.', '（{n}）', '{circled}'] as const;

/** The n-th number at a level (1-based: 1 is 一、), or '' past the last level. */
export function numberAtLevel(level: number, n: number): string {
  const pattern = LEVEL_PATTERNS[level - 1];
  return pattern ? formatNumber(pattern, n) : '';
}
