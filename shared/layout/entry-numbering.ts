import type { Item, SubItem } from '../model/notice';
import type { Enumeration, ParagraphList } from '../model/rich-text';
import type { EntryFormat, Role } from './layout';
import { enumerator, formatNumber } from './number-format';

/**
 * How the lists inside one item or sub-item are numbered, so that siblings
 * count on in one sequence at every level: under 一、, the measures （一）（二）
 * are followed by the sub-items （三）（四）, never by a second （一）. One rule
 * for the export, the ledger and the editor's numbers.
 */

/** The heading level (GB/T 9704 7.3.3) an enumeration prints at; null for 一是 and 第一，, which open body sentences. */
export function enumerationLevel(enumeration: Enumeration): number | null {
  switch (enumeration) {
    case '（一）':
      return 2;
    case '1.':
      return 3;
    case '（1）':
      return 4;
    default:
      return null;
  }
}

const ENUMERATION_AT_LEVEL: Record<number, Enumeration> = { 2: '（一）', 3: '1.', 4: '（1）' };

/** The heading level of a role; null for body text. */
export function roleLevel(role: Role): number | null {
  const match = /^heading(\d)$/.exec(role);
  return match ? Number(match[1]) : null;
}

/**
 * The enumeration a list prints with under an entry at `parentLevel`. A list
 * never numbers at its entry's level or above it (1. under 1. would print
 * 1. twice in a row), so such a list moves one level down; below level 4 it
 * falls back to 一是, which is body text and fits at any depth.
 */
export function enumerationUnder(enumeration: Enumeration, parentLevel: number | null): Enumeration {
  const own = enumerationLevel(enumeration);
  if (own === null || parentLevel === null || own > parentLevel) return enumeration;
  return ENUMERATION_AT_LEVEL[parentLevel + 1] ?? '一是';
}

/** True when the paragraph prints (empty ones are left out of the document). */
export function hasText(paragraph: ParagraphList['paragraphs'][number]): boolean {
  return paragraph.children.some((leaf) => leaf.text.trim() !== '');
}

/**
 * How many enumerators a list prints: its non-empty, non-continued
 * paragraphs, or none when there are fewer than two (one measure is not 一是).
 */
export function printedEnumerators(list: ParagraphList): number {
  if (list.enumeration === 'none') return 0;
  const numbered = list.paragraphs.filter((p) => hasText(p) && !p.continued).length;
  return numbered >= 2 ? numbered : 0;
}

/** The enumeration a number pattern writes (（{cn}） writes （一）), or null when it writes none of them. */
function enumerationOfPattern(pattern: string): Enumeration | null {
  const first = formatNumber(pattern, 1);
  const forms: Enumeration[] = ['一是', '第一，', '（一）', '1.', '（1）'];
  return forms.find((e) => enumerator(e, 1) === first) ?? null;
}

/** A list as it prints inside an entry: its enumeration and the count its first enumerator follows. */
export interface PrintedList {
  enumeration: Enumeration;
  /** Enumerators before this list's first in the same sequence (0: it starts at 一). */
  start: number;
}

export interface EntryNumbering {
  measures: PrintedList;
  progress: PrintedList;
  /** Numbers taken before the first sub-item's (the measures' （一）（二） when sub-items are （三）…). */
  subItemStart: number;
}

/**
 * The numbering inside an entry: its measures, then its progress, then its
 * sub-items, counting on wherever they print at the same heading level.
 */
export function entryNumbering(entry: Item | SubItem, format: EntryFormat, subItemFormat?: EntryFormat): EntryNumbering {
  const level = roleLevel(format.role);
  const counts = new Map<Enumeration, number>();
  const place = (list: ParagraphList): PrintedList => {
    const enumeration = enumerationUnder(list.enumeration, level);
    // 一是 and 第一， restart in every list: each opens its own run of sentences.
    if (enumerationLevel(enumeration) === null) return { enumeration, start: 0 };
    const start = counts.get(enumeration) ?? 0;
    counts.set(enumeration, start + printedEnumerators({ ...list, enumeration }));
    return { enumeration, start };
  };
  const measures = place(entry.measures);
  const progress = place(entry.progress);
  const subEnumeration = subItemFormat ? enumerationOfPattern(subItemFormat.number) : null;
  const subItemStart = subEnumeration !== null && enumerationLevel(subEnumeration) !== null ? (counts.get(subEnumeration) ?? 0) : 0;
  return { measures, progress, subItemStart };
}

/** An item's numbering with its sub-items': each sub-item's label and the numbering inside it. */
export interface ItemNumbering {
  own: EntryNumbering;
  subItems: { label: string; numbering: EntryNumbering }[];
}

/** The numbering inside an item and its sub-items, given the formats they print with (see placeChecklist). */
export function itemNumbering(item: Item, format: EntryFormat, subFormat: EntryFormat): ItemNumbering {
  const own = entryNumbering(item, format, subFormat);
  return {
    own,
    subItems: item.subItems.map((sub, i) => ({
      label: formatNumber(subFormat.number, own.subItemStart + i + 1),
      numbering: entryNumbering(sub, subFormat),
    })),
  };
}
