import type { Boilerplate } from '../../../shared/layout/boilerplate';
import { parseSearchQuery, type ParsedQuery } from '../../../shared/library/search-query';
import { itemSearchFiltersSchema, itemSearchOptionsSchema, searchQuerySchema } from '../../../shared/library/search-schemas';
import {
  DEFAULT_SEARCH_LIMIT,
  SEARCH_COUNT_CAP,
  type ItemSearchFilters,
  type ItemSearchOptions,
  type ItemSearchResult,
} from '../../../shared/library/search-types';
import type { Database } from '../connections';
import { parseInput } from '../validate';
import type { MatchSpec } from './match-query';
import { scanNotice, scansNotice } from './notice-scan';
import { useSearchFunctions } from './raw-match';
import { buildHits, type FoundRow } from './search-hits';
import { scopeOf, statementFor, type Scope } from './search-scope';
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

  const parsed = parseSearchQuery(text);
  const own = !db.inTransaction;
  useSearchFunctions(db);
  return db.transaction((): ItemSearchResult => {
    const scope = scopeOf(db, filter, own);
    if (scope === null) return { words: parsed.words, hits: [], total: 0, totalCapped: false };
    let rows: FoundRow[];
    let total: number;
    if (scansNotice(parsed, scope)) {
      const all = scanNotice(db, parsed, scope);
      rows = all.slice(0, limit);
      total = all.length;
    } else {
      ({ rows, total } = pageAndCount(db, parsed, scope, limit));
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
  const own = !db.inTransaction;
  useSearchFunctions(db);
  return db.transaction(() => {
    const scope = scopeOf(db, filter, own);
    if (scope === null) return [];
    const parsed = parseSearchQuery(text);
    return scansNotice(parsed, scope) ? scanNotice(db, parsed, scope) : findRows(db, parsed, scope, NO_LIMIT);
  })();
}

/** SQLite reads a negative LIMIT as none. */
const NO_LIMIT = -1;

function findRows(db: Database, parsed: ParsedQuery, scope: Scope, limit: number): FoundRow[] {
  if (parsed.phrase === null) return selectRows(db, null, scope, limit, false);
  if (parsed.words.length === 1) return selectRows(db, { all: parsed.words }, scope, limit, true);
  const exact = selectRows(db, { all: [parsed.phrase] }, scope, limit, true);
  if (limit !== NO_LIMIT && exact.length >= limit) return exact;
  const remaining = limit === NO_LIMIT ? NO_LIMIT : limit - exact.length;
  const rest = selectRows(db, { all: parsed.words, not: parsed.phrase }, scope, remaining, false);
  return [...exact, ...rest];
}

/**
 * The page and the number of matches, reading the matches as few times as
 * it can: the first SEARCH_COUNT_CAP + 1 matches of the words both count
 * them (up to “more than”) and hold the page. With several words the items
 * holding the whole phrase come first; when fewer than a page of them exist
 * they are all on the page already, and are all the phrase's matches: the
 * rest of the page is the first matches of the words that are not among
 * them, and the first `limit` matches hold enough of those. Telling them
 * apart by id spares testing the phrase on every match, which for the
 * matches without it means reading all their text.
 */
function pageAndCount(db: Database, parsed: ParsedQuery, scope: Scope, limit: number): { rows: FoundRow[]; total: number } {
  const window = Math.max(SEARCH_COUNT_CAP + 1, limit);
  if (parsed.phrase === null) {
    const rows = selectRows(db, null, scope, limit, false);
    // A page that is not full holds every item: no need to count them again.
    return { rows, total: rows.length < limit ? rows.length : countRows(db, parsed, scope) };
  }
  if (parsed.words.length === 1) {
    const matches = selectRows(db, { all: parsed.words }, scope, window, true);
    return { rows: matches.slice(0, limit), total: matches.length };
  }
  const exact = selectRows(db, { all: [parsed.phrase] }, scope, limit, true);
  if (exact.length >= limit) return { rows: exact, total: countRows(db, parsed, scope) };
  const exactIds = new Set(exact.map((row) => row.nodeId));
  const matches = selectRows(db, { all: parsed.words }, scope, window, false);
  const rest = matches.filter((match) => !exactIds.has(match.nodeId)).slice(0, limit - exact.length);
  return { rows: [...exact, ...rest], total: matches.length };
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
