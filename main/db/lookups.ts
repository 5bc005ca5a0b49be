import type { Database } from './database';
import { InvalidInputError, NoticeNotFoundError, NotFoundError } from './errors';

export interface NodeHeader {
  id: string;
  notice_id: string;
  parent_id: string | null;
  position: number;
  kind: 'group' | 'item';
}

const KIND_NAMES = { group: '分组', item: '条目' } as const;

export function requireNotice(db: Database, noticeId: string): void {
  const found = db.prepare('SELECT 1 FROM notices WHERE id = ?').get(noticeId);
  if (!found) throw new NoticeNotFoundError(noticeId);
}

export function requireNode(db: Database, nodeId: string, kind?: 'group' | 'item'): NodeHeader {
  const node = db.prepare('SELECT id, notice_id, parent_id, position, kind FROM nodes WHERE id = ?').get(nodeId) as
    | NodeHeader
    | undefined;
  if (!node) throw new NotFoundError(`找不到清单中的${kind ? KIND_NAMES[kind] : '节点'}（编号 ${nodeId}），可能已被删除`);
  if (kind && node.kind !== kind) {
    throw new InvalidInputError(`编号 ${nodeId} 是${KIND_NAMES[node.kind]}，不是${KIND_NAMES[kind]}`);
  }
  return node;
}

/** Records that the notice changed now; returns the new `updatedAt`. */
export function touchNotice(db: Database, noticeId: string): string {
  const stamp = new Date().toISOString();
  db.prepare('UPDATE notices SET updated_at = ? WHERE id = ?').run(stamp, noticeId);
  return stamp;
}

/**
 * Refuses ids that would break the shared schema's rule (every node and
 * sub-item id unique within the notice) or the table's (node ids unique in
 * the whole database). `reusable` are ids the edit is about to replace.
 */
export function assertIdsFree(
  db: Database,
  noticeId: string,
  ids: { nodes: readonly string[]; subItems: readonly string[] },
  reusable: ReadonlySet<string> = new Set(),
): void {
  const seen = new Set<string>();
  for (const id of [...ids.nodes, ...ids.subItems]) {
    if (seen.has(id)) throw new InvalidInputError(`编号重复：${id}`);
    seen.add(id);
  }
  const inUse = db
    .prepare(
      `SELECT id FROM nodes WHERE notice_id = @notice
       UNION ALL
       SELECT json_extract(s.value, '$.id') FROM nodes n, json_each(n.sub_items) s WHERE n.notice_id = @notice`,
    )
    .pluck()
    .all({ notice: noticeId }) as string[];
  for (const id of inUse) {
    if (seen.has(id) && !reusable.has(id)) throw new InvalidInputError(`编号 ${id} 在这份通报中已被使用`);
  }
  assertNodeIdsUnused(db, noticeId, ids.nodes);
}

/** Node ids are the table's primary key: one that another notice holds is refused in words, not by a constraint. */
export function assertNodeIdsUnused(db: Database, noticeId: string, nodeIds: readonly string[]): void {
  if (nodeIds.length === 0) return;
  const elsewhere = db
    .prepare('SELECT id FROM nodes WHERE id IN (SELECT value FROM json_each(?)) AND notice_id <> ? LIMIT 1')
    .pluck()
    .get(JSON.stringify(nodeIds), noticeId) as string | undefined;
  if (elsewhere !== undefined) {
    throw new InvalidInputError(`清单节点编号 ${elsewhere} 已被另一份通报使用；复制条目或通报时请生成新编号`);
  }
}
