import type { Database } from './database';
import { InvalidInputError, NoticeNotFoundError, NotFoundError } from './errors';
import { cachedStatement } from './search/statements';

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
  const node = db.prepare('SELECT id, notice_id, parent_id, position, kind FROM nodes WHERE id = ?').get(nodeId) as NodeHeader | undefined;
  if (!node) throw new NotFoundError(`找不到清单中的${kind ? KIND_NAMES[kind] : '节点'}（编号 ${nodeId}），可能已被删除`);
  if (kind && node.kind !== kind) {
    throw new InvalidInputError(`编号 ${nodeId} 是${KIND_NAMES[node.kind]}，不是${KIND_NAMES[kind]}`);
  }
  return node;
}

/** Node ids are the table's primary key: one that another notice holds is refused in words, not by a constraint. */
export function assertNodeIdsUnused(db: Database, noticeId: string, nodeIds: readonly string[]): void {
  if (nodeIds.length === 0) return;
  const elsewhere = cachedStatement(db, 'SELECT id FROM nodes WHERE id IN (SELECT value FROM json_each(?)) AND notice_id <> ? LIMIT 1').get(
    JSON.stringify(nodeIds),
    noticeId,
  ) as { id: string } | undefined;
  if (elsewhere !== undefined) {
    throw new InvalidInputError(`清单节点编号 ${elsewhere.id} 已被另一份通报使用；复制条目或通报时请生成新编号`);
  }
}
