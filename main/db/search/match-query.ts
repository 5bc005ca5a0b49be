import { characterCount } from '../../../shared/library/search-query';
import { gramQuery } from './grams';

/*
 * Turns words into FTS5 queries. Nothing the user typed is ever FTS5
 * syntax: a word of three characters or more becomes one double-quoted
 * string for the trigram table (quotes doubled inside), a shorter one the
 * single token of the grams table. Operators, parentheses, `*`, `-`, `:`,
 * NEAR and AND are therefore plain characters to find.
 */

export type IndexTable = 'search_trigrams' | 'search_grams';

export interface Term {
  table: IndexTable;
  match: string;
}

export function termOf(word: string): Term {
  if (characterCount(word) >= 3) return { table: 'search_trigrams', match: `"${word.replaceAll('"', '""')}"` };
  return { table: 'search_grams', match: gramQuery(word) };
}

export interface MatchSpec {
  /** Words that must all occur. */
  all: readonly string[];
  /** A run of text that must not occur (the phrase, for the second tier). */
  not?: string | null;
}

export interface MatchPlan {
  /** The table that drives the query, in rowid order, and its MATCH expression. */
  driver: Term;
  /** Further conditions on `f.rowid`, each with its parameter. */
  conditions: { sql: string; param: string }[];
}

/**
 * One FTS5 table drives (the trigram one when there are long words: its
 * postings are shorter), carrying every term it holds in one MATCH; terms of
 * the other table become EXISTS probes on the same rowid, which FTS5
 * answers by seeking, not scanning.
 */
export function planMatch(spec: MatchSpec): MatchPlan {
  const terms = spec.all.map(termOf);
  const excluded = spec.not ? termOf(spec.not) : null;
  const table: IndexTable = terms.some((term) => term.table === 'search_trigrams') ? 'search_trigrams' : 'search_grams';
  const own = terms.filter((term) => term.table === table).map((term) => term.match);
  let match = own.length === 1 ? own[0]! : `(${own.join(' AND ')})`;
  const conditions: MatchPlan['conditions'] = [];
  const others = terms.filter((term) => term.table !== table).map((term) => term.match);
  if (others.length > 0) conditions.push({ sql: probe(otherTable(table), false), param: others.join(' AND ') });
  if (excluded) {
    if (excluded.table === table) match = `${match} NOT ${excluded.match}`;
    else conditions.push({ sql: probe(excluded.table, true), param: excluded.match });
  }
  return { driver: { table, match }, conditions };
}

function otherTable(table: IndexTable): IndexTable {
  return table === 'search_trigrams' ? 'search_grams' : 'search_trigrams';
}

function probe(table: IndexTable, negated: boolean): string {
  return `${negated ? 'NOT ' : ''}EXISTS (SELECT 1 FROM ${table} p WHERE p.${table} MATCH ? AND p.rowid = f.rowid)`;
}
