import { z } from 'zod';
import type { ApiMethod } from './api';
import { itemSearchFiltersSchema, itemSearchOptionsSchema, searchQuerySchema } from './library/search-schemas';
import { insertSourceSchema, saveItemTemplateInputSchema, itemTemplateChangesSchema } from './library/item-templates';
import { idSchema } from './model/id-schema';
import { noticeSchema } from './model/schemas';
import { ledgerMappingSchema } from './import/ledger/ledger-fields';
import { restoreModeSchema, versionIdSchema, versionNameSchema, versionRefSchema } from './versions/version-schemas';
import { appSettingsSchema, backupSettingsSchema } from './model/settings';
import { isoDateSchema } from './text/dates';

const id = idSchema;

export const createNoticeInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('blank') }),
    z.object({ kind: z.literal('layout'), layoutId: id }),
    z.object({ kind: z.literal('copy'), sourceId: id }),
  ],
  { error: '新建方式只能是 blank、layout 或 copy' },
);

export const exportDocxOptionsSchema = z.strictObject(
  { attachLedger: z.boolean({ error: '“附带整改台账”只能是“是”或“否”' }).optional() },
  { error: '导出选项有误' },
);

/** A backup file's path as chooseRestoreFile answered it; the services accept only such a path. */
const backupPath = z
  .string({ error: '备份文件路径必须是文字' })
  .min(1, { error: '备份文件路径不能为空' })
  .max(4096, { error: '备份文件路径过长' });

/** The arguments each method takes, validated in main before the call. */
export const API_ARGUMENTS = {
  listNotices: z.tuple([]),
  getNotice: z.tuple([id]),
  createNotice: z.tuple([createNoticeInputSchema]),
  saveNotice: z.tuple([noticeSchema]),
  deleteNotice: z.tuple([id]),
  getLayoutTemplates: z.tuple([]),
  exportDocx: z.tuple([id, exportDocxOptionsSchema.optional()]),
  exportLedger: z.tuple([id]),
  previewImport: z.tuple([]),
  continueLedgerImport: z.tuple([id, ledgerMappingSchema]),
  cancelImport: z.tuple([]),
  getSettings: z.tuple([]),
  saveSettings: z.tuple([appSettingsSchema]),
  getDataLocation: z.tuple([]),
  getStoreStatus: z.tuple([]),
  restartApp: z.tuple([]),
  exportNoticeData: z.tuple([id]),
  searchItems: z.tuple([searchQuerySchema, itemSearchFiltersSchema.optional(), itemSearchOptionsSchema.optional()]),
  copyForInsert: z.tuple([insertSourceSchema]),
  listItemTemplates: z.tuple([]),
  saveItemTemplate: z.tuple([saveItemTemplateInputSchema]),
  updateItemTemplate: z.tuple([id, itemTemplateChangesSchema]),
  deleteItemTemplate: z.tuple([id]),
  createNextStage: z.tuple([
    id,
    z.strictObject({ publicationDate: isoDateSchema.nullable() }, { error: '生成下一阶段的选项有误' }).optional(),
  ]),
  listVersions: z.tuple([id]),
  getVersion: z.tuple([id, versionIdSchema]),
  saveVersion: z.tuple([id, versionNameSchema]),
  compareVersions: z.tuple([id, versionRefSchema, versionRefSchema]),
  restoreVersion: z.tuple([id, versionIdSchema, restoreModeSchema]),
  backupNow: z.tuple([]),
  chooseRestoreFile: z.tuple([]),
  restoreBackup: z.tuple([backupPath]),
  checkDatabase: z.tuple([]),
  getBackupSettings: z.tuple([]),
  saveBackupKeep: z.tuple([backupSettingsSchema.shape.keep]),
  chooseBackupFolder: z.tuple([]),
  resetBackupFolder: z.tuple([]),
  listAutomaticBackups: z.tuple([]),
} satisfies Record<ApiMethod, z.ZodTuple>;
