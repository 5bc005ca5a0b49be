import type { LayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { createGroup, createItem, createNotice } from '../../shared/model/factory';
import type { Notice } from '../../shared/model/notice';
import { plainList } from '../../shared/model/rich-text';

/**
 * Notices whose every line is known in advance, to put a heading or the end
 * of the body on a chosen line of a page: each paragraph is Chinese text of
 * exactly 28 × k − 2 characters (the first line is indented two), ending in
 * 。, so it fills exactly k lines of the 28-character grid.
 */

const HAN = '巡察整改工作坚持问题导向强化责任落实建立长效机制推动各项任务落地见效确保取得实际成效';

/** A paragraph of exactly `lines` full lines; `seed` varies the text so paragraphs differ. */
export function linesOfText(lines: number, seed: number): string {
  const length = 28 * lines - 2;
  let text = '';
  for (let i = 0; i < length - 1; i++) text += HAN[(seed * 7 + i) % HAN.length];
  return `${text}。`;
}

export interface PagedSpec {
  /** Lines of the opening paragraph. */
  opening: number;
  /** Lines of each paragraph of the organisation part (一、…). */
  organisation?: number[];
  /** Groups of the checklist, each with its items' measures (lines of each paragraph). */
  checklist?: { group: string; items: { problem: string; measures: number[] }[] }[];
  /** Lines of each paragraph of the next-steps part. */
  nextSteps?: number[];
  /** Lines of the closing paragraph (no contacts). */
  closing: number;
  /** The issuing organisation as signed. */
  signature?: string;
}

/** A notice laid out line by line as the spec says, in the given layout. */
export function pagedNotice(templates: LayoutTemplates, layoutId: string, spec: PagedSpec): Notice {
  let seed = 0;
  const texts = (lines: readonly number[] = []) => plainList(lines.map((k) => linesOfText(k, ++seed)));
  const notice = createNotice(
    {
      layoutId,
      partHeadings: templates.boilerplate.partHeadings,
      measuresEnumeration: 'none',
      progressEnumeration: 'none',
    },
    {
      issuer: '中共某某市民政局党组',
      issuerShort: '市民政局党组',
      publicationDate: '2020-12-21',
      signature: spec.signature ?? '中共某某市民政局党组',
      titleOverride: '关于巡察整改进展情况的通报',
      openingOverride: linesOfText(spec.opening, 0),
      closingOverride: linesOfText(spec.closing, 99),
    },
    new Date('2020-12-21T02:00:00Z'),
  );
  notice.parts.organisation.body = texts(spec.organisation);
  notice.parts.nextSteps.body = texts(spec.nextSteps);
  notice.checklist = (spec.checklist ?? []).map((group) =>
    createGroup(
      group.group,
      group.items.map((item) => createItem({ problem: item.problem, measures: texts(item.measures) })),
    ),
  );
  return notice;
}
