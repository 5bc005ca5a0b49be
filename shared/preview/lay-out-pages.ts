import type { DocBlock } from '../document/blocks';
import { linesPerPage } from '../layout/page-geometry';
import type { DocumentStyle } from '../layout/style';
import { blockLines } from './block-lines';
import { fillPages } from './fill-pages';
import { layOutLedger, type LedgerInput } from './ledger-pages';
import type { PreviewPage } from './page-types';
import { NAMED_FONT_METRICS, type TextMetrics } from './text-metrics';

export type { LedgerInput } from './ledger-pages';

/**
 * The notice as the pages it prints on, from the same composed blocks the
 * .docx writer writes: portrait pages of 22 grid lines, lines broken as
 * LibreOffice, Word and WPS break them on the 28-character grid, pages
 * broken by the blocks' keeps; then, when given, the ledger on landscape
 * pages. `metrics` are those of the fonts the file names (Times New Roman
 * for digits and Latin letters); a machine without them draws other widths.
 */
export function layOutPages(
  blocks: readonly DocBlock[],
  style: DocumentStyle,
  ledger?: LedgerInput,
  metrics: TextMetrics = NAMED_FONT_METRICS,
): PreviewPage[] {
  const notice = fillPages(
    blocks.map((block, index) => blockLines(block, index, style, metrics)),
    linesPerPage(style),
  );
  return ledger ? [...notice, ...layOutLedger(ledger, style, metrics)] : notice;
}
