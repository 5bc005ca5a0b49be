import type { DocBlock, DocRun } from '../document/blocks';
import { placeSignature } from '../document/signature';
import { characterWidth, portraitTextWidth } from '../layout/page-geometry';
import type { DocumentStyle } from '../layout/style';
import { breakLines, type TextSetting } from './break-lines';
import type { PageLine } from './page-types';
import type { TextMetrics } from './text-metrics';

/** A block's lines and whether a page may break inside it or after it (shared/document/pagination.ts's keeps). */
export interface BlockLines {
  lines: PageLine[];
  /** keepTogether: no break between its lines. */
  together: boolean;
  /** keepWithNext: no break after its last line. */
  withNext: boolean;
}

/** Body text's setting: 16 pt with the grid's character spacing. */
export function bodySetting(style: DocumentStyle): TextSetting {
  return { size: style.sizes.body, spacing: style.characterSpacing };
}

/** A line of the text block, as the .docx writer sets it (build-document.ts). */
function line(block: number, runs: DocRun[], align: PageLine['align'], size: number, extra: Partial<PageLine> = {}): PageLine {
  return { block, runs, align, left: 0, right: 0, size, ...extra };
}

/** Title lines: centred, in the title's size, no character spacing; a line too long for the block wraps. */
export function centredLines(block: number, text: string, width: number, style: DocumentStyle, metrics: TextMetrics): PageLine[] {
  const setting = { size: style.sizes.title, spacing: 0 };
  return breakLines([{ text, role: 'title' }], setting, { first: width, rest: width }, metrics).map((broken) =>
    line(block, broken.runs, 'center', style.sizes.title),
  );
}

/** A justified body paragraph: the first line indented two characters, the last aligned to the start. */
function paragraphLines(block: number, runs: readonly DocRun[], width: number, style: DocumentStyle, metrics: TextMetrics): PageLine[] {
  const indent = style.firstLineIndentChars * style.sizes.body * 10;
  const broken = breakLines(runs, bodySetting(style), { first: width - indent, rest: width }, metrics);
  if (broken.length === 0) return [line(block, [], 'start', style.sizes.body, { left: indent })];
  return broken.map((b, i) =>
    line(block, b.runs, i === broken.length - 1 ? 'start' : 'justify', style.sizes.body, {
      left: i === 0 ? indent : 0,
      ...(b.hanging ? { hanging: true } : {}),
    }),
  );
}

/** A right-aligned line (or a long name's lines) with a right indent in characters. */
function rightAlignedLines(
  block: number,
  text: string,
  indentChars: number,
  width: number,
  style: DocumentStyle,
  metrics: TextMetrics,
): PageLine[] {
  const right = Math.round(indentChars * characterWidth(style));
  const available = width - right;
  return breakLines([{ text, role: 'body' }], bodySetting(style), { first: available, rest: available }, metrics).map((b) =>
    line(block, b.runs, 'end', style.sizes.body, { right }),
  );
}

/** The lines of one composed block on the portrait page. */
export function blockLines(block: DocBlock, index: number, style: DocumentStyle, metrics: TextMetrics): BlockLines {
  const width = portraitTextWidth(style);
  switch (block.kind) {
    case 'title':
      return { lines: block.lines.flatMap((text) => centredLines(index, text, width, style, metrics)), together: false, withNext: false };
    case 'blank':
      return { lines: [line(index, [], 'start', style.sizes.body)], together: false, withNext: block.keepWithNext === true };
    case 'paragraph':
      return {
        lines: paragraphLines(index, block.runs, width, style, metrics),
        together: block.keepTogether === true,
        withNext: block.keepWithNext === true,
      };
    case 'signature': {
      const place = placeSignature(block.organisation, block.date, block.sealed, style.page.charactersPerLine);
      const lines = [
        ...(block.organisation ? rightAlignedLines(index, block.organisation, place.organisationRightIndent, width, style, metrics) : []),
        ...(block.date ? rightAlignedLines(index, block.date, place.dateRightIndent, width, style, metrics) : []),
      ];
      return { lines, together: block.keepTogether === true, withNext: block.keepWithNext === true };
    }
  }
}
