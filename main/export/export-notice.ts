import type { ISectionOptions } from 'docx';
import { composePrinted, type PrintOptions } from '../../shared/document/compose-printed';
import type { DocumentStyle } from '../../shared/layout/style';
import type { Notice } from '../../shared/model/notice';
import { sanitizeText } from '../../shared/text/sanitize';
import { findLayout, type LayoutTemplates } from '../layout-templates/load-layout-templates';
import { buildDocument, noticeSection } from './build-document';
import { packDocx } from './docx-package';
import { ledgerSection } from './ledger-section';
import { packageOverrides } from './package-parts';
import { standaloneLedger } from './standalone-ledger';
import { writeFileAtomic } from './write-file-atomic';

/** How a notice is exported: the user's settings and the 附带台账 choice (shared/document/compose-printed.ts). */
export type ExportOptions = PrintOptions;

/**
 * The package; the title goes into docProps/core.xml, where the docx library lets U+FFFE and lone surrogates through.
 * `sections` makes the sections afresh at each call: packing consumes a document, and docx-package.ts may need a second.
 */
async function pack(sections: () => ISectionOptions[], style: DocumentStyle, title: string): Promise<Uint8Array> {
  let first: ISectionOptions[] | null = sections();
  // Beyond the sections' children, a document is made of its style and how many sections it has.
  const key = `${first.length}:${JSON.stringify(style)}`;
  const make = () => {
    const made = first ?? sections();
    first = null;
    return buildDocument(made, style, sanitizeText(title));
  };
  return packDocx(make, key, packageOverrides(style));
}

/** A notice as the bytes of a .docx laid out to GB/T 9704-2012, with the ledger attached if asked. */
export async function exportNoticeDocx(notice: Notice, templates: LayoutTemplates, options: ExportOptions = {}): Promise<Uint8Array> {
  const printed = composePrinted(notice, findLayout(templates, notice.layoutId), templates, options);
  const { style, ledger } = printed;
  const sections = () => [
    noticeSection(printed.blocks, style),
    ...(ledger ? [ledgerSection(ledger.rows, ledger.columns, ledger.title, style, true)] : []),
  ];
  return pack(sections, style, printed.title);
}

/** The rectification ledger (整改台账) alone, as a landscape .docx. */
export async function exportLedgerDocx(notice: Notice, templates: LayoutTemplates, options: ExportOptions = {}): Promise<Uint8Array> {
  const { title, rows, columns, style } = standaloneLedger(notice, templates, options);
  return pack(() => [ledgerSection(rows, columns, title, style, false)], style, title);
}

/** Exports a notice to a .docx file, written whole or not at all. */
export async function exportNoticeToFile(
  notice: Notice,
  target: string,
  templates: LayoutTemplates,
  options: ExportOptions = {},
): Promise<void> {
  writeFileAtomic(target, await exportNoticeDocx(notice, templates, options));
}

/** Exports a notice's ledger to a .docx file, written whole or not at all. */
export async function exportLedgerToFile(
  notice: Notice,
  target: string,
  templates: LayoutTemplates,
  options: ExportOptions = {},
): Promise<void> {
  writeFileAtomic(target, await exportLedgerDocx(notice, templates, options));
}
