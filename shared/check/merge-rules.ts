import type { CheckSettings } from '../model/settings';
import type { CheckRules, ConfusedWord } from './rules-schema';

/**
 * The rules with the office's own words (设置 → 易混词（本单位补充）) added.
 * An office word is an error with its fix: the office said what is right.
 * One with the same wrong word as a built-in entry takes its place.
 */
export function mergeRules(rules: CheckRules, settings: CheckSettings | undefined): CheckRules {
  const own = (settings?.words ?? []).filter((w) => w.wrong.trim() !== '' && w.wrong !== w.right);
  if (own.length === 0) return rules;
  const added: ConfusedWord[] = own.map((w) => ({
    wrong: w.wrong,
    right: w.right,
    severity: 'error',
    fix: true,
    ...(w.note ? { message: `“${w.wrong}”应为“${w.right}”（${w.note}）` } : {}),
  }));
  const replaced = new Set(added.map((w) => w.wrong));
  // Office words first: a longer built-in entry overlapping one must not hide it.
  return { ...rules, words: [...added, ...rules.words.filter((w) => !replaced.has(w.wrong))] };
}
