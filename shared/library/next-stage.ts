import { newId } from '../model/factory';
import type { Notice, Stage } from '../model/notice';
import { copyNodeForInsert } from './copy-node';

/** The report that usually follows: 阶段性进展 → 进展 → 整改情况; a final report is followed by another final one. */
export function followingStage(stage: Stage): Stage {
  if (stage === 'interim') return 'progress';
  return 'final';
}

/**
 * The next report made from an earlier one, the way a final report grows
 * out of a stage report: metadata, parts and checklist kept for editing
 * (progress included), under fresh ids, each item pointing at the item it
 * grew from; the stage advanced, the publication date cleared, a draft.
 * A hand-written title or opening has its stage phrase
 * (巡察整改阶段性进展情况 …) updated; other hand-written text is kept as is.
 */
export function nextStageNotice(
  notice: Notice,
  stagePhrases: Readonly<Record<Stage, string>>,
  now: Date,
  makeId: () => string = newId,
): Notice {
  const stage = followingStage(notice.meta.stage);
  const restage = (text: string | null) =>
    text === null
      ? null
      : text.replace(`整改${stagePhrases[notice.meta.stage]}情况`, `整改${stagePhrases[stage]}情况`);
  const stamp = now.toISOString();
  return {
    ...notice,
    id: makeId(),
    status: 'draft',
    meta: {
      ...notice.meta,
      stage,
      publicationDate: null,
      titleOverride: restage(notice.meta.titleOverride),
      openingOverride: restage(notice.meta.openingOverride),
    },
    checklist: notice.checklist.map((node) => copyNodeForInsert(node, makeId)),
    createdAt: stamp,
    updatedAt: stamp,
  };
}
