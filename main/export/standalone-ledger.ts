import { ledgerContext, type PrintOptions } from '../../shared/document/compose-printed';
import { ledgerTitle } from '../../shared/document/generated-text';
import { withFonts, type DocumentStyle } from '../../shared/layout/style';
import { DEFAULT_LEDGER_SETTINGS, type LedgerColumn } from '../../shared/ledger/ledger-columns';
import { ledgerRows, type LedgerRow } from '../../shared/ledger/ledger-rows';
import type { Notice } from '../../shared/model/notice';
import { sanitizeText } from '../../shared/text/sanitize';
import { findLayout, type LayoutTemplates } from '../layout-templates/load-layout-templates';

/** The ledger exported on its own, whatever the file format: its title line, its rows, the setting's columns, the style. */
export interface StandaloneLedger {
  title: string;
  rows: LedgerRow[];
  columns: readonly LedgerColumn[];
  style: DocumentStyle;
}

/**
 * What the .docx and the .xlsx ledger are both written from, so the two
 * files of one notice can never differ in a title, a row or a column.
 */
export function standaloneLedger(notice: Notice, templates: LayoutTemplates, options: PrintOptions = {}): StandaloneLedger {
  const style = withFonts(templates.style, options.fonts);
  const layout = findLayout(templates, notice.layoutId);
  // The title line is composed here, not by the composer, so it is cleaned here.
  const title = sanitizeText(`${notice.meta.issuer}${ledgerTitle(notice.meta, templates.boilerplate)}`);
  return {
    title,
    rows: ledgerRows(notice.checklist, layout, ledgerContext(notice, options)),
    columns: options.ledgerColumns ?? DEFAULT_LEDGER_SETTINGS.columns,
    style,
  };
}
