import type { Notice } from '../../shared/model/notice';
import type { Database } from '../db/database';
import { NoticeNotFoundError } from '../db/errors';
import { getNotice } from '../db/notices';

/** A notice that must exist: the one lookup every service (and so the command line) uses, with the one error. */
export function requireNotice(db: Database, id: string): Notice {
  const notice = getNotice(db, id);
  if (!notice) throw new NoticeNotFoundError(id);
  return notice;
}
