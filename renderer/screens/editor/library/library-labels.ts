import type { SearchField } from '../../../../shared/library/search-types';
import type { ItemStatus } from '../../../../shared/model/notice';

/** The field a snippet comes from, as the item panel names it. */
export const FIELD_LABELS: Record<SearchField, string> = {
  problem: '反馈问题',
  measures: '整改措施',
  progress: '整改落实情况',
  responsibleUnit: '责任单位',
};

/** antd Tag colours: finished states calm, open ones noticeable. */
export const STATUS_COLORS: Record<ItemStatus, string> = {
  done: 'green',
  mostlyDone: 'cyan',
  ongoing: 'orange',
  longTerm: 'purple',
};

/** At most `length` characters, an ellipsis marking the cut. */
export function shorten(text: string, length = 24): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length)}…` : line;
}
