import { foldCase } from '../../../shared/library/search-query';
import type { ItemSearchFilters } from '../../../shared/library/search-types';
import type { Database } from '../connections';
import { statusesMatch } from './filter-tokens';
import { groupSetTitled, inGroupsCondition } from './group-scope';
import { planMatch, type MatchSpec } from './match-query';
import type { HeldCondition } from './raw-match';
import { orderKeyOf, rowidRange } from './notice-order';

/**
 * The filters: a rowid range (one notice), the key of the set of rowids of
 * the items under a group title (group-scope.ts), and conditions on `s`
 * (search_items) and `n` (the item's row in nodes); with words, also the
 * status filter's tokens, which narrow the index's matches to those the
 * filter may let through (filter-tokens.ts).
 */
export interface Scope {
  range: [number, number] | null;
  groupSet: number | null;
  match: string[];
  sql: string[];
  params: unknown[];
  needsNode: boolean;
}

/** `mayKeep`: false when called inside a caller's transaction (see groupSetTitled). */
export function scopeOf(db: Database, filter: ItemSearchFilters, mayKeep = false): Scope | null {
  const scope: Scope = { range: null, groupSet: null, match: [], sql: [], params: [], needsNode: false };
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
    const narrow = statusesMatch(filter.statuses);
    if (narrow !== null) scope.match.push(narrow);
  }
  const group = foldCase(filter.groupTitle?.trim() ?? '');
  if (group !== '') {
    scope.groupSet = groupSetTitled(db, group, mayKeep);
    if (scope.groupSet === null) return null;
  }
  return scope;
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
    params.push(scope.match.length === 0 ? plan.match : [`(${plan.match})`, ...scope.match].join(' AND '));
    held.push(...plan.held);
    if (readsItem || scope.sql.length > 0 || scope.needsNode || held.length > 0) from += ' JOIN search_items s ON s.id = f.rowid';
  }
  if (scope.needsNode || held.length > 0) from += ' JOIN nodes n ON n.id = s.node_id';
  if (scope.range) {
    where.push(`${rowid} BETWEEN ? AND ?`);
    params.push(...scope.range);
  }
  // On the rowid alone: tested where the rowid is found, before a table is joined.
  if (scope.groupSet !== null) {
    where.push(inGroupsCondition(rowid));
    params.push(scope.groupSet);
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
