import type { IRunOptions } from 'docx';
import type { RunRole } from '../../shared/document/blocks';
import { FONT_OF_ROLE } from '../../shared/layout/role-fonts';
import type { DocumentStyle } from '../../shared/layout/style';

/**
 * All four font slots, always: the Chinese font for East Asian text, the
 * Latin font for digits and letters, and the eastAsia hint so that “ ” — …
 * are drawn in the Chinese font. Names only; no theme fonts, which would
 * override the names.
 */
export function fontAttributes(eastAsia: string, style: DocumentStyle) {
  return { eastAsia, ascii: style.latinFont, hAnsi: style.latinFont, hint: 'eastAsia' };
}

/**
 * The page number's font in every slot, digits included: GB/T 9704 7.5
 * asks for 4号半角宋体阿拉伯数字, so the digits must not fall to the Latin
 * font (Times New Roman) as body text's do.
 */
export function pageNumberFontAttributes(style: DocumentStyle) {
  const name = style.fonts.pageNumber.name;
  return { eastAsia: name, ascii: name, hAnsi: name, cs: name, hint: 'eastAsia' };
}

/** Run options for text of a role: font, size, bold, and the grid's character spacing. */
export function runFormat(role: RunRole, style: DocumentStyle, bold = false): IRunOptions {
  const size = role === 'title' ? style.sizes.title : style.sizes.body;
  return {
    font: fontAttributes(style.fonts[FONT_OF_ROLE[role]].name, style),
    size,
    ...(bold ? { bold: true } : {}),
    // 28 characters of 16 pt are wider than the 156 mm text block; the
    // spacing narrows each by a quarter point so a full line holds exactly 28.
    ...(role === 'title' ? {} : { characterSpacing: style.characterSpacing }),
  };
}
