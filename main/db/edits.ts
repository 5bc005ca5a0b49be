import type { NoticeMeta, NoticeParts, NoticeStatus } from '../../shared/model/notice';
import { noticeMetaSchema, noticePartsSchema } from '../../shared/model/schemas';
import { writeTransaction, type Database } from './database';
import { StoredDataError } from './errors';
import { assertIdsFree, requireNode, requireNotice, touchNotice } from './lookups';
import { itemColumns, type ItemFieldsPatch } from './node-rows';
import {
  groupTitleSchema,
  itemPatchSchema,
  layoutIdSchema,
  metaPatchSchema,
  noticeStatusSchema,
  partsPatchSchema,
} from './patch-schemas';
import { idSchema, parseInput } from './validate';

export { deleteNode, insertNode, moveNode } from './tree-edits';

/*
 * Piecewise edits, for autosave: each is one transaction that changes only
 * what it names and bumps the notice's updated_at, which it returns.
 */

/** Changes any of an item's fields but its id and kind; figures may be given in part. */
export function updateItem(db: Database, itemId: string, patch: ItemFieldsPatch): string {
  const id = parseInput(idSchema, itemId, '条目编号');
  const fields = parseInput(itemPatchSchema, patch, '条目修改');
  return writeTransaction(db, () => {
    const item = requireNode(db, id, 'item');
    if (fields.subItems) {
      const current = db
        .prepare("SELECT json_extract(s.value, '$.id') FROM nodes n, json_each(n.sub_items) s WHERE n.id = ?")
        .pluck()
        .all(id) as string[];
      const ids = { nodes: [], subItems: fields.subItems.map((sub) => sub.id) };
      assertIdsFree(db, item.notice_id, ids, new Set(current));
    }
    const columns = itemColumns(fields);
    const names = Object.keys(columns);
    if (names.length > 0) {
      // Column names come from node-rows' fixed table, never from the caller.
      const assignments = names.map((name) => `${name} = @${name}`).join(', ');
      db.prepare(`UPDATE nodes SET ${assignments} WHERE id = @id`).run({ ...columns, id });
    }
    return touchNotice(db, item.notice_id);
  });
}

export function updateGroupTitle(db: Database, groupId: string, title: string): string {
  const id = parseInput(idSchema, groupId, '分组编号');
  const value = parseInput(groupTitleSchema, title, '分组标题');
  return writeTransaction(db, () => {
    const group = requireNode(db, id, 'group');
    db.prepare('UPDATE nodes SET title = ? WHERE id = ?').run(value, id);
    return touchNotice(db, group.notice_id);
  });
}

/** Changes any of the metadata fields; the others keep their stored values. */
export function updateMeta(db: Database, noticeId: string, patch: Partial<NoticeMeta>): string {
  const id = parseInput(idSchema, noticeId, '通报编号');
  const fields = parseInput(metaPatchSchema, patch, '通报基本信息');
  return writeTransaction(db, () => {
    const stored = readJsonColumn(db, id, 'meta');
    const meta = noticeMetaSchema.safeParse({ ...(stored as object), ...fields });
    if (!meta.success) throw new StoredDataError(`通报（编号 ${id}）中保存的基本信息已损坏，无法修改`);
    db.prepare('UPDATE notices SET meta = ? WHERE id = ?').run(JSON.stringify(meta.data), id);
    return touchNotice(db, id);
  });
}

/** Replaces any of the three narrative parts, each as a whole. */
export function updateParts(db: Database, noticeId: string, parts: Partial<NoticeParts>): string {
  const id = parseInput(idSchema, noticeId, '通报编号');
  const given = parseInput(partsPatchSchema, parts, '通报正文');
  return writeTransaction(db, () => {
    const stored = readJsonColumn(db, id, 'parts');
    const merged = noticePartsSchema.safeParse({ ...(stored as object), ...given });
    if (!merged.success) throw new StoredDataError(`通报（编号 ${id}）中保存的正文已损坏，无法修改`);
    db.prepare('UPDATE notices SET parts = ? WHERE id = ?').run(JSON.stringify(merged.data), id);
    return touchNotice(db, id);
  });
}

export function setNoticeStatus(db: Database, noticeId: string, status: NoticeStatus): string {
  const id = parseInput(idSchema, noticeId, '通报编号');
  const value = parseInput(noticeStatusSchema, status, '通报状态');
  return writeTransaction(db, () => {
    requireNotice(db, id);
    db.prepare('UPDATE notices SET status = ? WHERE id = ?').run(value, id);
    return touchNotice(db, id);
  });
}

export function setLayout(db: Database, noticeId: string, layoutId: string): string {
  const id = parseInput(idSchema, noticeId, '通报编号');
  const value = parseInput(layoutIdSchema, layoutId, '版式');
  return writeTransaction(db, () => {
    requireNotice(db, id);
    db.prepare('UPDATE notices SET layout_id = ? WHERE id = ?').run(value, id);
    return touchNotice(db, id);
  });
}

function readJsonColumn(db: Database, noticeId: string, column: 'meta' | 'parts'): unknown {
  requireNotice(db, noticeId);
  const text = db.prepare(`SELECT ${column} FROM notices WHERE id = ?`).pluck().get(noticeId) as string;
  return JSON.parse(text);
}
