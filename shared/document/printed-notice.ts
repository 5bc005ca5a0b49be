import type { Boilerplate } from '../layout/boilerplate';
import type { Layout } from '../layout/layout';
import type { DocumentStyle } from '../layout/style';
import { DEFAULT_LEDGER_SETTINGS, type LedgerColumn } from '../ledger/ledger-columns';
import { ledgerRows, type LedgerRow } from '../ledger/ledger-rows';
import type { Notice } from '../model/notice';
import type { DocBlock } from './blocks';
import { composeNotice } from './compose';
import { attachmentNote, ledgerTitle } from './generated-text';

/** What changes how a notice prints, beyond its own content and the style. */
export interface PrintOptions {
  /** House option: level-3 headings (1.) in bold; unset takes the style's. */
  heading3Bold?: boolean;
  /** Attach the rectification ledger as 附件 after the notice. */
  attachLedger?: boolean;
  /** The ledger's columns, in order (a setting). */
  ledgerColumns?: readonly LedgerColumn[];
}

/** The attached ledger: its rows, the setting's columns and its title. */
export interface PrintedLedger {
  rows: LedgerRow[];
  columns: readonly LedgerColumn[];
  title: string;
}

/** A notice as it prints: the composed blocks of the notice section and, when attached, the ledger. */
export interface PrintedNotice {
  blocks: DocBlock[];
  ledger?: PrintedLedger;
}

/**
 * A notice composed for print, the one way the .docx export and the paged
 * preview both take it: the attachment note under the body when the ledger
 * is attached, and the ledger's rows, columns and title.
 */
export function printedNotice(notice: Notice, layout: Layout, boilerplate: Boilerplate, style: DocumentStyle, options: PrintOptions = {}): PrintedNotice {
  const blocks = composeNotice(notice, layout, boilerplate, {
    heading3Bold: options.heading3Bold ?? style.heading3Bold,
    titleMaxCharactersPerLine: style.titleMaxCharactersPerLine,
    ...(options.attachLedger ? { attachmentNote: attachmentNote(notice.meta, boilerplate) } : {}),
  });
  if (!options.attachLedger) return { blocks };
  const columns = options.ledgerColumns ?? DEFAULT_LEDGER_SETTINGS.columns;
  return { blocks, ledger: { rows: ledgerRows(notice.checklist, layout), columns, title: ledgerTitle(notice.meta, boilerplate) } };
}
