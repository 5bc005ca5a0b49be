import type { ChecklistNode, Notice } from '../../model/notice';
import { paragraphText } from '../../model/rich-text';
import { headingKey, NARRATIVE_PARTS, targetKey, type ReviewTarget } from './review-target';

/** A line of the file as the review shows it: its number, its cleaned text, whether it was dropped as page furniture. */
export interface ReviewSourceLine {
  line: number;
  text: string;
  dropped: boolean;
  /** The part of a kept line that was dropped (the furniture run into a title's line). */
  droppedPart?: string;
}

/** The lines a target was read from, both ends included (source line numbers). */
export interface LineRange {
  first: number;
  last: number;
}

export interface SourceMap {
  /** By targetKey (nodes, narrative paragraphs, items' paragraphs) and headingKey. */
  ranges: ReadonlyMap<string, LineRange>;
  /** The node or narrative paragraph a line belongs to, by key; null for a line outside them all (title, opening, closing, furniture). */
  ownerOf(line: number): string | null;
}

/** How long a prefix of a text is looked for in the lines: long enough to be unique, short enough to survive a line broken in two. */
const KEY_LENGTH = 16;
/** Texts shorter than this (once stripped) could be found anywhere: they are not looked for. */
const MIN_KEY_LENGTH = 2;
/**
 * How far past the cursor a text is looked for. The texts come in the
 * source's order, so the next one is near; a text not found is not looked
 * for through the whole rest of a long document, which would make the map
 * quadratic in it.
 */
const SEARCH_AHEAD = 400;

/**
 * Where each part of the notice came from in the source, found from the
 * texts alone, so it does not depend on how the importer recognised them:
 * the texts in document order (headings, paragraphs, group titles, each
 * item's problem, measures and progress) are looked for with a cursor that
 * only moves forward, each as the start of its normalised text inside a
 * normalised line (a head's wording around a problem, 针对“…”问题，制定整改措施如下：,
 * does not matter). A text runs on to the line before the next text found,
 * so lines no text starts on (a lead of its own, a paragraph broken in two)
 * go with the text above them. A text not found is left out and the cursor
 * stays, so one miss does not shift the rest.
 */
export function mapSource(notice: Notice, lines: readonly ReviewSourceLine[]): SourceMap {
  const texts = documentTexts(notice);
  const kept = lines.filter((l) => !l.dropped);
  const haystack = kept.map((l) => comparable(l.text));
  const found: { own: string; owner: string; line: number }[] = [];
  let cursor = 0;
  for (const text of texts) {
    const key = comparable(stripEnumerator(text.text)).slice(0, KEY_LENGTH);
    if (key.length < MIN_KEY_LENGTH) continue;
    for (let i = cursor, end = Math.min(haystack.length, cursor + SEARCH_AHEAD); i < end; i++) {
      if (haystack[i]!.includes(key)) {
        found.push({ own: text.own, owner: text.owner, line: kept[i]!.line });
        cursor = i;
        break;
      }
    }
  }

  const ranges = new Map<string, LineRange>();
  const widen = (key: string, first: number, last: number) => {
    const range = ranges.get(key);
    ranges.set(key, range ? { first: Math.min(range.first, first), last: Math.max(range.last, last) } : { first, last });
  };
  const owners: { owner: string; range: LineRange }[] = [];
  found.forEach((text, i) => {
    const next = found[i + 1];
    // The next text on the same line: this one ends there too.
    const last = next && next.line > text.line ? lineBefore(kept, next.line) : text.line;
    widen(text.own, text.line, last);
    widen(text.owner, text.line, last);
  });
  for (const [key, range] of ranges) if (!key.startsWith('paragraph:')) owners.push({ owner: key, range });

  return {
    ranges,
    ownerOf(line) {
      // The narrowest holder: a group's own lines are its title's, so a line is its children's first.
      let best: { owner: string; range: LineRange } | null = null;
      for (const o of owners) {
        if (line < o.range.first || line > o.range.last || o.owner.startsWith('heading:')) continue;
        if (!best || o.range.last - o.range.first < best.range.last - best.range.first) best = o;
      }
      return best?.owner ?? null;
    },
  };
}

/** The last kept line before a line number (a dropped line between two texts belongs to neither). */
function lineBefore(kept: readonly ReviewSourceLine[], line: number): number {
  let before = kept[0]!.line;
  for (const l of kept) {
    if (l.line >= line) break;
    before = l.line;
  }
  return before;
}

interface PlacedText {
  text: string;
  /** The finest target the text is (a paragraph of an item, a narrative paragraph, a node). */
  own: string;
  /** The node or narrative paragraph it belongs to. */
  owner: string;
}

/** Every text of the notice's body in the order it prints. */
export function documentTexts(notice: Notice): PlacedText[] {
  const out: PlacedText[] = [];
  const narrative = (part: (typeof NARRATIVE_PARTS)[number]) => {
    const heading = headingKey(part);
    out.push({ text: notice.parts[part].heading, own: heading, owner: heading });
    notice.parts[part].body.paragraphs.forEach((p, index) => {
      const key = targetKey({ kind: 'narrative', part, index });
      out.push({ text: paragraphText(p), own: key, owner: key });
    });
  };
  const node = (n: ChecklistNode) => {
    if (n.kind === 'group') {
      out.push({ text: n.title, own: n.id, owner: n.id });
      n.children.forEach(node);
      return;
    }
    const paragraph = (field: 'problem' | 'measures' | 'progress', index: number): string =>
      targetKey({ kind: 'paragraph', itemId: n.id, field, index } satisfies ReviewTarget);
    out.push({ text: n.problem, own: paragraph('problem', 0), owner: n.id });
    n.measures.paragraphs.forEach((p, i) => out.push({ text: paragraphText(p), own: paragraph('measures', i), owner: n.id }));
    n.progress.paragraphs.forEach((p, i) => out.push({ text: paragraphText(p), own: paragraph('progress', i), owner: n.id }));
    // Sub-items are shown with their item and selected with it.
    for (const sub of n.subItems) {
      for (const text of [sub.problem, ...sub.measures.paragraphs.map(paragraphText), ...sub.progress.paragraphs.map(paragraphText)]) {
        out.push({ text, own: n.id, owner: n.id });
      }
    }
  };
  narrative('organisation');
  narrative('checklist');
  notice.checklist.forEach(node);
  narrative('nextSteps');
  return out;
}

/**
 * A text reduced to what any way of writing it shares: compatibility forms
 * folded (NFKC: full-width and half-width alike), no spaces, no punctuation
 * or symbols (quotes, brackets, the dot or comma after a number).
 */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
}

const CHINESE_NUMBER = '[一二三四五六七八九十百零〇]+';
/** Enumerators and the leads layouts print themselves, which a text may carry and its line may not (or the other way round). */
const ENUMERATOR = new RegExp(
  `^\\s*(?:第${CHINESE_NUMBER}(?:方面问题)?[，,、.．]?|${CHINESE_NUMBER}(?:是|[、.．,，])|[（(](?:${CHINESE_NUMBER}|\\d+)[)）]|\\d+[.．、,，]|[\\u2460-\\u2473])\\s*`,
  'u',
);
const LEAD = /^(?:具体整改落实情况如下|整改落实情况|整改进展情况|整改情况|整改措施|整改进展|落实情况|反馈问题|存在问题|问题)[：:]/u;

export function stripEnumerator(text: string): string {
  const normalised = text.normalize('NFKC').trim();
  return normalised.replace(ENUMERATOR, '').replace(LEAD, '');
}
