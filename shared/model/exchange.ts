import { z } from 'zod';
import { itemTemplateSchema, type ItemTemplate } from '../library/item-templates';
import { newId } from './factory';
import type { ChecklistNode, Notice } from './notice';
import { describeIssues, noticeSchema } from './schemas';

/**
 * The JSON exchange format: one whole notice, for moving notices between
 * machines, and optionally the item templates (条目模板) of the database it
 * came from. Documented in README.md; `version` grows when the shape changes
 * in a way older readers cannot read. `templates` is an addition older
 * readers ignore and newer ones do without, so it needs no new version.
 */
export const EXCHANGE_FORMAT = 'zhenggai-tongbao/notice';
export const EXCHANGE_VERSION = 1;

export interface NoticeExchange {
  format: typeof EXCHANGE_FORMAT;
  version: number;
  exportedAt: string;
  notice: Notice;
  /** Item templates travelling with the notice; absent in files that carry none. */
  templates?: ItemTemplate[];
}

/** What an exchange file holds, read and checked. */
export interface ExchangeContents {
  notice: Notice;
  templates: ItemTemplate[];
}

const headerSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT, { error: `不是整改通报的交换文件（format 应为 ${EXCHANGE_FORMAT}）` }),
  version: z.number({ error: 'version 必须是数字' }).int(),
});

const envelopeSchema = headerSchema.extend({
  exportedAt: z.string().optional(),
  notice: z.custom<unknown>((value) => typeof value === 'object' && value !== null, { error: '缺少通报数据（notice）' }),
});

export function toExchange(notice: Notice, now = new Date(), templates: readonly ItemTemplate[] = []): NoticeExchange {
  const exchange: NoticeExchange = { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exportedAt: now.toISOString(), notice };
  if (templates.length > 0) exchange.templates = [...templates];
  return exchange;
}

/** Reads an exchange file's notice; every problem comes back as one Chinese message naming the field. */
export function parseExchange(text: string): Notice {
  return parseExchangeContents(text).notice;
}

const templatesSchema = z.array(itemTemplateSchema, { error: 'templates 必须是模板列表' }).optional();

/** Reads an exchange file's notice and the templates that came with it (none for older files). */
export function parseExchangeContents(text: string): ExchangeContents {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The parser's own words are English; the user needs to know only that the file is cut short or not JSON.
    throw new Error('文件不是有效的 JSON：内容不完整或不是 JSON 格式，请确认选择的是整改通报导出的数据文件。');
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
  const templates = templatesSchema.safeParse((data as { templates?: unknown }).templates);
  if (!templates.success) {
    throw new Error(`交换文件中的模板数据有误：\n${describeIssues(templates.error).replace(/^/gm, 'templates.')}`);
  }
  return { notice: notice.data, templates: templates.data ?? [] };
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
