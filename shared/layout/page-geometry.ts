import type { DocumentStyle } from './style';

/**
 * Lengths of the page that the .docx writer and the paged preview both lay
 * out by, in twips: one rule each, so the two cannot drift apart.
 */

/** Width of one character of body text: the font size less the grid's narrowing (16 pt: 320 − 5 = 315; 28 fill the 8844-twip line). */
export function characterWidth(style: DocumentStyle): number {
  return style.sizes.body * 10 + style.characterSpacing;
}

/** The width of the text block on a portrait page. */
export function portraitTextWidth(style: DocumentStyle): number {
  return style.page.width - style.page.margin.left - style.page.margin.right;
}

/** The width of the text block on a landscape page (the ledger's). */
export function landscapeTextWidth(style: DocumentStyle): number {
  return style.page.height - style.page.margin.left - style.page.margin.right;
}

/** The height of the text block on a landscape page. */
export function landscapeTextHeight(style: DocumentStyle): number {
  return style.page.width - style.page.margin.top - style.page.margin.bottom;
}

/** Grid lines on a portrait page: 22 of 579 twips in the 12756-twip block. */
export function linesPerPage(style: DocumentStyle): number {
  const height = style.page.height - style.page.margin.top - style.page.margin.bottom;
  return Math.floor(height / style.page.linePitch);
}
