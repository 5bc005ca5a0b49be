import { z } from 'zod';
import { fontSettingsSchema } from '../layout/style';

/** Settings keys in the database's settings table, each with its own schema. */
export const SETTINGS_KEYS = { export: 'export' } as const;

/** How notices are exported: the user's font names and house options. */
export const exportSettingsSchema = z.object({
  fonts: fontSettingsSchema,
  heading3Bold: z.boolean(),
});
export type ExportSettings = z.infer<typeof exportSettingsSchema>;

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { fonts: {}, heading3Bold: false };
