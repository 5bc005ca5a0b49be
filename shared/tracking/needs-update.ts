import type { ChecklistNode, Item } from '../model/notice';
import { allItems } from '../model/tree';
import { paragraphText, type ParagraphList } from '../model/rich-text';

/**
 * The words a progress list says: its numbering style, bold runs, empty
 * paragraphs and spaces at the ends are how it prints, not what it reports.
 */
function saidIn(list: ParagraphList): string {
  return list.paragraphs
    .map((p) => paragraphText(p).trim())
    .filter((text) => text !== '')
    .join('\n');
}

/** Everything an item's progress says, its parts' progress included, in order. */
function progressSaid(item: Item): string {
  return [saidIn(item.progress), ...item.subItems.map((sub) => saidIn(sub.progress))].filter((t) => t !== '').join('\n');
}

/**
 * Whether `after` reports this stage where `before` still told the last:
 * what its progress says changed, and it still says something (emptying
 * the progress is not writing this stage's).
 */
function progressRewritten(before: Item, after: Item): boolean {
  if (after.progress === before.progress && after.subItems === before.subItems) return false;
  const said = progressSaid(after);
  return said !== '' && said !== progressSaid(before);
}

function withoutMark(nodes: readonly ChecklistNode[], cleared: ReadonlySet<string>): ChecklistNode[] {
  return nodes.map((node) => {
    if (node.kind === 'group') return { ...node, children: withoutMark(node.children, cleared) };
    return cleared.has(node.id) ? { ...node, needsUpdate: false } : node;
  });
}

/**
 * A change of the checklist as the editor applies it, whatever made it
 * (typing, paste, 替换, a check's fix, an insert): an item carried over from
 * the previous stage is 待更新 until what its progress says is rewritten,
 * and the change that rewrites it also clears the mark, so the two are one
 * step of the history (one undo brings back both). A change that sets the
 * mark itself (标记为已更新), status, 销号 and the problem's wording leave it.
 * Returns `after` itself when no mark changes.
 */
export function clearUpdatedMarks(before: readonly ChecklistNode[], after: ChecklistNode[]): ChecklistNode[] {
  if (after === before) return after;
  const carried = new Map(
    allItems(before)
      .filter((item) => item.needsUpdate)
      .map((item) => [item.id, item]),
  );
  if (carried.size === 0) return after;
  const cleared = new Set<string>();
  for (const item of allItems(after)) {
    const was = carried.get(item.id);
    if (was && item.needsUpdate && progressRewritten(was, item)) cleared.add(item.id);
  }
  return cleared.size === 0 ? after : withoutMark(after, cleared);
}

/** How many items of a checklist are still 待更新 (the count 整改概况 shows; the list counts the same in the store). */
export function countNeedsUpdate(nodes: readonly ChecklistNode[]): number {
  return allItems(nodes).filter((item) => item.needsUpdate).length;
}
