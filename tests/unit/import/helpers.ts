import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { blockText, type DocBlock } from '../../../shared/document/blocks';
import { composeNotice } from '../../../shared/document/compose';
import { importNotice, type ImportResult } from '../../../shared/import/import-notice';
import { sourceFromText } from '../../../shared/import/source';
import type { ChecklistNode, Item, Notice } from '../../../shared/model/notice';

/** The project root (this file is tests/unit/import/helpers.ts). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The real notices, in the shared folder beside the project. */
export const SEEDS_DIR = path.resolve(ROOT, '..', 'shared', 'seeds');

export const templates = loadLayoutTemplates();
export const OPTIONS = { heading3Bold: false, titleMaxCharactersPerLine: templates.style.titleMaxCharactersPerLine };

/** Imports a text as the command line would, without a file. */
export function importText(text: string): ImportResult {
  return importNotice(sourceFromText(text), { layouts: templates.layouts, boilerplate: templates.boilerplate, options: OPTIONS });
}

/** The notice as printed in its own layout, paragraph by paragraph (signature's two lines apart). */
export function printedParagraphs(notice: Notice): string[] {
  const layout = templates.layouts.find((l) => l.id === notice.layoutId)!;
  const blocks: DocBlock[] = composeNotice(notice, layout, templates.boilerplate, OPTIONS);
  return blocks
    .flatMap((b) => (b.kind === 'signature' ? [b.organisation, b.date] : b.kind === 'title' ? b.lines : [blockText(b)]))
    .filter((t) => t !== '');
}

/** NFKC and no white space: how the issue compares texts. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * 2·LCS/(|a|+|b|) by the plain dynamic programme, O(|a|·|b|): slow but
 * obviously right, to check the importer's fast measure against.
 */
export function plainSimilarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = ca === b.charCodeAt(j - 1) ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return (2 * previous[b.length]!) / (a.length + b.length);
}

const CN = '[一二三四五六七八九十]+';
const ENUMERATOR = new RegExp(`^(?:第${CN}方面问题,?|第${CN}[,、]|${CN}、|\\(${CN}\\)|\\(\\d+\\)|\\d+[.、]|${CN}是)`, 'u');

/** A lead a layout may run into the next paragraph or set apart (具体整改落实情况如下：). */
const LEAD = /^(?:具体整改落实情况如下|整改情况|整改措施|整改落实情况):/u;

/**
 * The enumerator each paragraph opens with (after a lead such as 整改情况：,
 * which layouts run in or set apart), in order; paragraphs without one left out.
 */
export function numbering(paragraphs: readonly string[]): string[] {
  return paragraphs
    .map((p) => ENUMERATOR.exec(normalise(p).replace(LEAD, ''))?.[0].replace(/,$/u, '') ?? null)
    .filter((e): e is string => e !== null);
}

/** Every string of a value (texts of a notice), joined: for checks on the text alone. */
export function strings(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(strings).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(strings).join('\n');
  return '';
}

export function items(nodes: readonly ChecklistNode[]): Item[] {
  return nodes.flatMap((n) => (n.kind === 'item' ? [n] : items(n.children)));
}

/** For each top-level node: an item 0, a group its item count, or its sub-groups' item counts. */
export function shapeOf(nodes: readonly ChecklistNode[]): (number | number[])[] {
  return nodes.map((node) => {
    if (node.kind === 'item') return 0;
    const groups = node.children.filter((c) => c.kind === 'group');
    if (groups.length === 0) return node.children.length;
    return groups.map((g) => (g.kind === 'group' ? g.children.length : 0));
  });
}

/** A notice without what differs between two imports of the same text (ids, times). */
export function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key))
        .map(([key, v]) => [key, withoutIds(v)]),
    );
  }
  return value;
}
