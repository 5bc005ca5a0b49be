import { z } from 'zod';
import { newId } from './factory';
import type { ChecklistNode, Notice } from './notice';
import { describeIssues, noticeSchema } from './schemas';

/**
 * The JSON exchange format: one whole notice, for moving notices between
 * machines. Documented in README.md; `version` grows when the shape changes
 * in a way older readers cannot read.
 */
export const EXCHANGE_FORMAT = 'zhenggai-tongbao/notice';
export const EXCHANGE_VERSION = 1;

export interface NoticeExchange {
  format: typeof EXCHANGE_FORMAT;
  version: number;
  exportedAt: string;
  notice: Notice;
}

const headerSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT, { error: `不是整改通报的交换文件（format 应为 ${EXCHANGE_FORMAT}）` }),
  version: z.number({ error: 'version 必须是数字' }).int(),
});

const envelopeSchema = headerSchema.extend({
  exportedAt: z.string().optional(),
  notice: z.custom<unknown>((value) => typeof value === 'object' && value !== null, { error: '缺少通报数据（notice）' }),
});

export function toExchange(notice: Notice, now = new Date()): NoticeExchange {
  return { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exportedAt: now.toISOString(), notice };
}

/** Reads an exchange file's text; every problem comes back as one Chinese message naming the field. */
export function parseExchange(text: string): Notice {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`文件不是有效的 JSON：${(error as Error).message}`);
  }
  // Format and version first: a newer file may have a shape this release cannot read at all.
  const header = headerSchema.safeParse(data);
  if (!header.success) throw new Error(`交换文件格式有误：\n${describeIssues(header.error)}`);
  if (header.data.version > EXCHANGE_VERSION) {
    throw new Error(`此文件由更新版本的整改通报导出（格式版本 ${header.data.version}），请先升级程序。`);
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) throw new Error(`交换文件格式有误：\n${describeIssues(envelope.error)}`);
  const notice = noticeSchema.safeParse(envelope.data.notice);
  if (!notice.success) throw new Error(`交换文件中的通报数据有误：\n${describeIssues(notice.error).replace(/^/gm, 'notice.')}`);
  return notice.data;
}

/** The same notice under fresh ids, for importing a notice that is already in the database. */
export function withFreshIds(notice: Notice): Notice {
  const renumber = (nodes: ChecklistNode[]): ChecklistNode[] =>
    nodes.map((node) =>
      node.kind === 'group'
        ? { ...node, id: newId(), children: renumber(node.children) }
        : { ...node, id: newId(), subItems: node.subItems.map((sub) => ({ ...sub, id: newId() })) },
    );
  return { ...notice, id: newId(), checklist: renumber(notice.checklist) };
}
