import { createHash } from 'node:crypto';
import { itemSearchTexts, SEARCH_FIELDS, type SearchTexts } from '../../../shared/library/item-text';
import { foldCase } from '../../../shared/library/search-query';
import type { Database } from '../database';
import { StoreError } from '../errors';
import { SEARCH_INDEX_VERSION } from '../migrations/0030-create-search-index';
import { gramsText } from './grams';
import { forgetNotice, KEY_STRIDE, orderKeyOf, orderKeyOfRowid, placeNotice, rowidRange } from './notice-order';
import { cachedStatement } from './statements';

/*
 * Brings the search index up to date with the queue the triggers of
 * migration 0030 fill. Runs inside the caller's transaction: every
 * repository write calls it before committing (writeTransaction), so what a
 * write changed is searchable the moment it is committed, and a failure
 * here rolls the write back with it.
 */

/** Above this many items at once (a first build, a migration), merging is left to one optimize at the end. */
const BULK_ITEMS = 5000;

interface NodeTextRow {
  notice_id: string;
  kind: string;
  status: string | null;
  problem: string | null;
  measures: string | null;
  progress: string | null;
  responsible_unit: string | null;
  sub_items: string | null;
}

interface IndexedRow {
  id: number;
  notice_id: string;
  status: string;
  digest: string;
}

interface PendingInsert {
  nodeId: string;
  orderKey: number;
  row: NodeTextRow;
  digest: string;
}

export interface FlushOptions {
  /** Gap between notices' order keys; tests make it small to exercise re-spreading. */
  stride?: number;
  /** From how many items on the bulk path is taken; tests make it small. */
  bulkItems?: number;
}

/** True when the database has the index tables (a half-migrated test database may not). */
function hasSearchIndex(db: Database): boolean {
  return (db.pragma('user_version', { simple: true }) as number) >= SEARCH_INDEX_VERSION;
}

/** True when writes are waiting to be indexed. */
export function searchIndexIsStale(db: Database): boolean {
  if (!hasSearchIndex(db)) return false;
  const row = cachedStatement(
    db,
    'SELECT EXISTS (SELECT 1 FROM search_stale_items) OR EXISTS (SELECT 1 FROM search_stale_notices) AS stale',
  ).get() as { stale: number };
  return row.stale === 1;
}

/** Indexes whatever the queue holds; the caller owns the transaction. */
export function flushSearchIndex(db: Database, options: FlushOptions = {}): void {
  if (!searchIndexIsStale(db)) return;
  const queue = new Set(
    (cachedStatement(db, 'SELECT node_id FROM search_stale_items ORDER BY seq').all() as { node_id: string }[]).map(
      (row) => row.node_id,
    ),
  );
  const notices = new Set(
    (
      cachedStatement(
        db,
        `SELECT notice_id FROM search_stale_notices
         UNION
         SELECT n.notice_id FROM search_stale_items q JOIN nodes n ON n.id = q.node_id
         WHERE NOT EXISTS (SELECT 1 FROM search_notices p WHERE p.notice_id = n.notice_id)`,
      ).all() as { notice_id: string }[]
    ).map((row) => row.notice_id),
  );

  for (const noticeId of notices) {
    const notice = cachedStatement(db, 'SELECT updated_at FROM notices WHERE id = ?').get(noticeId) as
      | { updated_at: string }
      | undefined;
    let moved: string[] = [noticeId];
    if (notice) moved = placeNotice(db, noticeId, notice.updated_at, options.stride ?? KEY_STRIDE);
    else forgetNotice(db, noticeId);
    for (const movedId of moved) {
      const items = cachedStatement(db, 'SELECT id, node_id FROM search_items WHERE notice_id = ? ORDER BY id DESC').all(movedId) as {
        id: number;
        node_id: string;
      }[];
      for (const item of items) {
        unindex(db, item.id);
        queue.add(item.node_id);
      }
    }
  }

  const inserts: PendingInsert[] = [];
  for (const nodeId of queue) {
    const indexed = cachedStatement(db, 'SELECT id, notice_id, status, digest FROM search_items WHERE node_id = ?').get(nodeId) as
      | IndexedRow
      | undefined;
    const node = cachedStatement(
      db,
      'SELECT notice_id, kind, status, problem, measures, progress, responsible_unit, sub_items FROM nodes WHERE id = ?',
    ).get(nodeId) as NodeTextRow | undefined;
    const orderKey = node?.kind === 'item' ? orderKeyOf(db, node.notice_id) : undefined;
    if (!node || orderKey === undefined) {
      if (indexed) unindex(db, indexed.id);
      continue;
    }
    // The digest covers the stored columns, not the text drawn from them: an untouched item is
    // recognised without parsing its JSON, which is what a whole-notice autosave mostly holds.
    const digest = digestOf(node);
    const unchanged =
      indexed?.notice_id === node.notice_id && orderKeyOfRowid(indexed.id) === orderKey && indexed.digest === digest;
    if (unchanged) {
      const status = node.status ?? '';
      if (indexed.status !== status) cachedStatement(db, 'UPDATE search_items SET status = ? WHERE id = ?').run(status, indexed.id);
      continue;
    }
    if (indexed) unindex(db, indexed.id);
    inserts.push({ nodeId, orderKey, row: node, digest });
  }

  const bulk = inserts.length > (options.bulkItems ?? BULK_ITEMS);
  if (bulk) setAutomerge(db, 0);
  // Last queued, first placed: within a notice, higher slots come first in results, so document order
  // (the order a whole-notice save queues in) and the relative order of moved items are kept.
  for (const entry of inserts.reverse()) insert(db, entry);
  if (bulk) {
    for (const table of ['search_trigrams', 'search_grams']) db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
    setAutomerge(db, 4);
  }
  cachedStatement(db, 'DELETE FROM search_stale_items').run();
  cachedStatement(db, 'DELETE FROM search_stale_notices').run();
}

function textsOfRow(row: NodeTextRow): SearchTexts {
  const json = (text: string | null): unknown => {
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  };
  return itemSearchTexts({
    problem: row.problem,
    measures: json(row.measures),
    progress: json(row.progress),
    responsibleUnit: row.responsible_unit,
    subItems: json(row.sub_items),
  });
}

function digestOf(row: NodeTextRow): string {
  const hash = createHash('sha1');
  for (const value of [row.problem, row.measures, row.progress, row.responsible_unit, row.sub_items]) {
    hash.update(value ?? '').update('\u0000');
  }
  return hash.digest('base64');
}

function unindex(db: Database, rowid: number): void {
  cachedStatement(db, 'DELETE FROM search_trigrams WHERE rowid = ?').run(rowid);
  cachedStatement(db, 'DELETE FROM search_grams WHERE rowid = ?').run(rowid);
  cachedStatement(db, 'DELETE FROM search_items WHERE id = ?').run(rowid);
}

function insert(db: Database, entry: PendingInsert): void {
  const rowid = freeRowid(db, entry.orderKey);
  const texts = textsOfRow(entry.row);
  const folded = SEARCH_FIELDS.map((field) => foldCase(texts[field]));
  cachedStatement(db, 'INSERT INTO search_items (id, node_id, notice_id, status, digest) VALUES (?, ?, ?, ?, ?)').run(
    rowid,
    entry.nodeId,
    entry.row.notice_id,
    entry.row.status ?? '',
    entry.digest,
  );
  // One column: fields are joined by a newline, which no term can contain, so no match spans two fields.
  cachedStatement(db, 'INSERT INTO search_trigrams (rowid, body) VALUES (?, ?)').run(rowid, folded.join('\n'));
  cachedStatement(db, 'INSERT INTO search_grams (rowid, grams) VALUES (?, ?)').run(rowid, gramsText(folded));
}

/** The next slot of the notice's rowid range; the first gap when the top is taken. */
function freeRowid(db: Database, orderKey: number): number {
  const [first, last] = rowidRange(orderKey);
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
  if (gap === null) throw new StoreError(`一份通报中的条目超过 ${last - first + 1} 个，无法建立搜索索引`);
  return gap;
}

function setAutomerge(db: Database, value: 0 | 4): void {
  // A literal: FTS5 takes configuration values only as SQL integers, and a bound JS number is a REAL.
  for (const table of ['search_trigrams', 'search_grams']) {
    db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', ${value})`).run();
  }
}
