import { z } from 'zod';
import { NOTICE_STATUS_LABELS, NOTICE_STATUSES } from '../../shared/model/notice';
import { stripForbiddenCharacters } from '../../shared/text/sanitize';
import {
  checklistNodeSchema,
  itemFiguresSchema,
  itemSchema,
  noticeMetaSchema,
  noticePartsSchema,
} from '../../shared/model/schemas';

/**
 * Schemas for the arguments of piecewise edits, derived from the shared
 * ones so a field has one rule everywhere. Strict: a misspelt field is an
 * error, not an edit that silently did nothing.
 */
const strictness = {
  error: (issue: { code?: string; keys?: string[] }) => {
    if (issue.code === 'unrecognized_keys') return `不认识或不能修改的字段：${(issue.keys ?? []).join('、')}`;
    if (issue.code === 'invalid_type') return '修改内容必须是一个对象';
    return undefined;
  },
};

// A patch names only what it changes: a field's default (for notices stored
// before the field existed) must not creep in as an edit of every patch.
const withoutDefaults = <T extends z.ZodRawShape>(shape: T): T =>
  Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, schema instanceof z.ZodDefault ? schema.unwrap() : schema]),
  ) as T;

export const itemPatchSchema = z
  .strictObject(
    {
      ...withoutDefaults(itemSchema.omit({ kind: true, id: true, figures: true }).shape),
      figures: z.strictObject(itemFiguresSchema.shape, strictness).partial(),
    },
    strictness,
  )
  .partial();

export const metaPatchSchema = z.strictObject(noticeMetaSchema.shape, strictness).partial();

export const partsPatchSchema = z.strictObject(noticePartsSchema.shape, strictness).partial();

export const groupTitleSchema = z.string({ error: '分组标题必须是文字' }).overwrite(stripForbiddenCharacters);

export const noticeStatusSchema = z.enum(NOTICE_STATUSES, { error: `通报状态只能是：${Object.values(NOTICE_STATUS_LABELS).join('、')}` });

export const layoutIdSchema = z.string({ error: '版式必须是文字' }).min(1, { error: '版式不能为空' });

export const positionSchema = z
  .number({ error: '位置必须是数字' })
  .int({ error: '位置必须是整数' })
  .nonnegative({ error: '位置不能为负数' });

export const newNodeSchema = checklistNodeSchema;
