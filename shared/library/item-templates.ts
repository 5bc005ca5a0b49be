import { z } from 'zod';
import '../model/zod-locale';
import { MAX_GROUP_DEPTH, type ChecklistNode } from '../model/notice';
import { checklistNodeSchema } from '../model/schemas';
import { groupHeight } from '../model/tree';
import { idSchema } from '../model/id-schema';

/**
 * A named, tagged copy of an item or a group kept for reuse (条目模板).
 * The node is stored with the ids it had when saved; inserting it makes a
 * copy under fresh ids whose items point back at those.
 */
export interface ItemTemplate {
  id: string;
  name: string;
  tags: string[];
  node: ChecklistNode;
  createdAt: string;
  updatedAt: string;
}

/** Where a copy to insert comes from: a stored item or group (a search hit), or a template. */
export type InsertSource = { kind: 'node'; id: string } | { kind: 'template'; id: string };

/** Saves a stored node (by id) or a node the window holds, under a name. */
export type SaveItemTemplateInput = { name: string; tags?: string[] } & ({ nodeId: string } | { node: ChecklistNode });

export interface ItemTemplateChanges {
  name?: string;
  tags?: string[];
}

export const MAX_ITEM_TEMPLATE_NAME_LENGTH = 60;
export const MAX_TAG_LENGTH = 20;
export const MAX_TAGS = 20;

const id = idSchema;

export const itemTemplateNameSchema = z
  .string({ error: '模板名称必须是文字' })
  .trim()
  .min(1, { error: '模板名称不能为空' })
  .max(MAX_ITEM_TEMPLATE_NAME_LENGTH, { error: `模板名称最多 ${MAX_ITEM_TEMPLATE_NAME_LENGTH} 个字` });

/** Tags are trimmed; empty ones and repeats are dropped. */
export const itemTemplateTagsSchema = z
  .array(
    z
      .string({ error: '标签必须是文字' })
      .trim()
      .max(MAX_TAG_LENGTH, { error: `每个标签最多 ${MAX_TAG_LENGTH} 个字` }),
    { error: '标签必须是文字列表' },
  )
  .transform((tags) => [...new Set(tags.filter((tag) => tag !== ''))])
  .refine((tags) => tags.length <= MAX_TAGS, { error: `标签最多 ${MAX_TAGS} 个` });

/** A node that can stand as a template: what the checklist accepts, ids unique, groups at most two deep. */
export const itemTemplateNodeSchema = checklistNodeSchema.superRefine((node, ctx) => {
  if (groupHeight(node) > MAX_GROUP_DEPTH) {
    ctx.addIssue({ code: 'custom', message: `分组最多嵌套 ${MAX_GROUP_DEPTH} 层` });
  }
  const duplicate = firstDuplicateId(node);
  if (duplicate !== null) ctx.addIssue({ code: 'custom', message: `编号重复：${duplicate}` });
});

const timestamp = z.iso.datetime({ error: '时间必须是 ISO 格式，如 2020-12-21T02:00:00.000Z' });

export const itemTemplateSchema = z.object({
  id,
  name: itemTemplateNameSchema,
  tags: itemTemplateTagsSchema,
  node: itemTemplateNodeSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const insertSourceSchema = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('node'), id }), z.object({ kind: z.literal('template'), id })],
  { error: '插入来源只能是 node（条目或分组）或 template（模板）' },
);

export const saveItemTemplateInputSchema = z.union(
  [
    z.object({ name: itemTemplateNameSchema, tags: itemTemplateTagsSchema.optional(), nodeId: id }),
    z.object({ name: itemTemplateNameSchema, tags: itemTemplateTagsSchema.optional(), node: itemTemplateNodeSchema }),
  ],
  { error: '保存模板需要名称，以及条目或分组（nodeId 或 node）' },
);

export const itemTemplateChangesSchema = z
  .object({ name: itemTemplateNameSchema.optional(), tags: itemTemplateTagsSchema.optional() })
  .refine((changes) => changes.name !== undefined || changes.tags !== undefined, { error: '没有要修改的内容（名称或标签）' });

function firstDuplicateId(node: ChecklistNode): string | null {
  const seen = new Set<string>();
  let duplicate: string | null = null;
  const visit = (id: string) => {
    if (seen.has(id) && duplicate === null) duplicate = id;
    seen.add(id);
  };
  const walk = (current: ChecklistNode) => {
    visit(current.id);
    if (current.kind === 'group') current.children.forEach(walk);
    else current.subItems.forEach((sub) => visit(sub.id));
  };
  walk(node);
  return duplicate;
}

/** How many items a template holds (an item template: 1). */
export function templateItemCount(node: ChecklistNode): number {
  return node.kind === 'item' ? 1 : node.children.reduce((sum, child) => sum + templateItemCount(child), 0);
}
