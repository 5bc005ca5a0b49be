import type { ChecklistNode, Item } from '../model/notice';
import type { Enumeration } from '../model/rich-text';
import { toChineseNumeral } from '../text/chinese-numerals';
import type { Layout, Role } from './layout';

/** Fills a number pattern: `（{cn}）` with 3 gives （三）, `{n}.` gives 3. */
export function formatNumber(pattern: string, n: number): string {
  return pattern.replace(/\{cn\}/g, () => toChineseNumeral(n)).replace(/\{n\}/g, String(n));
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

/**
 * The font level of an enumerated paragraph's run-in heading. 一是 and 第一，
 * open body sentences, never headings.
 */
export function enumerationRole(enumeration: Enumeration): Role {
  switch (enumeration) {
    case '（一）':
      return 'heading2';
    case '1.':
      return 'heading3';
    case '（1）':
      return 'heading4';
    default:
      return 'body';
  }
}

/**
 * The number every group, item and sub-item of a checklist prints with, by id,
 * as the layout counts them. Shared by the editor and the export so both
 * always show the same numbers. An empty string means "printed without a number".
 */
export function numberChecklist(nodes: readonly ChecklistNode[], layout: Layout): Map<string, string> {
  const labels = new Map<string, string>();
  let documentCount = 0;
  const numberItem = (item: Item, indexAmongItems: number, itemsHere: number) => {
    const { item: format } = layout;
    let label: string;
    if (format.counter === 'document' || !layout.groups.print) {
      label = formatNumber(format.number, ++documentCount);
    } else {
      label = format.omitNumberWhenAlone && itemsHere === 1 ? '' : formatNumber(format.number, indexAmongItems);
    }
    labels.set(item.id, label);
    item.subItems.forEach((sub, i) => labels.set(sub.id, formatNumber(layout.subItem.number, i + 1)));
  };
  const walk = (list: readonly ChecklistNode[], depth: number) => {
    const itemsHere = list.filter((n) => n.kind === 'item').length;
    let items = 0;
    let groups = 0;
    for (const node of list) {
      if (node.kind === 'item') {
        numberItem(node, ++items, itemsHere);
        continue;
      }
      if (layout.groups.print) {
        const level = layout.groups.levels[Math.min(depth, layout.groups.levels.length - 1)]!;
        labels.set(node.id, formatNumber(level.number, ++groups));
      } else {
        labels.set(node.id, '');
      }
      walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return labels;
}
