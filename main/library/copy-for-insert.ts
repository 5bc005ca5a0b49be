import { copyNodeForInsert } from '../../shared/library/copy-node';
import { insertSourceSchema, type InsertSource } from '../../shared/library/item-templates';
import type { ChecklistNode } from '../../shared/model/notice';
import { findNode } from '../../shared/model/tree';
import type { Database } from '../db/database';
import { NotFoundError } from '../db/errors';
import { requireNode } from '../db/lookups';
import { getNotice } from '../db/notices';
import { getItemTemplate } from '../db/item-templates';
import { parseInput } from '../db/validate';

/**
 * A stored item or group (a search hit), or a template, as a fresh copy to
 * insert into a notice: new ids throughout, each item's sourceItemId naming
 * the item it was copied from. Nothing is written; the window inserts the
 * copy where the user drops it and saves the notice as usual.
 */
export function copyForInsert(db: Database, source: InsertSource): ChecklistNode {
  const from = parseInput(insertSourceSchema, source, '插入来源');
  if (from.kind === 'template') {
    const template = getItemTemplate(db, from.id);
    if (!template) throw new NotFoundError(`找不到这个模板（编号 ${from.id}），可能已被删除`);
    return copyNodeForInsert(template.node);
  }
  return copyNodeForInsert(storedNode(db, from.id));
}

/** A stored group or item with everything under it, as the model holds it. */
export function storedNode(db: Database, nodeId: string): ChecklistNode {
  const { notice_id: noticeId } = requireNode(db, nodeId);
  const found = findNode(getNotice(db, noticeId)?.checklist ?? [], nodeId);
  if (!found) throw new NotFoundError(`找不到清单中的节点（编号 ${nodeId}），可能已被删除`);
  return found.node;
}
