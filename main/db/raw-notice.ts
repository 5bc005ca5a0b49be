import type { Database } from './database';
import { NoticeNotFoundError } from './errors';

/**
 * A notice's rows exactly as stored, for a notice that cannot be read as a
 * notice any more: every column as text, nothing parsed, so that whatever
 * is left can be rescued by hand or by a later release.
 */
export interface RawNoticeData {
  format: 'zhenggai-tongbao/raw-notice';
  version: 1;
  exportedAt: string;
  notice: Record<string, unknown>;
  nodes: Record<string, unknown>[];
}

export function readRawNotice(db: Database, noticeId: string, now = new Date()): RawNoticeData {
  const notice = db.prepare('SELECT * FROM notices WHERE id = ?').get(noticeId) as Record<string, unknown> | undefined;
  if (!notice) throw new NoticeNotFoundError(noticeId);
  const nodes = db.prepare('SELECT * FROM nodes WHERE notice_id = ? ORDER BY parent_id, position').all(noticeId) as Record<
    string,
    unknown
  >[];
  return { format: 'zhenggai-tongbao/raw-notice', version: 1, exportedAt: now.toISOString(), notice, nodes };
}
