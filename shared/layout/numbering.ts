import type { ChecklistNode, Item } from '../model/notice';
import type { Enumeration } from '../model/rich-text';
import { itemNumbering } from './entry-numbering';
import type { EntryFormat, Layout, Role } from './layout';
import { formatNumber, LEVEL_PATTERNS } from './number-format';

export { enumerator, formatNumber } from './number-format';

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

/** How one node of the checklist prints: its number, and the heading level (font) it takes. */
export interface Placement {
  label: string;
  role: Role;
  /** The number pattern used, after any move down a level. */
  pattern: string;
}

/**
 * The number, pattern and level every group, item and sub-item of a
 * checklist prints with, by id, as the layout counts them. Shared by the
 * editor, the export and the ledger so all show the same numbers. An empty
 * label means "printed without a number".
 */
export function placeChecklist(nodes: readonly ChecklistNode[], layout: Layout): Map<string, Placement> {
  const placed = new Map<string, Placement>();
  let documentCount = 0;
  const numberItem = (item: Item, indexAmongItems: number, itemsHere: number, above: readonly string[]) => {
    const format = placeBelow(layout.item, above);
    let label: string;
    // An item moved down a level counts within its group: its level is not the document's item level.
    const moved = format.number !== layout.item.number;
    if ((format.counter === 'document' || !layout.groups.print) && !moved) {
      label = formatNumber(format.number, ++documentCount);
    } else {
      label = format.omitNumberWhenAlone && itemsHere === 1 ? '' : formatNumber(format.number, indexAmongItems);
    }
    placed.set(item.id, { label, role: format.role, pattern: format.number });
    const subFormat = placeBelow(layout.subItem, [...above, format.number]);
    // Sub-items count on after the item's own numbered measures at their level.
    itemNumbering(item, format, subFormat).subItems.forEach(({ label: subLabel }, i) =>
      placed.set(item.subItems[i]!.id, { label: subLabel, role: subFormat.role, pattern: subFormat.number }),
    );
  };
  const walk = (list: readonly ChecklistNode[], depth: number, above: readonly string[]) => {
    const itemsHere = list.filter((n) => n.kind === 'item').length;
    let items = 0;
    let groups = 0;
    for (const node of list) {
      if (node.kind === 'item') {
        numberItem(node, ++items, itemsHere, above);
        continue;
      }
      if (!layout.groups.print) {
        placed.set(node.id, { label: '', role: 'body', pattern: '' });
        walk(node.children, depth + 1, above);
        continue;
      }
      const level = placeBelow(layout.groups.levels[Math.min(depth, layout.groups.levels.length - 1)]!, above);
      placed.set(node.id, { label: formatNumber(level.number, ++groups), role: level.role, pattern: level.number });
      walk(node.children, depth + 1, [...above, level.number]);
    }
  };
  // Under a numbered part heading (二、), the checklist's own numbers must not repeat 二、's kind.
  walk(nodes, 0, layout.sections.checklist === 'numbered' ? [layout.sectionNumber] : []);
  return placed;
}

/** The number every group, item and sub-item prints with, by id (see placeChecklist). */
export function numberChecklist(nodes: readonly ChecklistNode[], layout: Layout): Map<string, string> {
  return new Map([...placeChecklist(nodes, layout)].map(([id, p]) => [id, p.label]));
}

const LEVEL_ROLES: readonly Role[] = ['heading1', 'heading2', 'heading3', 'heading4', 'heading4'];

/** Two patterns of the same kind print the same first number (（{cn}） and （{cn}） give （一）). */
function sameKind(a: string, b: string): boolean {
  return formatNumber(a, 1) === formatNumber(b, 1);
}

/**
 * A format as it prints below ancestors numbered with `above`. A node whose
 * number is of the same kind as an ancestor's (items 1. inside a group 1.)
 * would print the same number twice down one branch, so it moves to the
 * first level below its ancestors' that none of them uses. Past the last
 * there is none left, and the layout's own stands.
 */
function placeBelow<F extends { number: string; role: Role }>(format: F, above: readonly string[]): F {
  if (!above.some((p) => sameKind(p, format.number))) return format;
  const deepest = Math.max(-1, ...above.map((p) => LEVEL_PATTERNS.findIndex((level) => sameKind(level, p))));
  for (let i = deepest + 1; i < LEVEL_PATTERNS.length; i++) {
    if (!above.some((p) => sameKind(p, LEVEL_PATTERNS[i]!))) return { ...format, number: LEVEL_PATTERNS[i]!, role: LEVEL_ROLES[i]! };
  }
  return format;
}

/** An item's format and its sub-items' as placed in the tree; the layout's where the tree has no placement yet. */
export function placedFormats(
  item: Item,
  layout: Layout,
  placed: ReadonlyMap<string, Placement>,
): { format: Layout['item']; subFormat: EntryFormat } {
  const own = placed.get(item.id);
  const sub = item.subItems[0] ? placed.get(item.subItems[0].id) : undefined;
  return {
    format: own ? { ...layout.item, number: own.pattern, role: own.role } : layout.item,
    subFormat: sub ? { ...layout.subItem, number: sub.pattern, role: sub.role } : layout.subItem,
  };
}
