import type { Item } from '../../model/notice';
import type { Unkeyed } from './notice-checks';

/**
 * An item carried over from the previous stage whose progress nobody has
 * rewritten yet (待更新): the notice would report the old stage's progress as
 * this one's. A hint, not an error: the progress may still be true as it
 * stands, and 标记为已更新 says so.
 */
export function notUpdated(item: Item): Unkeyed | null {
  if (!item.needsUpdate) return null;
  return {
    rule: 'completeness.needs-update',
    category: 'completeness',
    severity: 'hint',
    message: '本条的整改进展沿用上一阶段，尚未更新',
    match: null,
    selection: item.id,
  };
}
