import type { Boilerplate } from '../../shared/layout/boilerplate';
import { nextStageNotice, type NextStageOptions } from '../../shared/library/next-stage';
import { STAGE_LABELS, type Notice } from '../../shared/model/notice';
import { NoticeNotFoundError } from '../db/errors';
import { writeTransaction, type Database } from '../db/database';
import { getNotice, saveNotice } from '../db/notices';
import { takeVersion } from '../versions/take-version';

/**
 * Makes and saves the next report of a notice (阶段性进展 → 进展 → 整改情况):
 * a copy under fresh ids for the user to update. Returns it as saved.
 * The source is kept as a version, so the state the next stage started from stays at hand.
 */
export function createNextStage(
  db: Database,
  noticeId: string,
  boilerplate: Boilerplate,
  now = new Date(),
  options: NextStageOptions = { publicationDate: null },
): Notice {
  const notice = getNotice(db, noticeId);
  if (!notice) throw new NoticeNotFoundError(noticeId);
  const next = nextStageNotice(notice, boilerplate.stagePhrases, now, options);
  writeTransaction(db, () => {
    takeVersion(db, notice, 'next-stage', { name: `生成下一阶段（${STAGE_LABELS[next.meta.stage]}）` }, now);
    saveNotice(db, next);
  });
  return next;
}
