import { z } from 'zod';
import '../model/zod-locale';
import { ITEM_STATUSES } from '../model/notice';
import { MAX_SEARCH_LIMIT } from './search-types';

/** The arguments of a search, checked where they arrive (IPC, command line). */

export const searchQuerySchema = z.string({ error: '搜索内容必须是文字' }).max(1000, { error: '搜索内容过长' });

export const itemSearchFiltersSchema = z.strictObject(
  {
    statuses: z.array(z.enum(ITEM_STATUSES, { error: `整改状态只能是：${ITEM_STATUSES.join('、')}` })).optional(),
    noticeId: z.string({ error: '通报编号必须是文字' }).min(1, { error: '通报编号不能为空' }).max(64, { error: '编号过长' }).optional(),
    groupTitle: z.string({ error: '分组标题必须是文字' }).max(200, { error: '分组标题过长' }).optional(),
  },
  { error: '筛选条件只能有 statuses、noticeId、groupTitle' },
);

export const itemSearchOptionsSchema = z.strictObject(
  {
    limit: z
      .number({ error: '条数必须是数字' })
      .int({ error: '条数必须是整数' })
      .min(1, { error: '条数至少为 1' })
      .max(MAX_SEARCH_LIMIT, { error: `条数最多为 ${MAX_SEARCH_LIMIT}` })
      .optional(),
  },
  { error: '搜索选项只能有 limit' },
);
