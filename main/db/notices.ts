import { noticeTitle } from '../../shared/document/generated-text';
import type { Boilerplate } from '../../shared/layout/boilerplate';
import type { ChecklistNode, DeadlineKind, ItemStatus, Notice } from '../../shared/model/notice';
import type { NoticeAttention, NoticeSummary } from '../../shared/model/notice-summary';
import type { IsoDate } from '../../shared/text/dates';
import { deadlineStanding } from '../../shared/tracking/deadlines';
import { describeIssues, noticeMetaSchema, noticePartsSchema, noticeSchema, noticeStatusSchema } from '../../shared/model/schemas';
import { writeTransaction, type Database } from './database';
import { StoredDataError } from './errors';
import { SELECT_TREE_SQL, treeFromRows, type NodeRow } from './node-rows';
import { forgetNoticeInIndex } from './search/index-writes';
import { idSchema, parseInput } from './validate';

export type { NoticeSummary } from '../../shared/model/notice-summary';
export { saveNotice, saveParsedNotice } from './save-notice';

interface NoticeRow {
  id: string;
  layout_id: string;
  status: string;
  meta: string;
  parts: string;
  created_at: string;
  updated_at: string;
}

/** The notice exactly as it was saved, or null when there is none with this id. */
export function getNotice(db: Database, id: string): Notice | null {
  const noticeId = parseInput(idSchema, id, '通报编号');
  return db.transaction(() => {
    const row = db.prepare('SELECT * FROM notices WHERE id = ?').get(noticeId) as NoticeRow | undefined;
    if (!row) return null;
    const rows = db.prepare(SELECT_TREE_SQL).all(noticeId) as NodeRow[];
    let candidate: unknown;
    try {
      candidate = {
        id: row.id,
        layoutId: row.layout_id,
        status: row.status,
        meta: JSON.parse(row.meta),
        parts: JSON.parse(row.parts),
        checklist: treeFromRows(rows),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    } catch {
      throw new StoredDataError(`通报（编号 ${noticeId}）的数据已损坏，无法打开：保存的内容不是有效的数据格式`);
    }
    // Rows written by an older release or edited by hand must fail here, in words, not later in the editor.
    const parsed = noticeSchema.safeParse(candidate);
    if (!parsed.success) {
      throw new StoredDataError(`通报（编号 ${noticeId}）的数据已损坏，无法打开：\n${describeIssues(parsed.error)}`);
    }
    return parsed.data;
  })();
}

/** The day the list is read and the settings' warning days: what the overdue and due-soon counts are taken against. */
export interface AttentionClock {
  today: IsoDate;
  dueSoonDays: number;
}

type AttentionRow = Pick<NodeRow, 'notice_id' | 'status' | 'deadline_kind' | 'deadline' | 'needs_update'>;

/**
 * Each notice's items still to see to. Only items not yet done or still
 * 待更新 are read, and only the columns the deadline rules look at.
 */
function attentionByNotice(
  db: Database,
  feedbackDates: ReadonlyMap<string, IsoDate | null>,
  clock: AttentionClock,
): Map<string, NoticeAttention> {
  const rows = db
    .prepare(
      "SELECT notice_id, status, deadline_kind, deadline, needs_update FROM nodes WHERE kind = 'item' AND (status <> 'done' OR needs_update = 1)",
    )
    .all() as AttentionRow[];
  const counts = new Map<string, NoticeAttention>();
  for (const row of rows) {
    let count = counts.get(row.notice_id);
    if (!count) counts.set(row.notice_id, (count = { needsUpdate: 0, overdue: 0, dueSoon: 0 }));
    if (row.needs_update === 1) count.needsUpdate += 1;
    const item = { status: row.status as ItemStatus, deadlineKind: row.deadline_kind as DeadlineKind, deadline: row.deadline };
    const { colour } = deadlineStanding(item, feedbackDates.get(row.notice_id) ?? null, clock.today, clock.dueSoonDays);
    if (colour === 'red') count.overdue += 1;
    if (colour === 'yellow') count.dueSoon += 1;
  }
  return counts;
}

/**
 * Every notice, the most recently changed first. A notice whose stored
 * metadata cannot be read is listed as damaged, never hides the others.
 * With a clock, each readable notice carries its items still to see to.
 */
export function listNotices(db: Database, boilerplate: Boilerplate, clock?: AttentionClock): NoticeSummary[] {
  const rows = db.prepare('SELECT id, status, meta, parts, updated_at FROM notices ORDER BY updated_at DESC, id').all() as Pick<
    NoticeRow,
    'id' | 'status' | 'meta' | 'parts' | 'updated_at'
  >[];
  const read = rows.map((row) => ({
    row,
    meta: noticeMetaSchema.safeParse(parseJson(row.meta)),
    parts: noticePartsSchema.safeParse(parseJson(row.parts)),
    status: noticeStatusSchema.safeParse(row.status),
  }));
  const feedbackDates = new Map(read.map(({ row, meta }) => [row.id, meta.success ? meta.data.feedbackDate : null]));
  const attention = clock ? attentionByNotice(db, feedbackDates, clock) : null;
  return read.map(({ row, meta, parts, status }) => {
    const summary: NoticeSummary = {
      id: row.id,
      title: meta.success ? noticeTitle(meta.data, boilerplate) : '（标题无法读取）',
      stage: meta.success ? meta.data.stage : ('interim' as const),
      status: status.success ? status.data : ('draft' as const),
      updatedAt: row.updated_at,
    };
    if (meta.success && parts.success && status.success) {
      if (attention) summary.attention = attention.get(row.id) ?? { needsUpdate: 0, overdue: 0, dueSoon: 0 };
      return summary;
    }
    const what = !meta.success ? '基本信息' : !parts.success ? '正文' : '状态';
    return { ...summary, damaged: `这份通报保存的${what}已损坏，无法打开；可以导出它的原始数据。` };
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Deletes the notice and its whole checklist. Returns false when there was nothing to delete. */
export function deleteNotice(db: Database, id: string): boolean {
  const noticeId = parseInput(idSchema, id, '通报编号');
  return writeTransaction(db, () => {
    forgetNoticeInIndex(db, noticeId);
    return db.prepare('DELETE FROM notices WHERE id = ?').run(noticeId).changes > 0;
  });
}

function nodeIds(nodes: readonly ChecklistNode[]): string[] {
  return nodes.flatMap((node) => (node.kind === 'group' ? [node.id, ...nodeIds(node.children)] : [node.id]));
}

/** True when any group or item id of the notice is already stored (under any notice). */
export function anyNodeIdInUse(db: Database, notice: Notice): boolean {
  const ids = nodeIds(notice.checklist);
  if (ids.length === 0) return false;
  return db.prepare('SELECT 1 FROM nodes WHERE id IN (SELECT value FROM json_each(?)) LIMIT 1').get(JSON.stringify(ids)) !== undefined;
}
