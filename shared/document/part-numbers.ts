import type { Layout } from '../layout/layout';
import { formatNumber } from '../layout/numbering';
import type { Notice } from '../model/notice';
import { isEmptyList } from '../model/rich-text';
import { PART_NAMES, type PartName } from './notice-fields';

/**
 * The number each part's heading prints with (一、): only numbered parts that
 * print at all are counted. A part that prints no heading in this layout gets
 * an empty label. The composer numbers the parts by it, the outline shows it.
 */
export function partNumbers(notice: Notice, layout: Layout): Record<PartName, string> {
  let count = 0;
  const labels = {} as Record<PartName, string>;
  for (const key of PART_NAMES) {
    const part = notice.parts[key];
    const prints = !isEmptyList(part.body) || (key === 'checklist' && notice.checklist.length > 0);
    const numbered = layout.sections[key] === 'numbered' && part.heading.trim() !== '';
    labels[key] = prints && numbered ? formatNumber(layout.sectionNumber, ++count) : '';
  }
  return labels;
}
