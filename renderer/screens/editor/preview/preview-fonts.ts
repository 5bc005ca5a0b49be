import type { RunRole } from '../../../../shared/document/blocks';
import { FONT_OF_ROLE } from '../../../../shared/layout/role-fonts';
import type { DocumentStyle, FontChoice } from '../../../../shared/layout/style';

const quoted = (name: string) => `"${name.replace(/["\\]/g, '')}"`;

/** A font and its fallbacks as a CSS family list: the machine's first installed one draws, as in WPS and Word. */
export function fontFamily(font: FontChoice): string {
  return [font.name, ...font.fallbacks].map(quoted).concat('serif').join(', ');
}

/** The Chinese font list of a role. */
export function roleFamily(role: RunRole, style: DocumentStyle): string {
  return fontFamily(style.fonts[FONT_OF_ROLE[role]]);
}

/** Digits and Latin letters are in the Latin font (Times New Roman) in the export, before the Chinese one. */
export function latinFamily(role: RunRole, style: DocumentStyle): string {
  return `${quoted(style.latinFont)}, ${roleFamily(role, style)}`;
}
