import { landscapeTextWidth, portraitTextWidth } from '../../../../shared/layout/page-geometry';
import type { DocumentStyle } from '../../../../shared/layout/style';

/** CSS pixels per twip: 96 px to the inch, 1,440 twips to the inch. */
export const PX_PER_TWIP = 96 / 1440;

export const px = (twips: number): number => twips * PX_PER_TWIP;

/** The sheet and its text block, in twips, as the section properties of the export set them. */
export interface SheetBox {
  width: number;
  height: number;
  top: number;
  left: number;
  /** Width of the text block. */
  textWidth: number;
  /** Where the page number's line starts, from the top of the sheet. */
  footerTop: number;
}

/**
 * The notice's pages are portrait A4; the attached ledger's are the same
 * sheet turned, with the same margins (build-document.ts sectionProperties).
 */
export function sheetBox(style: DocumentStyle, orientation: 'portrait' | 'landscape'): SheetBox {
  const { page } = style;
  const landscape = orientation === 'landscape';
  const width = landscape ? page.height : page.width;
  const height = landscape ? page.width : page.height;
  // The footer's line is the number's own height, its bottom the footer distance above the sheet's edge.
  const numberLine = style.sizes.pageNumber * 10;
  return {
    width,
    height,
    top: page.margin.top,
    left: page.margin.left,
    textWidth: landscape ? landscapeTextWidth(style) : portraitTextWidth(style),
    footerTop: height - page.footer - numberLine,
  };
}
