import { Packer } from 'docx';
import { composeNotice } from '../../shared/document/compose';
import { noticeTitle } from '../../shared/document/generated-text';
import { withFonts, type FontSettings } from '../../shared/layout/style';
import type { Notice } from '../../shared/model/notice';
import { findLayout, type Templates } from '../templates/load-templates';
import { buildDocument } from './build-document';
import { packageOverrides } from './package-parts';
import { writeFileAtomic } from './write-file-atomic';

export interface ExportOptions {
  /** The user's font names; unset slots keep templates/style.json's. */
  fonts?: FontSettings;
  /** House option: level-3 headings (1.) in bold. */
  heading3Bold?: boolean;
}

/** A notice as the bytes of a .docx laid out to GB/T 9704-2012. */
export async function exportNoticeDocx(notice: Notice, templates: Templates, options: ExportOptions = {}): Promise<Uint8Array> {
  const style = withFonts(templates.style, options.fonts);
  const layout = findLayout(templates, notice.layoutId);
  const blocks = composeNotice(notice, layout, templates.boilerplate, {
    heading3Bold: options.heading3Bold ?? style.heading3Bold,
    titleMaxCharactersPerLine: style.titleMaxCharactersPerLine,
  });
  const title = noticeTitle(notice.meta, templates.boilerplate).replace(/\s+/g, '');
  const packed = await Packer.toArrayBuffer(buildDocument(blocks, style, title), false, packageOverrides(style));
  return new Uint8Array(packed);
}

/** Exports a notice to a .docx file, written whole or not at all. */
export async function exportNoticeToFile(
  notice: Notice,
  target: string,
  templates: Templates,
  options: ExportOptions = {},
): Promise<void> {
  const bytes = await exportNoticeDocx(notice, templates, options);
  writeFileAtomic(target, bytes);
}
