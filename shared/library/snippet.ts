import { SEARCH_FIELDS, type SearchField, type SearchTexts } from './item-text';
import { foldCase } from './search-query';

/** A span of a snippet's text: UTF-16 offsets as JavaScript strings count them, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * A window of one field's text around the first match, with the matched
 * text given as ranges rather than markup, so the window can draw them
 * however it likes and nothing the user wrote is ever read as HTML.
 */
export interface TextSnippet {
  field: SearchField;
  text: string;
  highlights: TextRange[];
  /** Text of the field was left out before / after the window (show an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface SnippetOptions {
  /** Characters kept before the first match. */
  before: number;
  /** Longest snippet, in UTF-16 units. */
  length: number;
}

const DEFAULTS: SnippetOptions = { before: 20, length: 80 };

/**
 * The snippet for one item. The anchor is the first occurrence of the whole
 * phrase if the item has it, else the earliest occurrence of any word, in
 * field order (problem, measures, progress, unit). The window stays inside
 * the paragraph of the anchor. Without words: the start of the first
 * non-empty field.
 */
export function makeSnippet(
  texts: SearchTexts,
  words: readonly string[],
  phrase: string | null,
  options: Partial<SnippetOptions> = {},
  folded: SearchTexts = foldTexts(texts),
): TextSnippet {
  const { before, length } = { ...DEFAULTS, ...options };
  const anchor = findAnchor(folded, phrase, words);
  const text = texts[anchor.field];
  const paragraphStart = text.lastIndexOf('\n', anchor.index - 1) + 1;
  const newline = text.indexOf('\n', anchor.index);
  const paragraphEnd = newline === -1 ? text.length : newline;
  let start = Math.max(paragraphStart, anchor.index - before);
  let end = Math.min(paragraphEnd, start + length);
  start = avoidSplitPair(text, start, +1);
  end = avoidSplitPair(text, end, -1);
  const window = folded[anchor.field].slice(start, end);
  return {
    field: anchor.field,
    text: text.slice(start, end),
    highlights: findRanges(window, words),
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}

/** The fields that hold at least one of the words. */
export function matchedFields(texts: SearchTexts, words: readonly string[], folded: SearchTexts = foldTexts(texts)): SearchField[] {
  return SEARCH_FIELDS.filter((field) => words.some((word) => folded[field].includes(word)));
}

/** Every field case-folded (same offsets), to share between the snippet and the matched fields. */
export function foldTexts(texts: SearchTexts): SearchTexts {
  return {
    problem: foldCase(texts.problem),
    measures: foldCase(texts.measures),
    progress: foldCase(texts.progress),
    responsibleUnit: foldCase(texts.responsibleUnit),
  };
}

function findAnchor(foldedTexts: SearchTexts, phrase: string | null, words: readonly string[]): { field: SearchField; index: number } {
  const folded = SEARCH_FIELDS.map((field) => [field, foldedTexts[field]] as const);
  if (phrase !== null) {
    for (const [field, text] of folded) {
      const index = text.indexOf(phrase);
      if (index !== -1) return { field, index };
    }
  }
  for (const [field, text] of folded) {
    const indexes = words.map((word) => text.indexOf(word)).filter((index) => index !== -1);
    if (indexes.length > 0) return { field, index: Math.min(...indexes) };
  }
  const first = folded.find(([, text]) => text.trim() !== '');
  return { field: first?.[0] ?? 'problem', index: 0 };
}

/** Every occurrence of every term in the text, overlapping ones merged, in order. */
export function findRanges(text: string, terms: readonly string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      ranges.push({ start: at, end: at + term.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Moves an offset off the middle of a surrogate pair (a character outside the BMP). */
function avoidSplitPair(text: string, offset: number, direction: 1 | -1): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const code = text.charCodeAt(offset);
  const isLowHalf = code >= 0xdc00 && code <= 0xdfff;
  const previous = text.charCodeAt(offset - 1);
  return isLowHalf && previous >= 0xd800 && previous <= 0xdbff ? offset + direction : offset;
}
