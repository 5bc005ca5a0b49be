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
 * title already says it or closes as a sentence of its own (党的领导方面仍需加强,
 * 选人用人工作不规范的问题。). Real notices do print …情况方面, so that stays.
 */
function withSuffix(title: string, suffix: string): string {
  if (suffix === '' || title.includes(suffix) || /问题[。；：]?$|[。；：]$/u.test(title)) return title;
  return title + suffix;
}
