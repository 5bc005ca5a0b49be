import type { DocRun } from '../document/blocks';

/** One line of a page as the preview draws it. */
export interface PageLine {
  /** Index in the composed blocks of the block this line belongs to; -1 for lines that belong to no block (the ledger's 附件 and title). */
  block: number;
  /** The text of this line only, with roles/bold as in the block (empty for a blank line). */
  runs: DocRun[];
  /** justify: a full line of a justified paragraph (stretched to both edges); start: a paragraph's last line or a left-aligned one; center; end: right-aligned (signature). */
  align: 'justify' | 'start' | 'center' | 'end';
  /** Indent from the text block's left edge, twips (the 2-character first-line indent …). */
  left: number;
  /** Indent from the text block's right edge, twips (the signature's). */
  right: number;
  /** Font size of the line in half-points (title 44, body 32). */
  size: number;
  /** True when the line's last character is a closing mark hung into the right margin (LibreOffice, Word and WPS hang ，。、：；！？ rather than start a line with them). */
  hanging?: boolean;
}

/** A portrait page of the notice: at most 22 lines, each one grid pitch (579 twips) tall, top to bottom. */
export interface NoticePage {
  orientation: 'portrait';
  lines: PageLine[];
}

/** A column of the ledger table, twips wide. */
export interface LedgerColumnBox {
  header: string;
  width: number;
  centred: boolean;
}

/** A row of the ledger table on one page. */
export type LedgerPageRow =
  | { kind: 'group'; text: string }
  | {
      kind: 'item';
      itemId: string;
      /** The cells' text on this page, in column order (a split row's part only). */
      cells: string[];
      /** Estimated height, twips. */
      height: number;
      /** True when this is the rest of a row begun on the page before. */
      continued?: boolean;
    };

/**
 * A landscape page of the ledger. `heading` (附件, blank, title, blank) is on
 * the first ledger page only; the renderer repeats the header row (from
 * `columns`) on every ledger page.
 */
export interface LedgerPage {
  orientation: 'landscape';
  heading: PageLine[];
  columns: LedgerColumnBox[];
  rows: LedgerPageRow[];
}

/** A page of the preview; its page number is its index + 1. */
export type PreviewPage = NoticePage | LedgerPage;
