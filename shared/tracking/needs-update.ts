import type { ChecklistNode, Item } from '../model/notice';
import { allItems } from '../model/tree';
import { paragraphText, type ParagraphList } from '../model/rich-text';

/** The words a progress list says; its numbering style and bold runs are how it prints, not what it reports. */
function saidIn(list: ParagraphList): string {
  return list.paragraphs.map(paragraphText).join('\n');
}

/** Whether the patch changes what the item's progress, or any of its sub-items' progress, says. */
function progressRewritten(item: Item, patch: Partial<Item>): boolean {
  if (patch.progress && saidIn(patch.progress) !== saidIn(item.progress)) return true;
  if (!patch.subItems) return false;
  return patch.subItems.some((sub) => {
    const before = item.subItems.find((old) => old.id === sub.id);
    // A sub-item added with progress already in it reports this stage too.
    return before ? saidIn(sub.progress) !== saidIn(before.progress) : saidIn(sub.progress).trim() !== '';
  });
}

/**
 * An edit of an item as the editor applies it. An item carried over from
 * the previous stage is 待更新 until what its progress says is rewritten:
 * the patch that rewrites it also clears the mark, so the two are one step
 * of the history (one undo brings back both). Anything else (status, 销号,
 * the problem's wording) leaves the mark as it is.
 */
export function withProgressEdited(item: Item, patch: Partial<Item>): Partial<Item> {
  if (!item.needsUpdate || patch.needsUpdate !== undefined || !progressRewritten(item, patch)) return patch;
  return { ...patch, needsUpdate: false };
}

/** How many items of a checklist are still 待更新 (the count 整改概况 shows; the list counts the same in the store). */
export function countNeedsUpdate(nodes: readonly ChecklistNode[]): number {
  return allItems(nodes).filter((item) => item.needsUpdate).length;
}
