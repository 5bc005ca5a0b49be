import { z } from 'zod';
import { fontSettingsSchema } from '../layout/style';
import { ledgerSettingsSchema } from '../ledger/ledger-columns';
import { contactSchema } from './schemas';

/** Settings keys in the database's settings table, each with its own schema. */
export const SETTINGS_KEYS = { export: 'export', defaults: 'defaults', ledger: 'ledger' } as const;

/** How notices are exported: the user's font names and house options. */
export const exportSettingsSchema = z.object({
  fonts: fontSettingsSchema,
  heading3Bold: z.boolean(),
});
export type ExportSettings = z.infer<typeof exportSettingsSchema>;

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { fonts: {}, heading3Bold: false };

/** What a new notice starts with: the office's own name, signature and contact channels. */
export const noticeDefaultsSchema = z.object({
  issuer: z.string(),
  issuerShort: z.string(),
  inspectingBody: z.string(),
  signature: z.string(),
  contactsLead: z.string(),
  contacts: z.array(contactSchema),
});
export type NoticeDefaultsSettings = z.infer<typeof noticeDefaultsSchema>;

export const DEFAULT_NOTICE_DEFAULTS: NoticeDefaultsSettings = {
  issuer: '',
  issuerShort: '',
  inspectingBody: '市委',
  signature: '',
  contactsLead: '联系方式：',
  contacts: [],
};

/** Every setting the 设置 screen edits. */
export const appSettingsSchema = z.object({
  export: exportSettingsSchema,
  defaults: noticeDefaultsSchema,
  ledger: ledgerSettingsSchema,
});
export type AppSettings = z.infer<typeof appSettingsSchema>;
