import {
  AlignmentType,
  Document,
  DocumentGridType,
  PageOrientation,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';
import type { DocBlock, DocRun, Keeps } from '../../shared/document/blocks';
import { placeSignature } from '../../shared/document/signature';
import { characterWidth } from '../../shared/layout/page-geometry';
import type { DocumentStyle } from '../../shared/layout/style';
import { documentGrid } from './grid';
import { stylesXml, TITLE_STYLE_ID } from './package-parts';
import { SharedFormats } from './prepared-xml';
import { pageNumberFontAttributes, runFormat } from './run-format';

/**
 * Each paragraph states its line: 579 twips exact, the grid's pitch. (Widow
 * control and keep-with-next are off in the document defaults, see
 * package-parts.ts; keep-with-next comes back only where a block asks.)
 */
function lineSettings(style: DocumentStyle): IParagraphOptions {
  return { spacing: { line: style.page.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } };
}

function runs(list: readonly DocRun[], style: DocumentStyle, formats: SharedFormats): TextRun[] {
  return list.map((run) => formats.run(`${run.role}:${run.bold === true}`, run.text, () => runFormat(run.role, style, run.bold)));
}

/** w:keepNext and w:keepLines where the composed block asks for them (shared/document/pagination.ts). */
function keeps(block: Keeps): IParagraphOptions {
  return { ...(block.keepWithNext ? { keepNext: true } : {}), ...(block.keepTogether ? { keepLines: true } : {}) };
}

function bodyParagraph(list: readonly DocRun[], style: DocumentStyle, formats: SharedFormats, pagination: Keeps = {}): Paragraph {
  const indentChars = style.firstLineIndentChars;
  return formats.paragraph(
    `body:${pagination.keepWithNext === true}:${pagination.keepTogether === true}`,
    () => ({
      ...lineSettings(style),
      ...keeps(pagination),
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLineChars: indentChars * 100, firstLine: indentChars * style.sizes.body * 10 },
    }),
    runs(list, style, formats),
  );
}

export function centredLine(text: string, style: DocumentStyle): Paragraph {
  return new Paragraph({
    ...lineSettings(style),
    alignment: AlignmentType.CENTER,
    style: TITLE_STYLE_ID,
    children: [new TextRun({ text, ...runFormat('title', style) })],
  });
}

export function blankLine(style: DocumentStyle, pagination: Keeps = {}): Paragraph {
  return new Paragraph({ ...lineSettings(style), ...keeps(pagination), run: runFormat('body', style), children: [] });
}

function rightAligned(text: string, rightIndentChars: number, style: DocumentStyle, pagination: Keeps): Paragraph {
  return new Paragraph({
    ...lineSettings(style),
    ...keeps(pagination),
    alignment: AlignmentType.RIGHT,
    indent: { right: Math.round(rightIndentChars * characterWidth(style)) },
    children: [new TextRun({ text, ...runFormat('body', style) })],
  });
}

/** The paragraphs of the text block, in order. */
export function blockParagraphs(blocks: readonly DocBlock[], style: DocumentStyle): Paragraph[] {
  const formats = new SharedFormats();
  return blocks.flatMap((block): Paragraph[] => {
    switch (block.kind) {
      case 'title':
        return block.lines.map((line) => centredLine(line, style));
      case 'blank':
        return [blankLine(style, block)];
      case 'paragraph':
        return [bodyParagraph(block.runs, style, formats, block)];
      case 'signature': {
        const place = placeSignature(block.organisation, block.date, block.sealed, style.page.charactersPerLine);
        // Kept together, the signature's two paragraphs act as one: the
        // organisation (one line or a long name's two) keeps with the date.
        const together = block.keepTogether === true;
        const lines = [];
        if (block.organisation) {
          const withDate = together && block.date !== '';
          lines.push(
            rightAligned(block.organisation, place.organisationRightIndent, style, { keepWithNext: withDate, keepTogether: together }),
          );
        }
        if (block.date) lines.push(rightAligned(block.date, place.dateRightIndent, style, { keepTogether: together }));
        return lines;
      }
    }
  });
}

/**
 * The page number as GB/T 9704 7.5 writes it: `— N —` in 宋体 4号, odd pages
 * right-aligned one character in from the right, even pages left-aligned one
 * character in from the left.
 */
function pageNumberFooter(side: 'odd' | 'even', style: DocumentStyle): Footer {
  const size = style.sizes.pageNumber;
  const oneCharacter = size * 10;
  const format = { font: pageNumberFontAttributes(style), size, characterSpacing: 0 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneCharacter } : { left: oneCharacter },
        // An exact line of the number's own height, so its top sits where the footer distance puts it.
        spacing: { line: oneCharacter, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({ text: '— ', ...format }),
          new TextRun({ children: [PageNumber.CURRENT], ...format }),
          new TextRun({ text: ' —', ...format }),
        ],
      }),
    ],
  });
}

/**
 * The page, margins, grid and footers of a section. A landscape section (the
 * ledger) turns the page and drops the line grid, whose 579-twip lines would
 * stretch the table's single spacing.
 */
export function sectionProperties(
  style: DocumentStyle,
  orientation: 'portrait' | 'landscape' = 'portrait',
): Omit<ISectionOptions, 'children'> {
  const { page } = style;
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        size: landscape
          ? { width: page.width, height: page.height, orientation: PageOrientation.LANDSCAPE }
          : { width: page.width, height: page.height },
        margin: { ...page.margin, header: page.header, footer: page.footer, gutter: 0 },
      },
      grid: landscape ? { type: DocumentGridType.DEFAULT } : documentGrid(style),
    },
    footers: { default: pageNumberFooter('odd', style), even: pageNumberFooter('even', style) },
  };
}

/** The notice's own section: its blocks on the GB/T 9704 page. */
export function noticeSection(blocks: readonly DocBlock[], style: DocumentStyle): ISectionOptions {
  return { ...sectionProperties(style), children: blockParagraphs(blocks, style) };
}

/** Sections as a docx Document with the house styles, odd and even footers. */
export function buildDocument(sections: readonly ISectionOptions[], style: DocumentStyle, title: string): Document {
  return new Document({
    title,
    creator: '整改通报',
    evenAndOddHeaderAndFooters: true,
    externalStyles: stylesXml(style),
    sections,
  });
}
