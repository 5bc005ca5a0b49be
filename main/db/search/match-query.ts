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

export interface Probe {
  table: IndexTable;
  negated: boolean;
  param: string;
}

export interface MatchPlan {
  /** The table that drives the query, in rowid order, and its MATCH expression. */
  driver: Term;
  /** Further conditions on the driving rowid: a MATCH on another table that must (or, negated, must not) hold. */
  conditions: Probe[];
}

/**
 * One FTS5 table drives the query in rowid order, carrying as much of the
 * condition as it can in one MATCH, so that FTS5 merges the postings itself:
 * - only long words: the trigram table, every word in its MATCH;
 * - only short words: the grams table, likewise;
 * - both: the grams table, with the short words and every character pair of
 *   the long words (which any item holding them must have), and one trigram
 *   condition that confirms the long words exactly: the trigram matches are
 *   listed once per query and each candidate looked up in that list, which
 *   costs far less than an FTS5 query per candidate when many pass the grams.
 * The excluded phrase joins the driver's MATCH as NOT when it is of the
 * driver's kind, else it is a negated probe.
 */
export function planMatch(spec: MatchSpec): MatchPlan {
  const long = spec.all.filter((word) => termOf(word).table === 'search_trigrams');
  const short = spec.all.filter((word) => termOf(word).table === 'search_grams');
  const conditions: MatchPlan['conditions'] = [];
  let driver: Term;
  if (short.length === 0) {
    driver = { table: 'search_trigrams', match: conjunction(long.map((word) => termOf(word).match)) };
  } else {
    const pairs = long.flatMap(characterPairs);
    const tokens = [...new Set([...short, ...pairs].map((word) => termOf(word).match))];
    driver = { table: 'search_grams', match: conjunction(tokens) };
    if (long.length > 0) {
      conditions.push({ table: 'search_trigrams', negated: false, param: long.map((word) => termOf(word).match).join(' AND ') });
    }
  }
  const excluded = spec.not ? termOf(spec.not) : null;
  if (excluded) {
    if (excluded.table === driver.table) driver = { ...driver, match: `${driver.match} NOT ${excluded.match}` };
    else conditions.push({ table: excluded.table, negated: true, param: excluded.match });
  }
  return { driver, conditions };
}

function conjunction(matches: readonly string[]): string {
  return matches.length === 1 ? matches[0]! : `(${matches.join(' AND ')})`;
}

/** Every pair of adjacent characters of a word. */
function characterPairs(word: string): string[] {
  const chars = Array.from(word);
  return chars.slice(1).map((char, index) => chars[index]! + char);
}

/**
 * A probe as SQL on the driving rowid `rowid`. Across the library SQLite
 * lists the table's matches once (a bloom filter and a temporary index) and
 * tests each rowid against them; the `+` keeps the condition away from the
 * driving FTS5 table, which would otherwise take it as a rowid IN list and
 * lose its rowid order. Within one notice (`few`: a rowid range of at most a
 * notice's items) a seek per candidate costs less than listing every match.
 */
export function probeSql(probe: Probe, rowid: string, few: boolean): string {
  const { table, negated } = probe;
  if (few) return `${negated ? 'NOT ' : ''}EXISTS (SELECT 1 FROM ${table} p WHERE p.${table} MATCH ? AND p.rowid = ${rowid})`;
  return `+${rowid} ${negated ? 'NOT ' : ''}IN (SELECT p.rowid FROM ${table} p WHERE p.${table} MATCH ?)`;
}
