import { z } from 'zod';
import { cleanFontName } from '../text/sanitize';

const twips = z.number().int().positive();
// A name with a control character in it names no font and makes fontTable.xml unreadable: cleaned, and refused if nothing is left.
const fontName = z.string().overwrite(cleanFontName).min(1, { error: '字体名称不能为空' });
// A fallback nothing is left of once cleaned (a stray U+200B an older version let through) is dropped, not refused:
// refusing it would refuse the whole stored setting, and the user's fonts with it.
const fallbacks = z.array(z.string().overwrite(cleanFontName)).transform((names) => names.filter((name) => name !== ''));
const fontSchema = z.object({ name: fontName, fallbacks });

/** The GB/T 9704 values an export uses, read from templates/style.json. */
export const styleSchema = z.object({
  page: z.object({
    width: twips,
    height: twips,
    margin: z.object({ top: twips, bottom: twips, left: twips, right: twips }),
    footer: twips,
    header: twips,
    linePitch: twips,
    charactersPerLine: z.number().int().positive(),
  }),
  fonts: z.object({
    title: fontSchema,
    body: fontSchema,
    heading1: fontSchema,
    heading2: fontSchema,
    pageNumber: fontSchema,
    table: fontSchema,
  }),
  latinFont: z.string().min(1),
  sizes: z.object({ title: twips, body: twips, pageNumber: twips, table: twips }),
  characterSpacing: z.number().int(),
  firstLineIndentChars: z.number().nonnegative(),
  heading3Bold: z.boolean(),
  titleMaxCharactersPerLine: z.number().int().positive(),
});

export type DocumentStyle = z.infer<typeof styleSchema>;
export type FontSlot = keyof DocumentStyle['fonts'];
export type FontChoice = DocumentStyle['fonts'][FontSlot];

/** The user's font settings: any slot may be renamed; the rest keep the template's values. */
export const fontSettingsSchema = z.object({
  title: fontSchema.optional(),
  body: fontSchema.optional(),
  heading1: fontSchema.optional(),
  heading2: fontSchema.optional(),
  pageNumber: fontSchema.optional(),
  table: fontSchema.optional(),
});
export type FontSettings = z.infer<typeof fontSettingsSchema>;

/**
 * The style with the user's font names laid over the template's, each name
 * cleaned (settings stored by an older release may hold control characters);
 * a name nothing is left of keeps the template's font.
 */
export function withFonts(style: DocumentStyle, fonts: FontSettings | undefined): DocumentStyle {
  if (!fonts) return style;
  const chosen: Partial<DocumentStyle['fonts']> = {};
  for (const [slot, font] of Object.entries(fonts) as [FontSlot, FontChoice | undefined][]) {
    const name = font ? cleanFontName(font.name) : '';
    if (font && name !== '') chosen[slot] = { name, fallbacks: font.fallbacks.map(cleanFontName).filter((f) => f !== '') };
  }
  return { ...style, fonts: { ...style.fonts, ...chosen } };
}
