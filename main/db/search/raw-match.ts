import { itemSearchTexts, textsContainAll } from '../../../shared/library/item-text';
import { foldCase } from '../../../shared/library/search-query';
import { ENUMERATIONS } from '../../../shared/model/rich-text';
import type { Database } from '../connections';

/*
 * The index keeps no positions: it lists the items holding every three
 * adjacent characters of a word, and a word of four characters or more (or a phrase with spaces) is
 * then confirmed on the item's own row. Reading the row into JavaScript and
 * parsing its JSON costs several times what SQLite's instr() costs on the
 * stored text, so each item is marked, when it is indexed, with how far a
 * search of its stored text can be trusted (search_items.raw_match):
 * - 2, decides: every string of its JSON that holds a character beyond
 *   ASCII is text search reads, stored as JSON.stringify writes it with
 *   nothing escaped, and each paragraph is one run of text. A word is then in the item exactly when it
 *   is in the stored text, for a word that cannot meet the JSON's own
 *   characters (see `confirmsByText`).
 * - 1, finds: the same, except that some paragraph is several runs (part of
 *   it bold): a word found in the stored text is in the item, but one that
 *   runs across two runs is found only by reading the item.
 * - 0: anything else (a row written by hand, an odd shape): always read.
 */

export const RAW_DECIDES = 2;
export const RAW_FINDS = 1;
export const RAW_UNTRUSTED = 0;

type RawMatch = typeof RAW_DECIDES | typeof RAW_FINDS | typeof RAW_UNTRUSTED;

const NON_ASCII = /[^\u0000-\u007f]/u;
// JSON escapes exactly these (quote, backslash, control characters): a word holding one is never found verbatim.
const JSON_ESCAPED = /["\\\u0000-\u001f]/u;
const FOLDED_ENUMERATIONS = ENUMERATIONS.map(foldCase);

/** How far the stored text of this item decides whether it holds a word. */
export function rawMatchOf(item: { measures: string | null; progress: string | null; sub_items: string | null }): RawMatch {
  const shapes = [listShape(parseCanonical(item.measures)), listShape(parseCanonical(item.progress))];
  const subItems = parseCanonical(item.sub_items);
  if (!Array.isArray(subItems)) return RAW_UNTRUSTED;
  for (const sub of subItems) {
    if (!isRecord(sub)) return RAW_UNTRUSTED;
    const { problem, measures, progress, ...rest } = sub;
    if (typeof problem !== 'string' || !isInert(rest)) return RAW_UNTRUSTED;
    shapes.push(listShape(measures), listShape(progress));
  }
  if (shapes.includes('odd')) return RAW_UNTRUSTED;
  return shapes.includes('runs') ? RAW_FINDS : RAW_DECIDES;
}

/**
 * The JSON's value when the text is what JSON.stringify writes for it and
 * escapes nothing, so every string in it stands verbatim. An escape would
 * not do: a word can begin right after its backslash (`\n乙` holds `n乙`).
 */
function parseCanonical(text: string | null): unknown {
  if (text === null || text.includes('\\')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return JSON.stringify(value) === text ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A paragraph list as itemSearchTexts reads it: 'plain' when every paragraph is one run. */
function listShape(list: unknown): 'plain' | 'runs' | 'odd' {
  if (!isRecord(list)) return 'odd';
  const { paragraphs, enumeration, ...rest } = list;
  if (!Array.isArray(paragraphs) || !isInert(rest)) return 'odd';
  if (enumeration !== undefined && !isInert(enumeration) && !ENUMERATIONS.includes(enumeration as never)) return 'odd';
  let shape: 'plain' | 'runs' = 'plain';
  for (const paragraph of paragraphs) {
    if (!isRecord(paragraph)) return 'odd';
    const { children, ...other } = paragraph;
    if (!Array.isArray(children) || !isInert(other)) return 'odd';
    if (children.length > 1) shape = 'runs';
    for (const leaf of children) {
      if (!isRecord(leaf)) return 'odd';
      const { text, ...marks } = leaf;
      if (typeof text !== 'string' || !isInert(marks)) return 'odd';
    }
  }
  return shape;
}

/** A value search does not read holding no character beyond ASCII, keys included: no word of such a character can meet it. */
function isInert(value: unknown): boolean {
  if (typeof value === 'string') return !NON_ASCII.test(value);
  if (Array.isArray(value)) return value.every(isInert);
  if (isRecord(value)) return Object.entries(value).every(([key, inner]) => !NON_ASCII.test(key) && isInert(inner));
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A condition in SQL on `s` (search_items) and `n` (nodes) that holds when the item holds `word` (case-folded). */
export interface HeldCondition {
  sql: string;
  params: unknown[];
}

const COLUMNS = ['n.problem', 'n.measures', 'n.progress', 'n.responsible_unit', 'n.sub_items'];
const READ_ITEM = `search_holds(?, ${COLUMNS.join(', ')})`;

/**
 * The word can be looked for in the stored text: it holds nothing JSON
 * escapes, so wherever the item's text has it the stored text has it too
 * (on a row that decides). Words hold no half characters (parseSearchQuery
 * drops them), which JSON.stringify would escape too.
 */
function findableInText(word: string): boolean {
  return !JSON_ESCAPED.test(word);
}

/**
 * Where the stored text has the word it is the item's text: a character
 * beyond ASCII lies inside a JSON string, a word with no quote cannot leave
 * it, and on a trusted row the string holds no escape the word could begin
 * in; the strings that are not text are ASCII, or a numbering style, which
 * the word must not be part of (only a phrase of up to three characters,
 * asked for whole, can be).
 */
function confirmsByText(word: string): boolean {
  return findableInText(word) && NON_ASCII.test(word) && !FOLDED_ENUMERATIONS.some((style) => style.includes(word));
}

export function heldCondition(word: string): HeldCondition {
  // SQLite's lower() folds ASCII alone, as foldCase does.
  const column = (name: string) => (/[a-z]/u.test(word) ? `lower(${name})` : name);
  const inText = `(${COLUMNS.map((name) => `instr(${column(name)}, ?) > 0`).join(' OR ')})`;
  const textParams = COLUMNS.map(() => word);
  if (confirmsByText(word)) {
    return {
      sql: `(CASE WHEN s.raw_match >= ${RAW_FINDS} AND ${inText} THEN 1 WHEN s.raw_match = ${RAW_DECIDES} THEN 0 ELSE ${READ_ITEM} END)`,
      params: [...textParams, word],
    };
  }
  if (findableInText(word)) {
    return {
      sql: `(CASE WHEN s.raw_match = ${RAW_DECIDES} AND NOT ${inText} THEN 0 ELSE ${READ_ITEM} END)`,
      params: [...textParams, word],
    };
  }
  return { sql: READ_ITEM, params: [word] };
}

const ready = new WeakSet<Database>();

/** search_holds(word, problem, measures, progress, responsible_unit, sub_items): the item's text read in full, as the plain definition reads it. */
export function useSearchFunctions(db: Database): void {
  if (ready.has(db)) return;
  db.function(
    'search_holds',
    { deterministic: true },
    (word: unknown, problem: unknown, measures: unknown, progress: unknown, unit: unknown, subItems: unknown) => {
      const texts = itemSearchTexts({
        problem,
        measures: parseLenient(measures),
        progress: parseLenient(progress),
        responsibleUnit: unit,
        subItems: parseLenient(subItems),
      });
      return typeof word === 'string' && textsContainAll(texts, [word]) ? 1 : 0;
    },
  );
  ready.add(db);
}

function parseLenient(text: unknown): unknown {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
