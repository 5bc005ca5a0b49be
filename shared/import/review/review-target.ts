import type { NoticeParts } from '../../model/notice';

/** A narrative part of the notice: 一 organisation, 二 checklist (its paragraphs before the items), 三 next steps. */
export type NarrativePart = keyof NoticeParts;
export const NARRATIVE_PARTS: readonly NarrativePart[] = ['organisation', 'checklist', 'nextSteps'];

/** What an item holds in document order: its problem, then its measures, then its progress. */
export type EntryField = 'problem' | 'measures' | 'progress';

/**
 * What the review can select and correct: a checklist node, a paragraph of
 * a narrative part, or a paragraph of an item (its problem counts as one).
 * Paragraphs have no ids, so they are addressed by place; every operation
 * answers with the address of what it made, so the selection follows.
 */
export type ReviewTarget =
  | { kind: 'node'; id: string }
  | { kind: 'narrative'; part: NarrativePart; index: number }
  | { kind: 'paragraph'; itemId: string; field: EntryField; index: number };

/** A string naming a target, for React keys and maps. */
export function targetKey(target: ReviewTarget): string {
  switch (target.kind) {
    case 'node':
      return target.id;
    case 'narrative':
      return `narrative:${target.part}:${target.index}`;
    case 'paragraph':
      return `paragraph:${target.itemId}:${target.field}:${target.index}`;
  }
}

/** The key of a part's heading, which the source map also places (it bounds the paragraphs around it). */
export function headingKey(part: NarrativePart): string {
  return `heading:${part}`;
}

/** The target a key names (the source map's owners are nodes and narrative paragraphs). */
export function targetFromKey(key: string): ReviewTarget | null {
  const [kind, ...rest] = key.split(':');
  if (kind === 'heading') return null;
  if (kind === 'narrative') {
    const [part, index] = rest;
    return NARRATIVE_PARTS.includes(part as NarrativePart)
      ? { kind: 'narrative', part: part as NarrativePart, index: Number(index) }
      : null;
  }
  if (kind === 'paragraph') {
    const [itemId, field, index] = rest;
    return { kind: 'paragraph', itemId: itemId!, field: field as EntryField, index: Number(index) };
  }
  return { kind: 'node', id: key };
}
