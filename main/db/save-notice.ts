import type { ChecklistNode, Notice } from '../../shared/model/notice';
import { noticeSchema } from '../../shared/model/schemas';
import { writeTransaction, type Database } from './database';
import { assertNodeIdsUnused } from './lookups';
import { ALL_COLUMNS, INSERT_NODE_SQL, nodeRow, type SqlValue } from './node-rows';
import {
  indexItems,
  INDEXED_TEXT_COLUMNS,
  placeNoticeInIndex,
  reindexNotice,
  setIndexedStatus,
  unindexItems,
  type IndexedItem,
} from './search/index-writes';
import { cachedStatement } from './search/statements';
import { parseInput } from './validate';

/*
 * The one write path for a notice. The editor sends the whole notice on every
 * autosave; what is stored is compared with it row by row and column by
 * column, and only what differs is written: new nodes inserted, changed
 * columns updated, removed nodes deleted, and the search index told which
 * items' text, status or place changed — all in one transaction.
 */

type Row = Record<string, SqlValue>;

const NOTICE_COLUMNS = ['layout_id', 'status', 'meta', 'parts', 'created_at', 'updated_at'] as const;

/**
 * Writes the notice so that what is stored is exactly `input`, replacing
 * whatever was stored under its id, in one transaction. Timestamps are
 * stored as given: the caller decides what `updatedAt` means for a save (an
 * import keeps the original's).
 */
export function saveNotice(db: Database, input: Notice): void {
  const notice = parseInput(noticeSchema, input, '通报');
  writeTransaction(db, () => {
    const wanted = rowsOf(notice.id, notice.checklist);
    assertNodeIdsUnused(
      db,
      notice.id,
      wanted.map((row) => row['id'] as string),
    );
    writeNoticeRow(db, notice);
    const stored = new Map(
      (cachedStatement(db, 'SELECT * FROM nodes WHERE notice_id = ?').all(notice.id) as Row[]).map((row) => [row['id'] as string, row]),
    );
    const kindChanged = wanted.some((row) => {
      const before = stored.get(row['id'] as string);
      return before !== undefined && before['kind'] !== row['kind'];
    });
    const items = wanted.filter((row) => row['kind'] === 'item') as unknown as IndexedItem[];
    if (kindChanged) {
      // A node that turns from group into item (or back) under the same id: rare enough to rewrite the checklist whole.
      cachedStatement(db, 'DELETE FROM nodes WHERE notice_id = ?').run(notice.id);
      for (const row of wanted) insertRow(db, row);
      placeNoticeInIndex(db, notice.id, notice.updatedAt);
      reindexNotice(db, notice.id, items);
      return;
    }
    const changes = writeNodeRows(db, wanted, stored);
    if (placeNoticeInIndex(db, notice.id, notice.updatedAt)) {
      // The notice took a new place in the order: all its items move with it.
      reindexNotice(db, notice.id, items);
      return;
    }
    unindexItems(db, changes.removedItems);
    indexItems(db, changes.newText);
    for (const item of changes.newStatus) setIndexedStatus(db, item.id, item.status);
  });
}

/** The rows of the checklist in document order (a group before its contents), with parents and positions. */
function rowsOf(noticeId: string, nodes: readonly ChecklistNode[]): Row[] {
  const rows: Row[] = [];
  const walk = (list: readonly ChecklistNode[], parentId: string | null) => {
    list.forEach((node, position) => {
      rows.push(nodeRow(node, noticeId, parentId, position));
      if (node.kind === 'group') walk(node.children, node.id);
    });
  };
  walk(nodes, null);
  return rows;
}

function writeNoticeRow(db: Database, notice: Notice): void {
  const row: Row = {
    layout_id: notice.layoutId,
    status: notice.status,
    meta: JSON.stringify(notice.meta),
    parts: JSON.stringify(notice.parts),
    created_at: notice.createdAt,
    updated_at: notice.updatedAt,
  };
  const stored = cachedStatement(db, 'SELECT * FROM notices WHERE id = ?').get(notice.id) as Row | undefined;
  if (!stored) {
    cachedStatement(
      db,
      `INSERT INTO notices (id, ${NOTICE_COLUMNS.join(', ')}) VALUES (@id, ${NOTICE_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    ).run({ ...row, id: notice.id });
    return;
  }
  updateColumns(
    db,
    'notices',
    notice.id,
    row,
    NOTICE_COLUMNS.filter((column) => stored[column] !== row[column]),
  );
}

interface NodeChanges {
  /** Items that are gone from the notice. */
  removedItems: string[];
  /** Items new or with changed text, in document order. */
  newText: IndexedItem[];
  /** Items whose status alone of the indexed columns changed. */
  newStatus: IndexedItem[];
}

/**
 * Inserts, updates and deletes, in the order that keeps every foreign key
 * true at each statement: new nodes first (a parent before its children),
 * then changed ones (which may now hang under a new group), then the removed
 * (whose subtrees hold only removed nodes by then, the kept ones having moved).
 */
function writeNodeRows(db: Database, wanted: readonly Row[], stored: ReadonlyMap<string, Row>): NodeChanges {
  const changes: NodeChanges = { removedItems: [], newText: [], newStatus: [] };
  const updates: { row: Row; columns: string[] }[] = [];
  for (const row of wanted) {
    const before = stored.get(row['id'] as string);
    if (!before) {
      insertRow(db, row);
      if (row['kind'] === 'item') changes.newText.push(row as unknown as IndexedItem);
      continue;
    }
    const columns = ALL_COLUMNS.filter((column) => before[column] !== row[column]);
    if (columns.length === 0) continue;
    updates.push({ row, columns });
    if (row['kind'] !== 'item') continue;
    if (INDEXED_TEXT_COLUMNS.some((column) => before[column] !== row[column])) changes.newText.push(row as unknown as IndexedItem);
    else if (before['status'] !== row['status']) changes.newStatus.push(row as unknown as IndexedItem);
  }
  for (const { row, columns } of updates) updateColumns(db, 'nodes', row['id'] as string, row, columns);
  const kept = new Set(wanted.map((row) => row['id'] as string));
  for (const [id, row] of stored) {
    if (kept.has(id)) continue;
    // A group's removed contents go with it (ON DELETE CASCADE); deleting them again changes nothing.
    cachedStatement(db, 'DELETE FROM nodes WHERE id = ?').run(id);
    if (row['kind'] === 'item') changes.removedItems.push(id);
  }
  return changes;
}

function insertRow(db: Database, row: Row): void {
  cachedStatement(db, INSERT_NODE_SQL).run(row);
}

/** Sets only the given columns; their names come from the fixed column lists above, never from input. */
function updateColumns(db: Database, table: 'notices' | 'nodes', id: string, row: Row, columns: readonly string[]): void {
  if (columns.length === 0) return;
  const values: Row = { id };
  for (const column of columns) values[column] = row[column]!;
  cachedStatement(db, `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(values);
}
