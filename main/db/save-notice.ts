import type BetterSqlite3 from 'better-sqlite3';
import type { ChecklistNode, Notice } from '../../shared/model/notice';
import { noticeSchema } from '../../shared/model/schemas';
import { afterCommit, writeTransaction, type Database } from './database';
import { assertNodeIdsUnused } from './lookups';
import { ALL_COLUMNS, COLUMN_AT, INSERT_NODE_SQL, nodeValues, type SqlValue } from './node-rows';
import {
  indexItems,
  INDEXED_COLUMNS,
  placeNoticeInIndex,
  reindexNotice,
  setIndexedGroup,
  unindexItems,
  withIndexRoom,
  type IndexedItem,
} from './search/index-writes';
import { cachedStatement } from './search/statements';
import { parseInput } from './validate';
import { sameMarks, writeMarks, type WriteMarks } from './write-marks';

/*
 * The one write path for a notice. The editor sends the whole notice on every
 * autosave; what is stored is compared with it row by row and column by
 * column, and only what differs is written: new nodes inserted, changed
 * columns updated, removed nodes deleted, and the search index told which
 * items' text, status or group changed — all in one transaction.
 */

type Row = Record<string, SqlValue>;
/** A row of `nodes` as values in the order of ALL_COLUMNS. */
type Values = SqlValue[];

const ID = COLUMN_AT['id']!;
const KIND = COLUMN_AT['kind']!;
const PARENT = COLUMN_AT['parent_id']!;
const INDEXED_AT = INDEXED_COLUMNS.map((column) => COLUMN_AT[column]!);

const storedRows = new WeakMap<Database, BetterSqlite3.Statement>();

/** The notice's stored rows as arrays of values (raw mode: a statement of its own, so the mode stays here). */
function selectStored(db: Database, noticeId: string): Values[] {
  let statement = storedRows.get(db);
  if (!statement) {
    statement = db.prepare(`SELECT ${ALL_COLUMNS.join(', ')} FROM nodes WHERE notice_id = ?`).raw(true);
    storedRows.set(db, statement);
  }
  return statement.all(noticeId) as Values[];
}

/**
 * The rows the connection last saved for a notice, kept so that the next
 * autosave of the same notice compares with them instead of reading the
 * whole checklist back (the largest part of a one-character save). They
 * are what is stored only while nothing else has written: a write through
 * this connection moves total_changes(), a commit by another moves
 * data_version, and they are remembered only once their own transaction
 * has committed (a rolled-back save leaves total_changes() moved but the
 * rows as they were, so it must never be remembered).
 */
interface SavedRows {
  noticeId: string;
  marks: WriteMarks;
  rows: ReadonlyMap<string, Values>;
}

const lastSaved = new WeakMap<Database, SavedRows>();

function storedRowsOf(db: Database, noticeId: string): ReadonlyMap<string, Values> {
  const known = lastSaved.get(db);
  if (known?.noticeId === noticeId && sameMarks(known.marks, writeMarks(db))) return known.rows;
  return new Map(selectStored(db, noticeId).map((row) => [row[ID] as string, row]));
}

/** At the end of a save: the rows now stored, remembered once the transaction commits with nothing written after them. */
function rememberSaved(db: Database, noticeId: string, wanted: readonly Values[]): void {
  // FTS5 writes the index terms it holds in memory when a savepoint begins, else at the commit, where they
  // would move total_changes() past the mark: written now, the commit writes nothing more unless someone else does.
  db.exec('SAVEPOINT index_terms; RELEASE index_terms');
  const marks = writeMarks(db);
  const rows = new Map(wanted.map((row) => [row[ID] as string, row]));
  afterCommit(db, () => {
    if (sameMarks(writeMarks(db), marks)) lastSaved.set(db, { noticeId, marks, rows });
  });
}

/** What the index reads of an item row. */
function indexedItem(values: Values): IndexedItem {
  const at = (column: string) => values[COLUMN_AT[column]!]!;
  return {
    id: at('id') as string,
    notice_id: at('notice_id') as string,
    parent_id: at('parent_id') as string | null,
    status: at('status') as string | null,
    problem: at('problem') as string | null,
    measures: at('measures') as string | null,
    progress: at('progress') as string | null,
    responsible_unit: at('responsible_unit') as string | null,
    sub_items: at('sub_items') as string | null,
  };
}

const NOTICE_COLUMNS = ['layout_id', 'status', 'meta', 'parts', 'created_at', 'updated_at'] as const;

/**
 * Writes the notice so that what is stored is exactly `input`, replacing
 * whatever was stored under its id, in one transaction. Timestamps are
 * stored as given: the caller decides what `updatedAt` means for a save (an
 * import keeps the original's).
 */
export function saveNotice(db: Database, input: Notice): void {
  saveParsedNotice(db, parseInput(noticeSchema, input, '通报'));
}

/**
 * saveNotice for a notice that noticeSchema has already parsed (the IPC
 * boundary does, see main/services/checked-arguments): the same write
 * without parsing the whole notice a second time.
 */
export function saveParsedNotice(db: Database, notice: Notice): void {
  writeTransaction(db, () => {
    const wanted = rowsOf(notice.id, notice.checklist);
    // Read before anything is written: a remembered notice is only good while nothing else was.
    const stored = storedRowsOf(db, notice.id);
    // An id stored under this notice is its own (ids are the table's key): only new ones can belong to another.
    assertNodeIdsUnused(
      db,
      notice.id,
      wanted.map((row) => row[ID] as string).filter((id) => !stored.has(id)),
    );
    writeNoticeRow(db, notice);
    const kindChanged = wanted.some((row) => {
      const before = stored.get(row[ID] as string);
      return before !== undefined && before[KIND] !== row[KIND];
    });
    const items = () => wanted.filter((row) => row[KIND] === 'item').map(indexedItem);
    if (kindChanged) {
      // A node that turns from group into item (or back) under the same id: rare enough to rewrite the checklist whole.
      cachedStatement(db, 'DELETE FROM nodes WHERE notice_id = ?').run(notice.id);
      for (const row of wanted) cachedStatement(db, INSERT_NODE_SQL).run(row);
      withIndexRoom(db, () => {
        placeNoticeInIndex(db, notice.id, notice.updatedAt);
        reindexNotice(db, notice.id, items());
      });
      rememberSaved(db, notice.id, wanted);
      return;
    }
    const changes = writeNodeRows(db, wanted, stored);
    withIndexRoom(db, () => {
      if (placeNoticeInIndex(db, notice.id, notice.updatedAt)) {
        // The notice took a new place in the order: all its items move with it.
        reindexNotice(db, notice.id, items());
        return;
      }
      unindexItems(db, changes.removedItems);
      indexItems(db, changes.reindexed);
      for (const item of changes.regrouped) setIndexedGroup(db, item);
    });
    rememberSaved(db, notice.id, wanted);
  });
}

/** The rows of the checklist in document order (a group before its contents), with parents and positions. */
function rowsOf(noticeId: string, nodes: readonly ChecklistNode[]): Values[] {
  const rows: Values[] = [];
  const walk = (list: readonly ChecklistNode[], parentId: string | null) => {
    list.forEach((node, position) => {
      rows.push(nodeValues(node, noticeId, parentId, position));
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
    { ...row, id: notice.id },
    NOTICE_COLUMNS.filter((column) => stored[column] !== row[column]),
  );
}

interface NodeChanges {
  /** Items that are gone from the notice. */
  removedItems: string[];
  /** Items new or with changed text or status, in document order. */
  reindexed: IndexedItem[];
  /** Items whose text and status are unchanged but whose group changed. */
  regrouped: IndexedItem[];
}

/**
 * Inserts, updates and deletes, in the order that keeps every foreign key
 * true at each statement: new nodes first (a parent before its children),
 * then changed ones (which may now hang under a new group), then the removed
 * (whose subtrees hold only removed nodes by then, the kept ones having moved).
 */
function writeNodeRows(db: Database, wanted: readonly Values[], stored: ReadonlyMap<string, Values>): NodeChanges {
  const changes: NodeChanges = { removedItems: [], reindexed: [], regrouped: [] };
  const updates: { row: Values; columns: number[] }[] = [];
  for (const row of wanted) {
    const before = stored.get(row[ID] as string);
    if (!before) {
      cachedStatement(db, INSERT_NODE_SQL).run(row);
      if (row[KIND] === 'item') changes.reindexed.push(indexedItem(row));
      continue;
    }
    const columns: number[] = [];
    for (let at = 0; at < row.length; at += 1) if (before[at] !== row[at]) columns.push(at);
    if (columns.length === 0) continue;
    updates.push({ row, columns });
    if (row[KIND] !== 'item') continue;
    if (INDEXED_AT.some((at) => before[at] !== row[at])) changes.reindexed.push(indexedItem(row));
    else if (before[PARENT] !== row[PARENT]) changes.regrouped.push(indexedItem(row));
  }
  for (const { row, columns } of updates) {
    const values: Row = { id: row[ID]! };
    for (const at of columns) values[ALL_COLUMNS[at]!] = row[at]!;
    updateColumns(
      db,
      'nodes',
      values,
      columns.map((at) => ALL_COLUMNS[at]!),
    );
  }
  const kept = new Set(wanted.map((row) => row[ID] as string));
  for (const [id, row] of stored) {
    if (kept.has(id)) continue;
    // A group's removed contents go with it (ON DELETE CASCADE); deleting them again changes nothing.
    cachedStatement(db, 'DELETE FROM nodes WHERE id = ?').run(id);
    if (row[KIND] === 'item') changes.removedItems.push(id);
  }
  return changes;
}

/** Sets only the given columns (`values` holds them and the id); their names come from the fixed column lists, never from input. */
function updateColumns(db: Database, table: 'notices' | 'nodes', values: Row, columns: readonly string[]): void {
  if (columns.length === 0) return;
  cachedStatement(db, `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(values);
}
