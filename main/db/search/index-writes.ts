import { itemSearchTexts, SEARCH_FIELDS, type SearchTexts } from '../../../shared/library/item-text';
import { foldCase } from '../../../shared/library/search-query';
import type { Database } from '../connections';
import { StoreError } from '../errors';
import { statusToken } from './filter-tokens';
import { gramsText } from './grams';
import { forgetNotice, KEY_STRIDE, orderKeyOf, placeNotice, rowidRange, setSlotsFor, spreadKey } from './notice-order';
import { rawMatchOf } from './raw-match';
import { cachedStatement } from './statements';

/*
 * The writes of the search index (tables: migrations 0030, 0080, 0090 and 0110). The
 * repository functions that change notices and items call these in their own
 * transaction, naming what they changed, so the index is exact at every
 * commit and nothing is queued. A row changed by raw SQL is not seen by the
 * index until it is saved again or the index is rebuilt (rebuildSearchIndex).
 */

/** The columns of an item's row the index is drawn from (and, for the status filter, its status). */
export interface IndexedItem {
  id: string;
  notice_id: string;
  /** The item's group, for the group-title filter. */
  parent_id: string | null;
  status: string | null;
  problem: string | null;
  measures: string | null;
  progress: string | null;
  responsible_unit: string | null;
  sub_items: string | null;
}

/** The columns whose change means the item must be indexed again: its text, and its status (filter-tokens.ts). */
export const INDEXED_COLUMNS = ['problem', 'measures', 'progress', 'responsible_unit', 'sub_items', 'status'] as const;

/** Above this many items at once (a rebuild), merging is left to one optimize at the end. */
const BULK_ITEMS = 5000;

const SELECT_ITEM_SQL =
  'SELECT id, notice_id, parent_id, status, problem, measures, progress, responsible_unit, sub_items FROM nodes WHERE id = ?';

/**
 * Indexes the items anew (whether or not they were indexed), all under their
 * notice's current key. `items` are in the order results should list them
 * (document order): new ones are placed last first, and within a notice a
 * higher slot comes first in results.
 */
export function indexItems(db: Database, items: readonly IndexedItem[]): void {
  // An item indexed already keeps its rowid, and so its place among the notice's items.
  const kept = items.map((item) => indexedRowid(db, item.id));
  kept.forEach((rowid) => rowid !== undefined && unindexRow(db, rowid));
  for (let at = items.length - 1; at >= 0; at -= 1) insertRow(db, items[at]!, kept[at]);
}

/** Removes the items from the index; ids not indexed are passed over. */
export function unindexItems(db: Database, nodeIds: Iterable<string>): void {
  for (const nodeId of nodeIds) {
    const rowid = indexedRowid(db, nodeId);
    if (rowid !== undefined) unindexRow(db, rowid);
  }
}

/** The group the group-title filter reads; the text and status are unchanged, so the item keeps its row of search_grams. */
export function setIndexedGroup(db: Database, item: IndexedItem): void {
  cachedStatement(db, 'UPDATE search_items SET parent_id = ? WHERE node_id = ?').run(item.parent_id, item.id);
}

/**
 * Puts the notice where `stamp` (its updated_at) belongs in the order. Other
 * notices that had to move (when the gaps ran out) are re-keyed here, their
 * items keeping their order. Returns true when the notice's own key changed:
 * the caller then indexes all its items anew, in document order.
 */
export function placeNoticeInIndex(db: Database, noticeId: string, stamp: string, stride = KEY_STRIDE): boolean {
  const moved = placeNotice(db, noticeId, stamp, stride);
  for (const other of moved) if (other !== noticeId) rekeyNotice(db, other);
  return moved.includes(noticeId);
}

/** Removes the notice and all its items from the index. */
export function forgetNoticeInIndex(db: Database, noticeId: string): void {
  for (const { id } of indexedOf(db, noticeId)) unindexRow(db, id);
  forgetNotice(db, noticeId);
}

/** Indexes every item of the notice anew, in the given (document) order; items not listed leave the index. */
export function reindexNotice(db: Database, noticeId: string, items: readonly IndexedItem[]): void {
  for (const { id } of indexedOf(db, noticeId)) unindexRow(db, id);
  indexItems(db, items);
}

/**
 * Builds the whole index from the rows: after a migration from a release
 * that queued its index writes, and after rows were written by raw SQL
 * (benchmarks, repairs). The caller owns the transaction.
 */
export function rebuildSearchIndex(db: Database): void {
  db.prepare("INSERT INTO search_grams (search_grams) VALUES ('delete-all')").run();
  db.prepare('DELETE FROM search_items').run();
  db.prepare('DELETE FROM search_notices').run();
  const largest = db
    .prepare("SELECT max(items) FROM (SELECT count(*) AS items FROM nodes WHERE kind = 'item' GROUP BY notice_id)")
    .pluck()
    .get() as number | null;
  setSlotsFor(db, largest ?? 0);
  const notices = db.prepare('SELECT id, updated_at FROM notices ORDER BY updated_at, id').all() as { id: string; updated_at: string }[];
  const place = db.prepare('INSERT INTO search_notices (notice_id, order_key, stamp) VALUES (?, ?, ?)');
  notices.forEach((notice, index) => place.run(notice.id, spreadKey(db, index), notice.updated_at));
  const bulk = (db.prepare("SELECT count(*) FROM nodes WHERE kind = 'item'").pluck().get() as number) > BULK_ITEMS;
  if (bulk) setAutomerge(db, 0);
  const rows = db.prepare(
    `SELECT id, parent_id, position, kind, notice_id, status, problem, measures, progress, responsible_unit, sub_items
     FROM nodes WHERE notice_id = ?`,
  );
  for (const notice of notices) indexItems(db, documentOrder(rows.all(notice.id) as TreeRow[]));
  if (bulk) {
    db.prepare("INSERT INTO search_grams (search_grams) VALUES ('optimize')").run();
    setAutomerge(db, 4);
  }
}

/** A notice has more items than its rowid range holds. */
class NoticeOutgrewSlots extends Error {}

/**
 * Runs index writes; should a notice outgrow its rowid range, builds the
 * whole index anew with room for it instead (the rows are already written,
 * in the caller's transaction, and the build reads them). A save is then
 * slow once, never refused.
 */
export function withIndexRoom(db: Database, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (!(error instanceof NoticeOutgrewSlots)) throw error;
    rebuildSearchIndex(db);
  }
}

interface TreeRow extends IndexedItem {
  position: number;
  kind: string;
}

/** A notice's items in the order the checklist shows them (groups before their contents, siblings by position). */
function documentOrder(rows: readonly TreeRow[]): IndexedItem[] {
  const children = new Map<string | null, TreeRow[]>();
  for (const row of rows) {
    const siblings = children.get(row.parent_id);
    if (siblings) siblings.push(row);
    else children.set(row.parent_id, [row]);
  }
  const items: IndexedItem[] = [];
  const walk = (parentId: string | null, depth: number) => {
    // The bound stops a damaged cycle; groups nest far less deep.
    if (depth > 16) return;
    for (const row of (children.get(parentId) ?? []).sort((a, b) => a.position - b.position)) {
      if (row.kind === 'item') items.push(row);
      else walk(row.id, depth + 1);
    }
  };
  walk(null, 0);
  return items;
}

/** Moves another notice's items to its new key, keeping their order. */
function rekeyNotice(db: Database, noticeId: string): void {
  const indexed = indexedOf(db, noticeId);
  const items = indexed
    .map(({ node_id }) => cachedStatement(db, SELECT_ITEM_SQL).get(node_id) as IndexedItem | undefined)
    .filter((item): item is IndexedItem => item !== undefined);
  // Highest slot first: the order results list them in.
  items.reverse();
  for (const { id } of indexed) unindexRow(db, id);
  indexItems(db, items);
}

function indexedOf(db: Database, noticeId: string): { id: number; node_id: string }[] {
  return cachedStatement(db, 'SELECT id, node_id FROM search_items WHERE notice_id = ? ORDER BY id').all(noticeId) as {
    id: number;
    node_id: string;
  }[];
}

function indexedRowid(db: Database, nodeId: string): number | undefined {
  const row = cachedStatement(db, 'SELECT id FROM search_items WHERE node_id = ?').get(nodeId) as { id: number } | undefined;
  return row?.id;
}

function unindexRow(db: Database, rowid: number): void {
  cachedStatement(db, 'DELETE FROM search_grams WHERE rowid = ?').run(rowid);
  cachedStatement(db, 'DELETE FROM search_items WHERE id = ?').run(rowid);
}

function textsOf(item: IndexedItem): SearchTexts {
  const json = (text: string | null): unknown => {
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  };
  return itemSearchTexts({
    problem: item.problem,
    measures: json(item.measures),
    progress: json(item.progress),
    responsibleUnit: item.responsible_unit,
    subItems: json(item.sub_items),
  });
}

function insertRow(db: Database, item: IndexedItem, kept?: number): void {
  const orderKey = orderKeyOf(db, item.notice_id);
  if (orderKey === undefined) throw new StoreError('搜索索引中缺少这份通报的位置，无法建立索引');
  const rowid = kept ?? freeRowid(db, orderKey);
  const texts = textsOf(item);
  const folded = SEARCH_FIELDS.map((field) => foldCase(texts[field]));
  cachedStatement(db, 'INSERT INTO search_items (id, node_id, notice_id, status, parent_id, raw_match) VALUES (?, ?, ?, ?, ?, ?)').run(
    rowid,
    item.id,
    item.notice_id,
    item.status ?? '',
    item.parent_id,
    rawMatchOf(item),
  );
  const status = statusToken(item.status);
  cachedStatement(db, 'INSERT INTO search_grams (rowid, grams) VALUES (?, ?)').run(
    rowid,
    status === '' ? gramsText(folded) : `${gramsText(folded)} ${status}`,
  );
}

/** The next slot of the notice's rowid range; the first gap when the top is taken. */
function freeRowid(db: Database, orderKey: number): number {
  const [first, last] = rowidRange(db, orderKey);
  const { top } = cachedStatement(db, 'SELECT max(id) AS top FROM search_items WHERE id BETWEEN ? AND ?').get(first, last) as {
    top: number | null;
  };
  if (top === null) return first;
  if (top < last) return top + 1;
  const { gap } = cachedStatement(
    db,
    `SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM search_items WHERE id = @first) THEN @first
            ELSE (SELECT min(a.id) + 1 FROM search_items a
                  WHERE a.id BETWEEN @first AND @last - 1
                    AND NOT EXISTS (SELECT 1 FROM search_items b WHERE b.id = a.id + 1)) END AS gap`,
  ).get({ first, last }) as { gap: number | null };
  if (gap === null) throw new NoticeOutgrewSlots();
  return gap;
}

function setAutomerge(db: Database, value: 0 | 4): void {
  // A literal: FTS5 takes configuration values only as SQL integers, and a bound JS number is a REAL.
  db.prepare(`INSERT INTO search_grams (search_grams, rank) VALUES ('automerge', ${value})`).run();
}
