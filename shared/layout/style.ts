import { z } from 'zod';

const twips = z.number().int().positive();
const fontSchema = z.object({ name: z.string().min(1), fallbacks: z.array(z.string().min(1)) });

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

/** The style with the user's font names laid over the template's. */
export function withFonts(style: DocumentStyle, fonts: FontSettings | undefined): DocumentStyle {
  if (!fonts) return style;
  return { ...style, fonts: { ...style.fonts, ...Object.fromEntries(Object.entries(fonts).filter(([, v]) => v)) } };
}
