import type { Layout } from '../layout/layout';
import { fillTemplate } from '../text/fill';
import { typedEnumeratorLength } from './paragraph-list';

/**
 * A group's heading line as the notice prints it, and the ledger's group rows
 * too: its number, its title without a number the user typed of the same
 * kind, and the level's suffix.
 */
export function groupHeading(title: string, number: string, level: Layout['groups']['levels'][number]): string {
  const typed = title.slice(typedEnumeratorLength(title, number));
  return fillTemplate(level.text, { number, title: withSuffix(typed, level.suffix) });
}

/**
 * A group title with the level's suffix (党的领导 → 党的领导方面), unless the
 * title already says it, names its category in words of its own
 * (…方面, …方面的问题, …情况, …问题) or closes as a sentence
 * (党的领导方面仍需加强, 选人用人工作不规范的问题。): a suffix is never added twice.
 */
export function withSuffix(title: string, suffix: string): string {
  if (suffix === '' || title.includes(suffix) || /(?:方面|情况|问题)[。；：]?$|[。；：]$/u.test(title)) return title;
  return title + suffix;
}
