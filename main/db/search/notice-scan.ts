import { itemSearchTexts, textsContainAll } from '../../../shared/library/item-text';
import type { ParsedQuery } from '../../../shared/library/search-query';
import type { Database } from '../connections';
import type { FoundRow } from './search-hits';
import { statementFor, type Scope } from './search-scope';
import { cachedStatement } from './statements';

/**
 * Within one notice, words are answered by reading the notice's items
 * rather than the index: FTS5 reaches a rowid range of the grams table
 * (detail=none) only by walking the token's postings from the start, which
 * for a common character costs milliseconds, while a notice usually holds a
 * few dozen items (at most a few thousand). The test is the very definition
 * the index must agree with.
 */
export function scansNotice(parsed: ParsedQuery, scope: Scope): boolean {
  return scope.range !== null && parsed.words.length > 0;
}

interface ScannedRow {
  node_id: string;
  problem: string;
  measures: string;
  progress: string;
  responsible_unit: string;
  sub_items: string;
}

export function scanNotice(db: Database, parsed: ParsedQuery, scope: Scope): FoundRow[] {
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
