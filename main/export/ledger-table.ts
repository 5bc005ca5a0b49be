import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { DocumentStyle } from '../../shared/layout/style';
import { ledgerColumnHeader, type LedgerColumn } from '../../shared/ledger/ledger-columns';
import type { LedgerRow } from '../../shared/ledger/ledger-rows';
import { CELL_MARGINS, CENTRED_COLUMNS, ledgerTableLayout } from '../../shared/ledger/ledger-table-layout';
import { sanitizeText } from '../../shared/text/sanitize';
import { LEDGER_STYLE_ID } from './package-parts';
import { SharedFormats } from './prepared-xml';
import { fontAttributes } from './run-format';

/**
 * Table text: 仿宋 小四 (12 pt), single spacing, off the 579-twip grid
 * (FORMAT.md, attachment). One paragraph per line of the cell's text; each
 * line is cleaned on its own, as cleaning turns line breaks into spaces.
 */
function cellParagraphs(
  text: string,
  style: DocumentStyle,
  formats: SharedFormats,
  options: { bold?: boolean; centred?: boolean } = {},
): Paragraph[] {
  const size = style.sizes.table;
  const lines = text === '' ? [''] : text.split('\n');
  return lines.map(
    (line) =>
      new Paragraph({
        style: LEDGER_STYLE_ID,
        alignment: options.centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          formats.run(`cell:${options.bold === true}`, sanitizeText(line), () => ({
            font: fontAttributes(style.fonts.table.name, style),
            size,
            characterSpacing: 0,
            ...(options.bold ? { bold: true } : {}),
          })),
        ],
      }),
  );
}

/**
 * The ledger as a table: a header row repeated on every page, a spanning row
 * per group, a row per item. Columns empty in every row are left out and the
 * widths follow the content; they are written both as the grid and on every
 * cell, as WPS lays a table out by its cells' widths. Rows may break across
 * pages (a long progress cell must not push a whole row over).
 */
export function ledgerTable(rows: readonly LedgerRow[], settingColumns: readonly LedgerColumn[], style: DocumentStyle): Table {
  const { columns, widths, width } = ledgerTableLayout(rows, settingColumns, style);
  const formats = new SharedFormats();
  const cell = (paragraphs: Paragraph[], columnWidth: number, span = 1) =>
    new TableCell({
      children: paragraphs,
      width: { size: columnWidth, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { ...CELL_MARGINS },
      ...(span > 1 ? { columnSpan: span } : {}),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) =>
      cell(cellParagraphs(ledgerColumnHeader(c, columns), style, formats, { bold: true, centred: true }), widths[i]!),
    ),
  });
  const body = rows.map((row) =>
    row.kind === 'group'
      ? new TableRow({ cantSplit: true, children: [cell(cellParagraphs(row.text, style, formats, { bold: true }), width, columns.length)] })
      : new TableRow({
          children: columns.map((c, i) =>
            cell(cellParagraphs(row.cells[c], style, formats, { centred: CENTRED_COLUMNS.has(c) }), widths[i]!),
          ),
        }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}
