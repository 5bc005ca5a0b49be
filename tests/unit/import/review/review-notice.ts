import { createGroup, createItem, emptyMeta } from '../../../../shared/model/factory';
import type { ChecklistNode, Group, Item, Notice } from '../../../../shared/model/notice';
import { paragraphText, plainList, type ParagraphList } from '../../../../shared/model/rich-text';
import { noticeSchema } from '../../../../shared/model/schemas';

/** A notice around a checklist, with a paragraph or two in each narrative part. */
export function noticeWith(
  checklist: ChecklistNode[],
  parts: { organisation?: string[]; checklist?: string[]; nextSteps?: string[] } = {},
): Notice {
  const stamp = '2024-01-01T00:00:00.000Z';
  const part = (heading: string, body: string[] = []) => ({ heading, body: plainList(body) });
  return {
    id: 'notice',
    layoutId: 'duizhao',
    status: 'draft',
    meta: emptyMeta({ issuer: '中共某某局党组', issuerShort: '局党组', inspectingBody: '市委' }),
    parts: {
      organisation: part('一、加强组织领导', parts.organisation ?? ['召开党组会议部署整改。']),
      checklist: part('二、逐条整改', parts.checklist),
      nextSteps: part('三、下一步打算', parts.nextSteps ?? ['持续巩固整改成果。']),
    },
    checklist,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function item(id: string, problem: string, measures: string[] = [], progress: string[] = []): Item {
  return { ...createItem({ problem, measures: plainList(measures), progress: plainList(progress) }), id };
}

export function group(id: string, title: string, children: ChecklistNode[] = []): Group {
  return { ...createGroup(title, children), id };
}

const lines = (list: ParagraphList) => list.paragraphs.map(paragraphText);

/**
 * An item's head as typed: its lead (the source's own wording, which prints
 * in place of the layout's) holds the problem when the problem is written
 * inside it, so the problem is not counted twice; a lead without the
 * problem in it is counted beside it.
 */
function head(entry: Item): string {
  const lead = entry.leadOverride ?? '';
  if (lead.trim() === '') return entry.problem;
  return lead.indexOf(entry.problem) >= 0 ? lead : `${lead}${entry.problem}`;
}

/**
 * Every text a person reads in the notice's body, in print order, each
 * where it stands: part headings and paragraphs, group titles, items' heads
 * (their leads included), measures and progress, sub-items. Written here apart from the code under
 * test, so the two cannot share a mistake.
 */
export function readingOrder(notice: Notice): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly ChecklistNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'group') {
        out.push(node.title);
        walk(node.children);
        continue;
      }
      out.push(head(node), ...lines(node.measures), ...lines(node.progress));
      for (const entry of node.subItems) out.push(entry.problem, ...lines(entry.measures), ...lines(entry.progress));
    }
  };
  const { organisation, checklist, nextSteps } = notice.parts;
  out.push(organisation.heading, ...lines(organisation.body), checklist.heading, ...lines(checklist.body));
  walk(notice.checklist);
  out.push(nextSteps.heading, ...lines(nextSteps.body));
  return out;
}

/** The multiset of the characters of every text: equal before and after when nothing was lost or added. */
export function characters(notice: Notice): string {
  return [...readingOrder(notice).join('')].sort().join('');
}

/**
 * All the text run together in print order, without the part headings:
 * equal when the order was kept too. The headings stay out because text
 * moving between parts crosses one (a last item becoming part 三's first
 * paragraph), which changes nothing in the order of what was read.
 */
export function runTogether(notice: Notice): string {
  const { organisation, checklist, nextSteps } = notice.parts;
  return readingOrder({
    ...notice,
    parts: {
      organisation: { ...organisation, heading: '' },
      checklist: { ...checklist, heading: '' },
      nextSteps: { ...nextSteps, heading: '' },
    },
  }).join('');
}

export function isValid(notice: Notice): boolean {
  return noticeSchema.safeParse(notice).success;
}
