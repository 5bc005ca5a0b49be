import { foldCase } from '../../../shared/library/search-query';
import type { ItemSearchFilters } from '../../../shared/library/search-types';
import type { Database } from '../connections';
import { planMatch, type MatchSpec } from './match-query';
import { orderKeyOf, rowidRange } from './notice-order';
import { cachedStatement } from './statements';

/** The filters: a rowid range (one notice), and conditions on `s` (search_items) and `n` (the item's row in nodes). */
export interface Scope {
  range: [number, number] | null;
  sql: string[];
  params: unknown[];
  needsNode: boolean;
}

export function scopeOf(db: Database, filter: ItemSearchFilters): Scope | null {
  const scope: Scope = { range: null, sql: [], params: [], needsNode: false };
  if (filter.noticeId !== undefined) {
    const key = orderKeyOf(db, filter.noticeId);
    if (key === undefined) return null;
    // A rowid range: FTS5 seeks to it instead of reading every match.
    scope.range = rowidRange(key);
  }
  if (filter.statuses !== undefined) {
    if (filter.statuses.length === 0) return null;
    scope.sql.push(`s.status IN (${filter.statuses.map(() => '?').join(', ')})`);
    scope.params.push(...filter.statuses);
  }
  const group = foldCase(filter.groupTitle?.trim() ?? '');
  if (group !== '') {
    const groups = groupsTitled(db, group);
    if (groups.length === 0) return null;
    // The groups are found once, in the small index of group titles; each item is then one lookup in a fixed set.
    scope.sql.push('n.parent_id IN (SELECT value FROM json_each(?))');
    scope.params.push(JSON.stringify(groups));
    scope.needsNode = true;
  }
  return scope;
}

/**
 * Ids of the groups whose title holds `text` (already case-folded), and of
 * their subgroups: an item is in scope when its parent is one of them.
 * Groups nest two deep (MAX_GROUP_DEPTH), so a subgroup's subgroups need not
 * be looked for. lower() folds ASCII only, as foldCase does. Both scans read
 * only the partial index nodes_groups (migration 0080), not the item rows.
 */
function groupsTitled(db: Database, text: string): string[] {
  return cachedStatement(
    db,
    `WITH titled (id) AS (SELECT id FROM nodes WHERE kind = 'group' AND instr(lower(title), ?) > 0)
     SELECT id FROM titled
     UNION
     SELECT id FROM nodes WHERE kind = 'group' AND parent_id IN titled`,
  )
    .all(text)
    .map((row) => (row as { id: string }).id);
}

/**
 * The SELECT for a match (null: every item) within the scope. `rowid` names
 * the index rowid the query runs in the order of; `s` is the item's row of
 * search_items, joined only when something reads it.
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
  const probes: { sql: string; param: string }[] = [];
  if (spec !== null) {
    const plan = planMatch(spec);
    from = `${plan.driver.table} f`;
    rowid = 'f.rowid';
    where.push(`f.${plan.driver.table} MATCH ?`);
    params.push(plan.driver.match);
    if (readsItem || scope.sql.length > 0 || scope.needsNode) from += ' JOIN search_items s ON s.id = f.rowid';
    probes.push(...plan.conditions);
  }
  if (scope.needsNode) from += ' JOIN nodes n ON n.id = s.node_id';
  if (scope.range) {
    where.push(`${rowid} BETWEEN ? AND ?`);
    params.push(...scope.range);
  }
  where.push(...scope.sql);
  params.push(...scope.params);
  // Probes last: SQLite tests the terms in order, and the filters above are cheaper.
  for (const condition of probes) {
    where.push(condition.sql.replaceAll('{rowid}', rowid));
    params.push(condition.param);
  }
  return { sql: `${select} FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params, rowid };
}
