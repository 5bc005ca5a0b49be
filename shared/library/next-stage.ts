import { newId } from '../model/factory';
import type { ChecklistNode, Item, Notice, Stage, StageRecord } from '../model/notice';
import type { IsoDate } from '../text/dates';
import { copyNodeForInsert } from './copy-node';

/** The report that usually follows: 阶段性进展 → 进展 → 整改情况; a final report is followed by another final one. */
export function followingStage(stage: Stage): Stage {
  if (stage === 'interim') return 'progress';
  return 'final';
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Hand-written text with every 整改<from>情况 (also 整改工作…, and across
 * a line break or spaces the user put in) told at the next stage; the
 * breaks stay where they were.
 */
function withStagePhrase(text: string, from: string, to: string): string {
  // From the final stage (no phrase) to the final again there is nothing to change.
  if (from === to) return text;
  const gap = '(\\s*)';
  const phrase = from === '' ? '' : `${escaped(from)}${gap}`;
  const pattern = new RegExp(`整改(工作)?${gap}${phrase}情况`, 'gu');
  return text.replace(
    pattern,
    (_match, work: string | undefined, before: string, after?: string) =>
      `整改${work ?? ''}${before}${to}${from === '' ? '' : (after ?? '')}情况`,
  );
}

/** What the 生成下一阶段通报 dialog asks. */
export interface NextStageOptions {
  /** The new notice's 成文日期: none yet (the usual), or a date the user chose (today). */
  publicationDate: IsoDate | null;
}

/** What an item said in the report it is carried over from. */
function stageRecord(item: Item, notice: Notice): StageRecord {
  return {
    stage: notice.meta.stage,
    date: notice.meta.publicationDate,
    status: item.status,
    progress: item.progress,
    subItems: item.subItems.map((sub) => ({ problem: sub.problem, progress: sub.progress })),
  };
}

/** Every item carried over keeps its last progress as history and waits for this stage's (待更新). */
function carriedOver(node: ChecklistNode, notice: Notice): ChecklistNode {
  if (node.kind === 'group') return { ...node, children: node.children.map((child) => carriedOver(child, notice)) };
  return { ...node, history: [...node.history, stageRecord(node, notice)], needsUpdate: true };
}

/**
 * The next report made from an earlier one, the way a final report grows
 * out of a stage report: metadata, parts and checklist kept for editing
 * (progress included, as the text to update), under fresh ids, each item
 * pointing at the item it grew from, its last progress kept in its history
 * and marked 待更新; the stage advanced, the 成文日期 as chosen (the old one
 * would print in the new notice), a draft. A hand-written title or opening
 * has its stage phrase (巡察整改阶段性进展情况 …) updated; other hand-written
 * text is kept as is.
 */
export function nextStageNotice(
  notice: Notice,
  stagePhrases: Readonly<Record<Stage, string>>,
  now: Date,
  options: NextStageOptions = { publicationDate: null },
  makeId: () => string = newId,
): Notice {
  const stage = followingStage(notice.meta.stage);
  const restage = (text: string | null) =>
    text === null ? null : withStagePhrase(text, stagePhrases[notice.meta.stage], stagePhrases[stage]);
  const stamp = now.toISOString();
  return {
    ...notice,
    id: makeId(),
    status: 'draft',
    meta: {
      ...notice.meta,
      stage,
      publicationDate: options.publicationDate,
      titleOverride: restage(notice.meta.titleOverride),
      openingOverride: restage(notice.meta.openingOverride),
    },
    checklist: notice.checklist.map((node) => copyNodeForInsert(carriedOver(node, notice), makeId, true)),
    createdAt: stamp,
    updatedAt: stamp,
  };
}
