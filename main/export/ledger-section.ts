import { AlignmentType, LineRuleType, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { DocumentStyle } from '../../shared/layout/style';
import type { LedgerColumn } from '../../shared/ledger/ledger-columns';
import type { LedgerRow } from '../../shared/ledger/ledger-rows';
import { blankLine, centredLine, sectionProperties } from './build-document';
import { ledgerTable } from './ledger-table';
import { runFormat } from './run-format';

/** `附件` in 黑体 三号, flush left on the attachment's first line (GB/T 9704 7.3.7). */
function attachmentLabel(style: DocumentStyle): Paragraph {
  return new Paragraph({
    spacing: { line: style.page.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    alignment: AlignmentType.LEFT,
    children: [new TextRun({ text: '附件', ...runFormat('heading1', style) })],
  });
}

/**
 * The ledger on landscape pages: as an attachment (附件, then its title two
 * lines below) or on its own (the title first), then the table.
 */
export function ledgerSection(
  rows: readonly LedgerRow[],
  columns: readonly LedgerColumn[],
  title: string,
  style: DocumentStyle,
  asAttachment: boolean,
): ISectionOptions {
  const heading = asAttachment ? [attachmentLabel(style), blankLine(style)] : [];
  return {
    ...sectionProperties(style, 'landscape'),
    children: [...heading, centredLine(title, style), blankLine(style), ledgerTable(rows, columns, style)],
  };
}
