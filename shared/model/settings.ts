import { z } from 'zod';
import { fontSettingsSchema } from '../layout/style';
import { ledgerSettingsSchema } from '../ledger/ledger-columns';
import { stripForbiddenCharacters } from '../text/sanitize';
import { DEFAULT_DUE_SOON_DAYS } from '../tracking/deadlines';
import { DEFAULT_STATUS_LABELS, ITEM_STATUSES, type ItemStatus } from './notice';
import { contactSchema } from './schemas';

/** Settings keys in the database's settings table, each with its own schema. */
export const SETTINGS_KEYS = {
  export: 'export',
  defaults: 'defaults',
  ledger: 'ledger',
  backup: 'backup',
  check: 'check',
  tracking: 'tracking',
} as const;

/** How notices are exported: the user's font names and house options. */
export const exportSettingsSchema = z.object({
  fonts: fontSettingsSchema,
  heading3Bold: z.boolean(),
});
export type ExportSettings = z.infer<typeof exportSettingsSchema>;

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { fonts: {}, heading3Bold: false };

/** What a new notice starts with: the office's own name, signature and contact channels. */
const storedText = z.string().overwrite(stripForbiddenCharacters);

export const noticeDefaultsSchema = z.object({
  issuer: storedText,
  issuerShort: storedText,
  inspectingBody: storedText,
  signature: storedText,
  contactsLead: storedText,
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

/** A word the office adds to the 送审检查's list of words often written wrong. */
export const checkWordSchema = z
  .object({
    wrong: storedText.trim().min(1, { error: '请填写误写的词' }).max(20, { error: '误写的词不能超过 20 个字' }),
    right: storedText.trim().max(20, { error: '应为的词不能超过 20 个字' }),
    note: storedText.trim().max(100, { error: '说明不能超过 100 个字' }).optional(),
  })
  .refine((w) => w.wrong !== w.right, { error: '误写与应为不能相同', path: ['right'] });
export type CheckWord = z.infer<typeof checkWordSchema>;

/** The office's additions to the 送审检查. */
export const checkSettingsSchema = z.object({
  words: z.array(checkWordSchema).default(() => []),
});
export type CheckSettings = z.infer<typeof checkSettingsSchema>;

export const DEFAULT_CHECK_SETTINGS: CheckSettings = { words: [] };

// A label is a word or two: a space, tab or line break inside would break the tables it is copied into,
// and an invisible character would make two labels that look alike differ.
const statusLabel = storedText
  .trim()
  .min(1, { error: '状态名称不能为空' })
  .max(10, { error: '状态名称不能超过 10 个字' })
  .regex(/^[^\s\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]*$/u, { error: '状态名称不能含空格、换行或不可见字符' });

/**
 * 整改跟踪: what the four statuses are called in this office (the words go
 * into the editor, the overview, both ledgers and the figures sentence), and
 * how many days before its deadline an item shows yellow.
 */
export const trackingSettingsSchema = z.object({
  statusLabels: z
    .object(Object.fromEntries(ITEM_STATUSES.map((status) => [status, statusLabel])) as Record<ItemStatus, typeof statusLabel>)
    .refine((labels) => new Set(Object.values(labels)).size === ITEM_STATUSES.length, { error: '各状态的名称不能相同' }),
  dueSoonDays: z
    .number({ error: '提前提醒天数必须是数字' })
    .int({ error: '提前提醒天数必须是整数' })
    .min(1, { error: '提前提醒天数至少为 1 天' })
    .max(365, { error: '提前提醒天数不能超过 365 天' }),
});
export type TrackingSettings = z.infer<typeof trackingSettingsSchema>;

export const DEFAULT_TRACKING_SETTINGS: TrackingSettings = {
  statusLabels: { ...DEFAULT_STATUS_LABELS },
  dueSoonDays: DEFAULT_DUE_SOON_DAYS,
};

/** Every setting the 设置 screen edits. */
export const appSettingsSchema = z.object({
  export: exportSettingsSchema,
  defaults: noticeDefaultsSchema,
  ledger: ledgerSettingsSchema,
  /**
   * Optional: callers written before the check existed leave it out, and
   * saving without it keeps the words stored (getSettings always gives it).
   */
  check: checkSettingsSchema.optional(),
  /** Optional for the same reason as `check`. */
  tracking: trackingSettingsSchema.optional(),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** The most automatic backups a user may ask to keep; each is a whole copy of the database. */
export const MAX_KEPT_BACKUPS = 100;

/**
 * 备份与恢复: where automatic backups go and how many are kept. Stored under
 * its own key, apart from AppSettings, so that the 设置 form's save (and
 * every settings value stored before this key existed) stays valid as it was.
 */
export const backupSettingsSchema = z.object({
  /** An absolute folder, or null for the 备份 folder beside the database. */
  folder: z.string().min(1, { error: '备份文件夹不能为空' }).nullable(),
  /** How many automatic backups to keep; older ones are deleted. */
  keep: z
    .number({ error: '保留份数必须是数字' })
    .int({ error: '保留份数必须是整数' })
    .min(1, { error: '至少保留 1 份自动备份' })
    .max(MAX_KEPT_BACKUPS, { error: `最多保留 ${MAX_KEPT_BACKUPS} 份自动备份` }),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: null, keep: 10 };
