import type { Boilerplate } from '../../../shared/layout/boilerplate';
import { itemSearchTexts, textsContainAll } from '../../../shared/library/item-text';
import { parseSearchQuery, foldCase, type ParsedQuery } from '../../../shared/library/search-query';
import { itemSearchFiltersSchema, itemSearchOptionsSchema, searchQuerySchema } from '../../../shared/library/search-schemas';
import {
  DEFAULT_SEARCH_LIMIT,
  SEARCH_COUNT_CAP,
  type ItemSearchFilters,
  type ItemSearchOptions,
  type ItemSearchResult,
} from '../../../shared/library/search-types';
import { writeTransaction, type Database } from '../database';
import { parseInput } from '../validate';
import { searchIndexIsStale } from './index-maintenance';
import { planMatch, termOf, type MatchSpec } from './match-query';
import { orderKeyOf, rowidRange } from './notice-order';
import { buildHits, type FoundRow } from './search-hits';
import { cachedStatement } from './statements';

/**
 * Every item of every notice whose text holds all the words of the query
 * (see shared/library/search-query for how a query is read), best first:
 * items holding the whole query as one run of text, then the others; each
 * group newest notice first. Without words: every item, newest first, so
 * the 条目库 can open on the latest ones and filter them.
 */
export function searchItems(
  db: Database,
  query: string,
  filters: ItemSearchFilters = {},
  options: ItemSearchOptions = {},
  boilerplate: Boilerplate,
): ItemSearchResult {
  const text = parseInput(searchQuerySchema, query, '搜索内容');
  const filter = parseInput(itemSearchFiltersSchema, filters, '筛选条件');
  const { limit = DEFAULT_SEARCH_LIMIT } = parseInput(itemSearchOptionsSchema, options, '搜索选项');
  // Writes that bypassed the repositories are indexed first, so the answer is never stale.
  if (searchIndexIsStale(db)) writeTransaction(db, () => undefined);

  const parsed = parseSearchQuery(text);
  return db.transaction((): ItemSearchResult => {
    const scope = scopeOf(db, filter);
    if (scope === null) return { words: parsed.words, hits: [], total: 0, totalCapped: false };
    let rows: FoundRow[];
    let total: number;
    if (scansNotice(parsed, scope)) {
      const all = scanNotice(db, parsed, scope);
      rows = all.slice(0, limit);
      total = all.length;
    } else {
      rows = findRows(db, parsed, scope, limit);
      // A page that is not full holds every match: no need to count them again.
      total = rows.length < limit ? rows.length : countRows(db, parsed, scope);
    }
    return {
      words: parsed.words,
      hits: buildHits(db, rows, parsed, boilerplate),
      total: Math.min(total, SEARCH_COUNT_CAP),
      totalCapped: total > SEARCH_COUNT_CAP,
    };
  })();
}

/**
 * Ids of every matching item, ranked as searchItems ranks them, without a
 * cap: for checks against a plain scan and for callers that need them all.
 */
export function searchItemIds(db: Database, query: string, filters: ItemSearchFilters = {}): FoundRow[] {
  const text = parseInput(searchQuerySchema, query, '搜索内容');
  const filter = parseInput(itemSearchFiltersSchema, filters, '筛选条件');
  if (searchIndexIsStale(db)) writeTransaction(db, () => undefined);
  return db.transaction(() => {
    const scope = scopeOf(db, filter);
    if (scope === null) return [];
    const parsed = parseSearchQuery(text);
    return scansNotice(parsed, scope) ? scanNotice(db, parsed, scope) : findRows(db, parsed, scope, NO_LIMIT);
  })();
}

/** SQLite reads a negative LIMIT as none. */
const NO_LIMIT = -1;

/** The filters: a rowid range (one notice), and conditions on `s` (search_items) and `n` (the item's row in nodes). */
interface Scope {
  range: [number, number] | null;
  sql: string[];
  params: unknown[];
  needsNode: boolean;
}

function scopeOf(db: Database, filter: ItemSearchFilters): Scope | null {
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
    // Groups nest two deep: the parent, or the parent's parent. lower() folds ASCII only, as foldCase does.
    scope.sql.push(
      `EXISTS (SELECT 1 FROM nodes g
               WHERE g.id IN (n.parent_id, (SELECT up.parent_id FROM nodes up WHERE up.id = n.parent_id))
                 AND instr(lower(g.title), ?) > 0)`,
    );
    scope.params.push(group);
    scope.needsNode = true;
  }
  return scope;
}

/**
 * Within one notice, a short word is answered by reading the notice's items
 * rather than the index: FTS5 reaches a rowid range of the grams table
 * (detail=none) only by walking the token's postings from the start, which
 * for a common character costs milliseconds, while a notice holds a few
 * dozen items. The test is the very definition the index must agree with.
 */
function scansNotice(parsed: ParsedQuery, scope: Scope): boolean {
  return scope.range !== null && parsed.words.some((word) => termOf(word).table === 'search_grams');
}

interface ScannedRow {
  node_id: string;
  problem: string;
  measures: string;
  progress: string;
  responsible_unit: string;
  sub_items: string;
}

function scanNotice(db: Database, parsed: ParsedQuery, scope: Scope): FoundRow[] {
  const { sql, params, rowid } = statementFor(
    null,
    { ...scope, needsNode: true },
    'SELECT s.node_id, n.problem, n.measures, n.progress, n.responsible_unit, n.sub_items',
    true,
  );
  const rows = cachedStatement(db, `${sql} ORDER BY ${rowid} DESC`).all(...params) as ScannedRow[];
  const exact: FoundRow[] = [];
  const rest: FoundRow[] = [];
  for (const row of rows) {
    const texts = itemSearchTexts({
      problem: row.problem,
      measures: parseJson(row.measures),
      progress: parseJson(row.progress),
      responsibleUnit: row.responsible_unit,
      subItems: parseJson(row.sub_items),
    });
    if (!textsContainAll(texts, parsed.words)) continue;
    if (parsed.words.length === 1 || textsContainAll(texts, [parsed.phrase!])) exact.push({ nodeId: row.node_id, exact: true });
    else rest.push({ nodeId: row.node_id, exact: false });
  }
  return [...exact, ...rest];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function findRows(db: Database, parsed: ParsedQuery, scope: Scope, limit: number): FoundRow[] {
  if (parsed.phrase === null) return selectRows(db, null, scope, limit, false);
  if (parsed.words.length === 1) return selectRows(db, { all: parsed.words }, scope, limit, true);
  const exact = selectRows(db, { all: [parsed.phrase] }, scope, limit, true);
  if (limit !== NO_LIMIT && exact.length >= limit) return exact;
  const remaining = limit === NO_LIMIT ? NO_LIMIT : limit - exact.length;
  const rest = selectRows(db, { all: parsed.words, not: parsed.phrase }, scope, remaining, false);
  return [...exact, ...rest];
}

function selectRows(db: Database, spec: MatchSpec | null, scope: Scope, limit: number, exact: boolean): FoundRow[] {
  const { sql, params, rowid } = statementFor(spec, scope, 'SELECT s.node_id AS nodeId', true);
  const rows = cachedStatement(db, `${sql} ORDER BY ${rowid} DESC LIMIT ?`).all(...params, limit) as { nodeId: string }[];
  return rows.map((row) => ({ nodeId: row.nodeId, exact }));
}

/** All matches, counted up to one past the cap (enough to say “more than”). */
function countRows(db: Database, parsed: ParsedQuery, scope: Scope): number {
  const spec = parsed.phrase === null ? null : { all: parsed.words };
  const { sql, params } = statementFor(spec, scope, 'SELECT 1', false);
  const row = cachedStatement(db, `SELECT count(*) AS total FROM (${sql} LIMIT ?)`).get(...params, SEARCH_COUNT_CAP + 1) as {
    total: number;
  };
  return row.total;
}

/**
 * The SELECT for a match (null: every item) within the scope. `rowid` names
 * the index rowid the query runs in the order of; `s` is the item's row of
 * search_items, joined only when something reads it.
 */
function statementFor(
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
