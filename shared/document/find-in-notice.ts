import { foldCase } from '../library/search-query';
import type { Notice } from '../model/notice';
import { paragraphText, type Paragraph, type ParagraphList, type TextLeaf } from '../model/rich-text';
import { sanitizeText } from '../text/sanitize';
import { addressKey, mapFields, type FieldAddress } from './notice-fields';

export {
  addressKey,
  fieldLocation,
  isRichAddress,
  type FieldAddress,
  type FieldLocation,
  type PlainFieldAddress,
  type RichFieldAddress,
} from './notice-fields';

/**
 * 查找与替换 over a whole notice: every field the user types, in the order
 * the outline shows them. Matches are offsets in a paragraph's plain text
 * (its leaves joined), so a match may run across bold and plain leaves.
 * The user's text is searched as text (indexOf), never as a pattern.
 */

export interface FindOptions {
  /** Match ASCII letters only in the case typed. Off: A and a are the same (Chinese has no case). */
  matchCase?: boolean;
}

export interface FindMatch {
  address: FieldAddress;
  /** The paragraph within a rich field; 0 in a plain field. */
  paragraph: number;
  /** Offsets in the paragraph's (or the plain field's) text, in UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  /** The text matched, as it stands (it may differ from the query in case). */
  text: string;
}

/** A point in the notice's reading order: a field, a paragraph of it, an offset there. */
export interface MatchPosition {
  address: FieldAddress;
  paragraph: number;
  offset: number;
}

export interface ReplaceResult {
  /** The notice after replacing; the very same object when no text changed. */
  notice: Notice;
  /** How many matches were replaced. */
  count: number;
}

export interface ReplaceOneResult extends ReplaceResult {
  /** Just after the inserted text, to look for the next match from; null when nothing was replaced. */
  resumeAt: MatchPosition | null;
}

/** Every match of `query` in reading order; none for an empty query. Matches do not overlap (aaa holds one aa). */
export function findInNotice(notice: Notice, query: string, options: FindOptions = {}): FindMatch[] {
  const find = matcher(query, options);
  if (!find) return [];
  const matches: FindMatch[] = [];
  const collect = (address: FieldAddress, paragraph: number, text: string) => {
    for (const start of find(text))
      matches.push({ address, paragraph, start, end: start + query.length, text: text.slice(start, start + query.length) });
  };
  mapFields(notice, {
    plain(address, text) {
      collect(address, 0, text);
      return text;
    },
    rich(address, list) {
      list.paragraphs.forEach((paragraph, index) => collect(address, index, paragraphText(paragraph)));
      return list;
    },
  });
  return matches;
}

/**
 * Replaces one match. A match that no longer stands where it says (the text
 * changed since it was found) is left alone: count 0, the notice as it was.
 */
export function replaceMatch(notice: Notice, match: FindMatch, replacement: string): ReplaceOneResult {
  const key = addressKey(match.address);
  const text = sanitizeText(replacement);
  let count = 0;
  const range = [{ start: match.start, end: match.end }];
  const holds = (value: string) => value.slice(match.start, match.end) === match.text;
  const next = mapFields(notice, {
    plain(address, value) {
      if (addressKey(address) !== key || !holds(value)) return value;
      count = 1;
      return replaceRanges(value, range, text);
    },
    rich(address, list) {
      const paragraph = list.paragraphs[match.paragraph];
      if (addressKey(address) !== key || !paragraph || !holds(paragraphText(paragraph))) return list;
      count = 1;
      return withParagraph(list, match.paragraph, replaceInParagraph(paragraph, range, text));
    },
  });
  const resumeAt = count === 0 ? null : { address: match.address, paragraph: match.paragraph, offset: match.start + text.length };
  return { notice: next, count, resumeAt };
}

/** One replacement of replaceMatches: a match and what takes its place. */
export interface MatchReplacement {
  match: FindMatch;
  replacement: string;
}

/**
 * Many matches replaced at once, each by its own text, in one walk over the
 * notice and one rebuild of each text changed (a hundred thousand 全部修正
 * fixes stay linear). The matches of one text must not overlap; a match that
 * no longer stands where it says is left alone. `applied` holds the indices
 * of the replacements made.
 */
export function replaceMatches(notice: Notice, replacements: readonly MatchReplacement[]): ReplaceResult & { applied: number[] } {
  const byField = new Map<string, Map<number, number[]>>();
  replacements.forEach(({ match }, index) => {
    const key = addressKey(match.address);
    let paragraphs = byField.get(key);
    if (!paragraphs) byField.set(key, (paragraphs = new Map()));
    const list = paragraphs.get(match.paragraph);
    if (list) list.push(index);
    else paragraphs.set(match.paragraph, [index]);
  });
  const applied: number[] = [];
  const rangesIn = (value: string, indices: readonly number[]): Range[] => {
    const ranges: Range[] = [];
    for (const index of indices) {
      const { match, replacement } = replacements[index]!;
      if (value.slice(match.start, match.end) !== match.text) continue;
      applied.push(index);
      ranges.push({ start: match.start, end: match.end, replacement: sanitizeText(replacement) });
    }
    // Two insertions at one point go in the order given.
    return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  };
  const next = mapFields(notice, {
    plain(address, value) {
      const indices = byField.get(addressKey(address))?.get(0);
      if (!indices) return value;
      const ranges = rangesIn(value, indices);
      return ranges.length === 0 ? value : replaceRanges(value, ranges, '');
    },
    rich(address, list) {
      const paragraphsToChange = byField.get(addressKey(address));
      if (!paragraphsToChange) return list;
      let paragraphs: Paragraph[] | null = null;
      for (const [index, indices] of paragraphsToChange) {
        const paragraph = list.paragraphs[index];
        if (!paragraph) continue;
        const ranges = rangesIn(paragraphText(paragraph), indices);
        if (ranges.length === 0) continue;
        const replaced = replaceInParagraph(paragraph, ranges, '');
        if (replaced !== paragraph) (paragraphs ??= list.paragraphs.slice())[index] = replaced;
      }
      return paragraphs ? { ...list, paragraphs } : list;
    },
  });
  applied.sort((a, b) => a - b);
  return { notice: next, count: applied.length, applied };
}

/** Replaces every match of `query` at once (one change of the notice, for one undo step). */
export function replaceAll(notice: Notice, query: string, replacement: string, options: FindOptions = {}): ReplaceResult {
  const find = matcher(query, options);
  if (!find) return { notice, count: 0 };
  const text = sanitizeText(replacement);
  let count = 0;
  const rangesIn = (value: string) => {
    const ranges = find(value).map((start) => ({ start, end: start + query.length }));
    count += ranges.length;
    return ranges;
  };
  const next = mapFields(notice, {
    plain(_address, value) {
      const ranges = rangesIn(value);
      return ranges.length === 0 ? value : replaceRanges(value, ranges, text);
    },
    rich(_address, list) {
      let paragraphs: Paragraph[] | null = null;
      list.paragraphs.forEach((paragraph, index) => {
        const ranges = rangesIn(paragraphText(paragraph));
        if (ranges.length === 0) return;
        const replaced = replaceInParagraph(paragraph, ranges, text);
        if (replaced !== paragraph) (paragraphs ??= list.paragraphs.slice())[index] = replaced;
      });
      return paragraphs ? { ...list, paragraphs } : list;
    },
  });
  return { notice: next, count };
}

/**
 * The index of the first match at or after `from` in reading order, wrapping
 * round to the first match; -1 when there are none. Keeps a find bar's
 * place when the notice changes under it or a match was just replaced.
 */
export function matchIndexFrom(notice: Notice, matches: readonly FindMatch[], from: MatchPosition): number {
  if (matches.length === 0) return -1;
  const order = fieldOrder(notice);
  const field = order.get(addressKey(from.address));
  if (field === undefined) return 0;
  const index = matches.findIndex((m) => {
    const other = order.get(addressKey(m.address)) ?? -1;
    return (
      other > field || (other === field && (m.paragraph > from.paragraph || (m.paragraph === from.paragraph && m.start >= from.offset)))
    );
  });
  return index === -1 ? 0 : index;
}

/** Each field's place in reading order, by addressKey. */
function fieldOrder(notice: Notice): Map<string, number> {
  const order = new Map<string, number>();
  const note = (address: FieldAddress) => void order.set(addressKey(address), order.size);
  mapFields(notice, {
    plain(address, text) {
      note(address);
      return text;
    },
    rich(address, list) {
      note(address);
      return list;
    },
  });
  return order;
}

interface Range {
  start: number;
  end: number;
  /** This range's own replacement (replaceMatches); the common one otherwise. */
  replacement?: string;
}

/**
 * The start offsets of the query in a text, left to right, not
 * overlapping; null for an empty query. Case is folded only when the query
 * has ASCII letters to fold, so Chinese queries search the text as it is.
 */
function matcher(query: string, { matchCase = false }: FindOptions): ((text: string) => number[]) | null {
  if (query === '') return null;
  const folds = !matchCase && /[A-Za-z]/.test(query);
  const needle = folds ? foldCase(query) : query;
  return (text) => {
    const haystack = folds ? foldCase(text) : text;
    const starts: number[] = [];
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) starts.push(at);
    return starts;
  };
}

/** The text with each range (sorted, not overlapping) replaced: by the range's own replacement when it has one. */
function replaceRanges(text: string, ranges: readonly Range[], replacement: string): string {
  const pieces: string[] = [];
  let at = 0;
  for (const range of ranges) {
    pieces.push(text.slice(at, range.start), range.replacement ?? replacement);
    at = range.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

function withParagraph(list: ParagraphList, index: number, paragraph: Paragraph): ParagraphList {
  if (list.paragraphs[index] === paragraph) return list;
  const paragraphs = list.paragraphs.slice();
  paragraphs[index] = paragraph;
  return { ...list, paragraphs };
}

/**
 * A paragraph with each range of its plain text replaced. The replacement
 * takes the formatting of the leaf the range starts in; leaves left empty
 * go, neighbours of the same formatting join, and at least one leaf stays.
 * The same paragraph when its text would not change.
 */
function replaceInParagraph(paragraph: Paragraph, ranges: readonly Range[], replacement: string): Paragraph {
  const text = paragraphText(paragraph);
  if (ranges.every(({ start, end, replacement: own }) => text.slice(start, end) === (own ?? replacement))) return paragraph;
  const leaves: TextLeaf[] = [];
  let leafStart = 0;
  let next = 0; // the first range not yet wholly passed
  for (const leaf of paragraph.children) {
    const leafEnd = leafStart + leaf.text.length;
    let kept = '';
    let at = leafStart;
    while (next < ranges.length && ranges[next]!.start < leafEnd) {
      const { start, end } = ranges[next]!;
      // A range begun in an earlier leaf had its replacement put there.
      if (start >= leafStart) kept += leaf.text.slice(at - leafStart, start - leafStart) + (ranges[next]!.replacement ?? replacement);
      if (end > leafEnd) {
        at = leafEnd;
        break;
      }
      at = Math.max(at, end);
      next += 1;
    }
    kept += leaf.text.slice(at - leafStart);
    leafStart = leafEnd;
    if (kept === '') continue;
    const last = leaves[leaves.length - 1];
    if (last && (last.bold === true) === (leaf.bold === true)) leaves[leaves.length - 1] = { ...last, text: last.text + kept };
    else leaves.push({ ...leaf, text: kept });
  }
  if (leaves.length === 0) leaves.push({ ...paragraph.children[0]!, text: '' });
  return { ...paragraph, children: leaves };
}
