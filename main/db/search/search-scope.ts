import { foldCase } from '../../../shared/library/search-query';
import type { ItemSearchFilters } from '../../../shared/library/search-types';
import type { Database } from '../connections';
import { planMatch, type MatchSpec } from './match-query';
import type { HeldCondition } from './raw-match';
import { orderKeyOf, rowidRange } from './notice-order';
import { cachedStatement } from './statements';

/** The filters: a rowid range (one notice), and conditions on `s` (search_items) and `n` (the item's row in nodes). */
export interface Scope {
  range: [number, number] | null;
  sql: string[];
  params: unknown[];
  needsNode: boolean;
}

/** `mayKeep`: false when called inside a caller's transaction (see allGroups). */
export function scopeOf(db: Database, filter: ItemSearchFilters, mayKeep = false): Scope | null {
  const scope: Scope = { range: null, sql: [], params: [], needsNode: false };
  if (filter.noticeId !== undefined) {
    const key = orderKeyOf(db, filter.noticeId);
    if (key === undefined) return null;
    // A rowid range: FTS5 seeks to it instead of reading every match.
    scope.range = rowidRange(db, key);
  }
  if (filter.statuses !== undefined) {
    if (filter.statuses.length === 0) return null;
    scope.sql.push(`s.status IN (${filter.statuses.map(() => '?').join(', ')})`);
    scope.params.push(...filter.statuses);
  }
  const group = foldCase(filter.groupTitle?.trim() ?? '');
  if (group !== '') {
    const groups = groupsTitled(db, group, mayKeep);
    if (groups.length === 0) return null;
    // The groups are found once; each item is then tested by the group search_items keeps beside it, without reading its row.
    scope.sql.push('s.parent_id IN (SELECT value FROM json_each(?))');
    scope.params.push(JSON.stringify(groups));
  }
  return scope;
}

interface GroupRow {
  id: string;
  parent_id: string | null;
  title: string;
}

interface GroupList {
  /** What the list was read at: a write by this connection or a commit by another makes it old. */
  dataVersion: number;
  totalChanges: number;
  groups: { id: string; parentId: string | null; folded: string }[];
}

const groupLists = new WeakMap<Database, GroupList>();

/**
 * Every group of the library with its title case-folded, read from the small
 * partial index nodes_groups (migration 0080) and kept per connection until
 * anything is written: the group-title filter tests every title on every
 * query, which in SQL costs milliseconds at 10,000 groups.
 * A list read inside a caller's transaction is not kept: that transaction
 * may have written and may still roll back.
 */
function allGroups(db: Database, mayKeep: boolean): GroupList['groups'] {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const { changes } = cachedStatement(db, 'SELECT total_changes() AS changes').get() as { changes: number };
  const known = groupLists.get(db);
  if (known && known.dataVersion === dataVersion && known.totalChanges === changes) return known.groups;
  const rows = cachedStatement(
    db,
    "SELECT id, parent_id, title FROM nodes INDEXED BY nodes_groups WHERE kind = 'group'",
  ).all() as GroupRow[];
  const groups = rows.map((row) => ({ id: row.id, parentId: row.parent_id, folded: foldCase(row.title) }));
  if (mayKeep) groupLists.set(db, { dataVersion, totalChanges: changes, groups });
  return groups;
}

/**
 * Ids of the groups whose title holds `text` (already case-folded), and of
 * their subgroups: an item is in scope when its parent is one of them.
 * Groups nest two deep (MAX_GROUP_DEPTH), so a subgroup's subgroups need not
 * be looked for.
 */
function groupsTitled(db: Database, text: string, mayKeep: boolean): string[] {
  const groups = allGroups(db, mayKeep);
  const titled = new Set<string>();
  for (const group of groups) if (group.folded.includes(text)) titled.add(group.id);
  const ids = [...titled];
  for (const group of groups) if (group.parentId !== null && titled.has(group.parentId) && !titled.has(group.id)) ids.push(group.id);
  return ids;
}

/**
 * The SELECT for a match (null: every item) within the scope. `rowid` names
 * the index rowid the query runs in the order of; `s` is the item's row of
 * search_items and `n` its row of nodes, each joined only when something
 * reads it.
 */
export function statementFor(
  spec: MatchSpec | null,
  scope: Scope,
  select: string,
  readsItem: boolean,
): { sql: string; params: unknown[]; rowid: string } {
  const where: string[] = [];
  const params: unknown[] = [];
  let from = 'search_items s';
  let rowid = 's.id';
  const held: HeldCondition[] = [];
  if (spec !== null) {
    const plan = planMatch(spec);
    from = 'search_grams f';
    rowid = 'f.rowid';
    where.push('f.search_grams MATCH ?');
    params.push(plan.match);
    held.push(...plan.held);
    if (readsItem || scope.sql.length > 0 || scope.needsNode || held.length > 0) from += ' JOIN search_items s ON s.id = f.rowid';
  }
  if (scope.needsNode || held.length > 0) from += ' JOIN nodes n ON n.id = s.node_id';
  if (scope.range) {
    where.push(`${rowid} BETWEEN ? AND ?`);
    params.push(...scope.range);
  }
  where.push(...scope.sql);
  params.push(...scope.params);
  // The item's text last: SQLite tests the terms in order, and the filters above are cheaper.
  for (const condition of held) {
    where.push(condition.sql);
    params.push(...condition.params);
  }
  return { sql: `${select} FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params, rowid };
}
