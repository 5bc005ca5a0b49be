import { z } from 'zod';
import { MAX_VERSION_NAME_LENGTH } from './version-types';

/** Version ids are the table's rowids: positive whole numbers. */
export const versionIdSchema = z
  .number({ error: '版本编号必须是数字' })
  .int({ error: '版本编号必须是整数' })
  .positive({ error: '版本编号必须大于 0' });

export const versionNameSchema = z
  .string({ error: '版本名称必须是文字' })
  .trim()
  .min(1, { error: '请填写版本名称，例如“送审稿”或“定稿”' })
  .max(MAX_VERSION_NAME_LENGTH, { error: `版本名称不能超过 ${MAX_VERSION_NAME_LENGTH} 个字` });

export const versionRefSchema = z.union([versionIdSchema, z.literal('current')], { error: '比较的一方必须是版本编号或“当前”（current）' });

export const restoreModeSchema = z.enum(['current', 'new'], { error: '恢复方式只能是 current（恢复为当前）或 new（另存为新通报）' });
