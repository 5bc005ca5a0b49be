import type { Enumeration } from '../model/rich-text';
import { toChineseNumeral } from '../text/chinese-numerals';

const PLACEHOLDER = /\{(cn|n|circled)\}/g;

/**
 * Filled patterns by pattern and number. A compose asks about a thousand
 * times, mostly for the first number (two patterns are told apart by it),
 * of the few dozen patterns the layouts have; the cache holds only those.
 */
const filled = new Map<string, string[]>();
const CACHED_PATTERNS = 64;
const CACHED_NUMBERS = 100;

/** Fills a number pattern: `（{cn}）` with 3 gives （三）, `{n}.` gives 3., `{circled}` gives ③ (past ⑳, (21)). */
export function formatNumber(pattern: string, n: number): string {
  const known = filled.get(pattern)?.[n];
  if (known !== undefined) return known;
  const label = pattern.replace(PLACEHOLDER, (_, name: string) => {
    if (name === 'cn') return toChineseNumeral(n);
    if (name === 'n') return String(n);
    return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
  });
  if (Number.isInteger(n) && n >= 0 && n < CACHED_NUMBERS) {
    let labels = filled.get(pattern);
    if (!labels && filled.size < CACHED_PATTERNS) filled.set(pattern, (labels = []));
    if (labels) labels[n] = label;
  }
  return label;
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
