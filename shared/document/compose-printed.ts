import type { Boilerplate } from '../layout/boilerplate';
import type { Layout } from '../layout/layout';
import { withFonts, type DocumentStyle, type FontSettings } from '../layout/style';
import { DEFAULT_LEDGER_SETTINGS, type LedgerColumn, type LedgerSettings } from '../ledger/ledger-columns';
import type { ExportSettings, TrackingSettings } from '../model/settings';
import { ledgerRows, type LedgerContext, type LedgerRow } from '../ledger/ledger-rows';
import type { ItemStatus, Notice } from '../model/notice';
import type { IsoDate } from '../text/dates';
import { localIsoDate } from '../tracking/deadlines';
import type { DocBlock } from './blocks';
import { composeNotice } from './compose';
import { attachmentNote, ledgerTitle, noticeTitle } from './generated-text';

/** How a notice prints: the user's export settings and the 附带台账 choice. */
export interface PrintOptions {
  /** The user's font names; unset slots keep templates/style.json's. */
  fonts?: FontSettings;
  /** House option: level-3 headings (1.) in bold. */
  heading3Bold?: boolean;
  /** Attach the rectification ledger as 附件 after the notice. */
  attachLedger?: boolean;
  /** The ledger's columns, in order (a setting). */
  ledgerColumns?: readonly LedgerColumn[];
  /** What the office calls each status (a setting). */
  statusLabels?: Record<ItemStatus, string>;
  dueSoonDays?: number;
  /** The day the ledger's 剩余天数 counts from; unset: today on this machine's calendar. */
  today?: IsoDate;
}

/**
 * The print options the settings give: the export's fonts and house options
 * and the ledger's columns. The app's export, the command line and the
 * preview all read the settings through this.
 */
export function printOptions(
  settings: { export?: ExportSettings; ledger?: LedgerSettings; tracking?: TrackingSettings },
  attachLedger = false,
): PrintOptions {
  return {
    ...(settings.export ? { fonts: settings.export.fonts, heading3Bold: settings.export.heading3Bold } : {}),
    ...(settings.ledger ? { ledgerColumns: settings.ledger.columns } : {}),
    ...(settings.tracking ? { statusLabels: settings.tracking.statusLabels, dueSoonDays: settings.tracking.dueSoonDays } : {}),
    attachLedger,
  };
}

/** What a notice's ledger cells are made with under these options: one place for the .docx, the .xlsx and the preview. */
export function ledgerContext(notice: Notice, options: PrintOptions): LedgerContext {
  return {
    ...(options.statusLabels ? { statusLabels: options.statusLabels } : {}),
    ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}),
    today: options.today ?? localIsoDate(new Date()),
    feedbackDate: notice.meta.feedbackDate,
  };
}

/** The ledger as it is attached: its rows in tree order, the columns the settings name, its title. */
export interface PrintedLedger {
  rows: LedgerRow[];
  columns: readonly LedgerColumn[];
  title: string;
}

/** Everything a printed notice is drawn from, whichever renderer draws it (the .docx writer, the paged preview). */
export interface PrintedNotice {
  style: DocumentStyle;
  blocks: DocBlock[];
  /** The attached ledger; null when it is not attached. */
  ledger: PrintedLedger | null;
  /** The title on one line, for the file's properties. */
  title: string;
}

/**
 * A notice composed for print with the user's settings: the one place that
 * turns settings into composer options, so the export and the preview can
 * never compose the same notice two ways.
 */
export function composePrinted(
  notice: Notice,
  layout: Layout,
  templates: { boilerplate: Boilerplate; style: DocumentStyle },
  options: PrintOptions = {},
): PrintedNotice {
  const { boilerplate } = templates;
  const style = withFonts(templates.style, options.fonts);
  const blocks = composeNotice(notice, layout, boilerplate, {
    heading3Bold: options.heading3Bold ?? style.heading3Bold,
    titleMaxCharactersPerLine: style.titleMaxCharactersPerLine,
    ...(options.attachLedger ? { attachmentNote: attachmentNote(notice.meta, boilerplate) } : {}),
  });
  const ledger = options.attachLedger
    ? {
        rows: ledgerRows(notice.checklist, layout, ledgerContext(notice, options)),
        columns: options.ledgerColumns ?? DEFAULT_LEDGER_SETTINGS.columns,
        title: ledgerTitle(notice.meta, boilerplate),
      }
    : null;
  return { style, blocks, ledger, title: noticeTitle(notice.meta, boilerplate).replace(/\s+/g, '') };
}
