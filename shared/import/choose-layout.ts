import { blockText } from '../document/blocks';
import { composeNotice, type ComposeOptions } from '../document/compose';
import { withSuffix } from '../document/group-heading';
import type { Boilerplate } from '../layout/boilerplate';
import type { Layout } from '../layout/layout';
import type { ChecklistNode, Notice } from '../model/notice';
import { textSimilarity } from './similarity';

/** How well one layout prints the imported notice back. */
export interface LayoutFit {
  layoutId: string;
  name: string;
  /** Similarity of the composed text to the source's, 0 … 1. */
  similarity: number;
}

/** Text as the comparison sees it: NFKC (half- and full-width alike) and no white space. */
export function comparableText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** The notice's text as printed in a layout, for comparison. */
export function composedText(notice: Notice, layout: Layout, boilerplate: Boilerplate, options: ComposeOptions): string {
  const blocks = composeNotice({ ...notice, layoutId: layout.id }, layout, boilerplate, options);
  return comparableText(blocks.map(blockText).join(''));
}

/**
 * Every layout's fit, best first: the notice as it would be in each layout
 * (`inLayout`: with the source's own wording kept where that layout words
 * it otherwise) is composed and its text compared with the source's. Kept
 * wording is compared too, or a layout whose own lead happens to be nearer
 * the source's would win over one that numbers the items as the source
 * does. Ties keep the order of `layouts`.
 */
export function rankLayouts(
  inLayout: (layout: Layout) => Notice,
  sourceText: string,
  layouts: readonly Layout[],
  boilerplate: Boilerplate,
  options: ComposeOptions,
): LayoutFit[] {
  const source = comparableText(sourceText);
  return layouts
    .map((layout, order) => ({
      order,
      fit: {
        layoutId: layout.id,
        name: layout.name,
        similarity: textSimilarity(composedText(inLayout(layout), layout, boilerplate, options), source),
      },
    }))
    .sort((x, y) => y.fit.similarity - x.fit.similarity || x.order - y.order)
    .map((x) => x.fit);
}

/**
 * Group titles stored so that each prints back exactly as written in this
 * layout: without the suffix the layout appends itself (…方面, 。) where it
 * would append it, as written where it appends none (…方面的问题, …情况).
 */
export function fitTitles(nodes: readonly ChecklistNode[], layout: Layout, depth = 0): ChecklistNode[] {
  return nodes.map((node) => {
    if (node.kind === 'item') return node;
    const level = layout.groups.levels[Math.min(depth, layout.groups.levels.length - 1)]!;
    const suffix = level.suffix;
    const stripped =
      suffix !== '' && node.title.endsWith(suffix) && node.title.length > suffix.length ? node.title.slice(0, -suffix.length) : null;
    const title = stripped !== null && withSuffix(stripped, suffix) === node.title ? stripped : node.title;
    return { ...node, title, children: fitTitles(node.children, layout, depth + 1) };
  });
}
