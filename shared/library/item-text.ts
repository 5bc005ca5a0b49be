import { foldCase } from './search-query';

/**
 * The text of an item as search sees it: four fields, each plain text with
 * one line per paragraph. A sub-item's problem, measures and progress belong
 * to the item's fields of the same name. Lenient on purpose: it also reads
 * rows straight from the database, and a malformed value must never make an
 * edit fail; it just contributes no text.
 */

export const SEARCH_FIELDS = ['problem', 'measures', 'progress', 'responsibleUnit'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchTexts = Record<SearchField, string>;

/** What the item-text functions read; the model's Item and SubItem fit. */
export interface ItemTextSource {
  problem: unknown;
  measures: unknown;
  progress: unknown;
  responsibleUnit: unknown;
  subItems: unknown;
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A paragraph list's text, one line per paragraph, marks dropped. */
export function paragraphListText(list: unknown): string {
  const paragraphs = asArray((list as { paragraphs?: unknown } | null)?.paragraphs);
  return paragraphs
    .map((paragraph) =>
      asArray((paragraph as { children?: unknown } | null)?.children)
        .map((leaf) => asString((leaf as { text?: unknown } | null)?.text))
        .join(''),
    )
    .join('\n');
}

function lines(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}

export function itemSearchTexts(item: ItemTextSource): SearchTexts {
  const subItems = asArray(item.subItems) as Partial<Record<'problem' | 'measures' | 'progress', unknown>>[];
  return {
    problem: lines([asString(item.problem), ...subItems.map((sub) => asString(sub?.problem))]),
    measures: lines([paragraphListText(item.measures), ...subItems.map((sub) => paragraphListText(sub?.measures))]),
    progress: lines([paragraphListText(item.progress), ...subItems.map((sub) => paragraphListText(sub?.progress))]),
    responsibleUnit: asString(item.responsibleUnit),
  };
}

/**
 * True when the item holds every word, each within one field. The plain
 * definition the index must agree with; `words` are already case-folded.
 */
export function textsContainAll(texts: SearchTexts, words: readonly string[]): boolean {
  const folded = SEARCH_FIELDS.map((field) => foldCase(texts[field]));
  return words.every((word) => folded.some((text) => text.includes(word)));
}
