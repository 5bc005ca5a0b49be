import { foldCase } from '../../../shared/library/search-query';
import type { Database } from '../connections';
import { sameMarks, writeMarks, type WriteMarks } from '../write-marks';
import { cachedStatement } from './statements';

/*
 * The group-title filter. Which items it lets through is decided once per
 * title and kept as the set of their index rowids, so a query tests each
 * match by its rowid alone, where FTS5 finds it, before any table is
 * joined: joining search_items and reading each match's group cost more
 * than the match itself. The query names the set by a number: that test
 * runs for every candidate FTS5 finds (thousands for a common word), and
 * a title passed instead was turned into a JavaScript string at every
 * call, which cost more than the FTS5 lookup itself.
 */

interface FoldedGroup {
  id: string;
  parentId: string | null;
  folded: string;
}

interface Snapshot {
  /** What it was read at: a write by this connection or a commit by another makes it old. */
  marks: WriteMarks;
  /** False when read inside a caller's transaction, which may have written and may still roll back. */
  kept: boolean;
  groups: FoldedGroup[];
  /** The items in scope, by case-folded title; the latest few titles only. */
  rowids: Map<string, KeptSet>;
}

interface KeptSet {
  /** What search_in_groups is given for it: never reused for another set. */
  key: number;
  rowids: ReadonlySet<number>;
}

/** Typing a title asks for each of its prefixes in turn: a few are enough to keep, and each set can hold every item. */
const TITLES_KEPT = 4;

const snapshots = new WeakMap<Database, Snapshot>();
/** Per connection: the sets by key, for search_in_groups (those the snapshots keep). */
const setsByKey = new WeakMap<Database, Map<number, ReadonlySet<number>>>();
/** The last key given, on any connection: counting once for all keeps every key unique. */
let lastKey = 0;

/**
 * The set of index rowids of the items whose group's title (or whose
 * group's parent's title) holds `folded` (already case-folded), as the key
 * a query passes to search_in_groups; null when no item is in it.
 * `mayKeep`: false inside a caller's transaction.
 */
export function groupSetTitled(db: Database, folded: string, mayKeep: boolean): number | null {
  const byKey = useGroupScope(db);
  const snapshot = snapshotOf(db, mayKeep);
  let kept = snapshot.rowids.get(folded);
  if (kept === undefined) {
    lastKey += 1;
    kept = { key: lastKey, rowids: rowidsUnder(db, groupsTitled(snapshot.groups, folded)) };
    if (snapshot.rowids.size >= TITLES_KEPT) forget(byKey, snapshot, snapshot.rowids.keys().next().value!);
    snapshot.rowids.set(folded, kept);
    byKey.set(kept.key, kept.rowids);
  }
  return kept.rowids.size === 0 ? null : kept.key;
}

function forget(byKey: Map<number, ReadonlySet<number>>, snapshot: Snapshot, title: string): void {
  byKey.delete(snapshot.rowids.get(title)!.key);
  snapshot.rowids.delete(title);
}

/** Index rowids of the items directly in these groups, read from search_items_by_parent (migration 0100). */
function rowidsUnder(db: Database, groups: readonly string[]): ReadonlySet<number> {
  if (groups.length === 0) return new Set();
  const rows = cachedStatement(db, 'SELECT id FROM search_items WHERE parent_id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(groups),
  ) as { id: number }[];
  return new Set(rows.map((row) => row.id));
}

/** The SQL condition that holds when the index rowid `rowid` is in the set whose key (from groupSetTitled) is bound to it. */
export function inGroupsCondition(rowid: string): string {
  return `search_in_groups(?, ${rowid})`;
}

function snapshotOf(db: Database, mayKeep: boolean): Snapshot {
  const marks = writeMarks(db);
  const known = snapshots.get(db);
  if (known && known.kept && sameMarks(known.marks, marks)) return known;
  // Stored even when it may not be kept: the query about to run reads its sets through search_in_groups.
  const snapshot: Snapshot = { marks, kept: mayKeep, groups: readGroups(db), rowids: new Map() };
  if (known) for (const title of [...known.rowids.keys()]) forget(setsByKey.get(db)!, known, title);
  snapshots.set(db, snapshot);
  return snapshot;
}

/**
 * Every group of the library with its title case-folded, from the small
 * partial index nodes_groups (migration 0080): testing every title in SQL
 * costs milliseconds at 10,000 groups.
 */
function readGroups(db: Database): FoldedGroup[] {
  const rows = cachedStatement(db, "SELECT id, parent_id, title FROM nodes INDEXED BY nodes_groups WHERE kind = 'group'").all() as {
    id: string;
    parent_id: string | null;
    title: string;
  }[];
  return rows.map((row) => ({ id: row.id, parentId: row.parent_id, folded: foldCase(row.title) }));
}

/**
 * Ids of the groups whose title holds `text`, and of their subgroups: an
 * item is in scope when its parent is one of them. Groups nest two deep
 * (MAX_GROUP_DEPTH), so a subgroup's subgroups need not be looked for.
 */
function groupsTitled(groups: readonly FoldedGroup[], text: string): string[] {
  const titled = new Set<string>();
  for (const group of groups) if (group.folded.includes(text)) titled.add(group.id);
  const ids = [...titled];
  for (const group of groups) if (group.parentId !== null && titled.has(group.parentId) && !titled.has(group.id)) ids.push(group.id);
  return ids;
}

/**
 * search_in_groups(key, rowid): whether the rowid is in the set of that
 * key. A key names one set for good, so the last one looked up is kept for
 * the rows that follow.
 */
function useGroupScope(db: Database): Map<number, ReadonlySet<number>> {
  const known = setsByKey.get(db);
  if (known) return known;
  const byKey = new Map<number, ReadonlySet<number>>();
  let askedKey: unknown = null;
  let lastSet: ReadonlySet<number> | undefined;
  db.function('search_in_groups', { directOnly: true }, (key: unknown, rowid: unknown) => {
    if (key !== askedKey) {
      lastSet = typeof key === 'number' ? byKey.get(key) : undefined;
      // Only a query built by scopeOf, right after it made the set, names a key.
      if (lastSet === undefined) throw new Error('search_in_groups: no set for this key');
      askedKey = key;
    }
    return lastSet!.has(rowid as number) ? 1 : 0;
  });
  setsByKey.set(db, byKey);
  return byKey;
}
