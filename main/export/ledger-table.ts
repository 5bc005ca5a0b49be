import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { DocumentStyle } from '../../shared/layout/style';
import { LEDGER_COLUMN_HEADERS, LEDGER_COLUMN_WEIGHTS, type LedgerColumn } from '../../shared/ledger/ledger-columns';
import type { LedgerRow } from '../../shared/ledger/ledger-rows';
import { LEDGER_STYLE_ID } from './package-parts';
import { fontAttributes } from './run-format';

/** Table text: 仿宋 小四 (12 pt), single spacing, off the 579-twip grid (FORMAT.md, attachment). */
function cellParagraphs(text: string, style: DocumentStyle, options: { bold?: boolean; centred?: boolean } = {}): Paragraph[] {
  const size = style.sizes.table;
  const lines = text === '' ? [''] : text.split('\n');
  return lines.map(
    (line) =>
      new Paragraph({
        style: LEDGER_STYLE_ID,
        alignment: options.centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          new TextRun({
            text: line,
            font: fontAttributes(style.fonts.table.name, style),
            size,
            characterSpacing: 0,
            ...(options.bold ? { bold: true } : {}),
          }),
        ],
      }),
  );
}

/** Column widths in twips, sharing the text block's width by weight. */
export function columnWidths(columns: readonly LedgerColumn[], width: number): number[] {
  const total = columns.reduce((sum, c) => sum + LEDGER_COLUMN_WEIGHTS[c], 0);
  const widths = columns.map((c) => Math.floor((LEDGER_COLUMN_WEIGHTS[c] / total) * width));
  widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const CENTRED: ReadonlySet<LedgerColumn> = new Set(['number', 'leader', 'deadline', 'completion']);

/**
 * The ledger as a table: a header row repeated on every page, a spanning row
 * per group, a row per item. Rows may break across pages (a long progress
 * cell must not push a whole row over).
 */
export function ledgerTable(rows: readonly LedgerRow[], columns: readonly LedgerColumn[], width: number, style: DocumentStyle): Table {
  const widths = columnWidths(columns, width);
  const cell = (paragraphs: Paragraph[], columnWidth: number, span = 1) =>
    new TableCell({
      children: paragraphs,
      width: { size: columnWidth, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 57, right: 57, top: 28, bottom: 28 },
      ...(span > 1 ? { columnSpan: span } : {}),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(cellParagraphs(LEDGER_COLUMN_HEADERS[c], style, { bold: true, centred: true }), widths[i]!)),
  });
  const body = rows.map((row) =>
    row.kind === 'group'
      ? new TableRow({ cantSplit: true, children: [cell(cellParagraphs(row.text, style, { bold: true }), width, columns.length)] })
      : new TableRow({
          children: columns.map((c, i) => cell(cellParagraphs(row.cells[c], style, { centred: CENTRED.has(c) }), widths[i]!)),
        }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}
