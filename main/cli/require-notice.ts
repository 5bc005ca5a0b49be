import type { Database } from '../db/database';
import { getNotice } from '../db/notices';

/** A notice that must exist, or an error the user can act on. */
export function requireNotice(db: Database, id: string) {
  const notice = getNotice(db, id);
  if (!notice) throw new Error(`找不到编号为“${id}”的通报。可用 list 命令查看全部通报。`);
  return notice;
}
