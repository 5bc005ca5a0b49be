import { z } from 'zod';
import './zod-locale';
import { isoDateSchema } from '../text/dates';
import { stripForbiddenCharacters } from '../text/sanitize';
import { paragraphListSchema } from './rich-text';
import { idSchema } from './id-schema';
import {
  CONTACT_KINDS,
  DEADLINE_KIND_LABELS,
  DEFAULT_CONTACT_LABELS,
  DEFAULT_STATUS_LABELS,
  NOTICE_STATUS_LABELS,
  STAGE_LABELS,
  DEADLINE_KINDS,
  ITEM_STATUSES,
  MAX_GROUP_DEPTH,
  NOTICE_STATUSES,
  STAGES,
  type ChecklistNode,
  type Notice,
} from './notice';

// What a value may be, in the words the user knows it by: the stored codes are the program's, not the user's.
const choices = (labels: Record<string, string>) => Object.values(labels).join('、');

// Cleaned once, here, for everything stored: characters XML forbids would make an exported file fail to open.
const text = (what: string) => z.string({ error: `${what}必须是文字` }).overwrite(stripForbiddenCharacters);
const nullableDate = isoDateSchema.nullable();
// Stored and sorted as text, so only the one ISO form is accepted.
const timestamp = (what: string) => z.iso.datetime({ error: `${what}必须是 ISO 格式的时间，如 2020-12-21T02:00:00.000Z` });
const id = idSchema;
const count = (what: string) =>
  z
    .number({ error: `${what}必须是数字` })
    .int({ error: `${what}必须是整数` })
    .nonnegative({ error: `${what}不能为负数` })
    .nullable();

export const contactSchema = z.object({
  kind: z.enum(CONTACT_KINDS, { error: `联系方式类别只能是：${choices(DEFAULT_CONTACT_LABELS)}` }),
  label: text('联系方式名称'),
  value: text('联系方式内容'),
  colon: text('联系方式名称后的冒号').optional(),
  separator: text('联系方式之间的分隔符').optional(),
});

export const noticeMetaSchema = z.object({
  issuer: text('发文机关'),
  issuerShort: text('简称'),
  inspectingBody: text('巡察机关'),
  round: text('巡察轮次'),
  inspectionGroup: text('巡察组'),
  inspectionStart: nullableDate,
  inspectionEnd: nullableDate,
  feedbackDate: nullableDate,
  stage: z.enum(STAGES, { error: `阶段只能是：${choices(STAGE_LABELS)}` }),
  publicationDate: nullableDate,
  contactsLead: text('联系方式引语'),
  contacts: z.array(contactSchema),
  signature: text('署名'),
  sealed: z.boolean({ error: '是否加盖印章必须是 true 或 false' }),
  titleOverride: text('标题').nullable(),
  openingOverride: text('开头段').nullable(),
  closingOverride: text('结束语').nullable(),
  ignoredFindings: z
    .array(z.string({ error: '已忽略的检查结果必须是文字' }).max(2000), { error: '已忽略的检查结果必须是列表' })
    .max(10_000)
    .optional(),
});

const partSchema = z.object({ heading: text('标题'), body: paragraphListSchema });

export const noticePartsSchema = z.object({
  organisation: partSchema,
  checklist: partSchema,
  nextSteps: partSchema,
});

export const itemFiguresSchema = z.object({
  moneyRecoveredFen: count('挽回金额'),
  moneyToRecoverFen: count('待挽回金额'),
  rulesMade: count('建章立制数'),
  peopleHeld: count('问责人数'),
});

export const subItemSchema = z.object({
  id,
  problem: text('反馈问题'),
  measures: paragraphListSchema,
  progress: paragraphListSchema,
});

const itemStatus = z.enum(ITEM_STATUSES, { error: `整改状态只能是：${choices(DEFAULT_STATUS_LABELS)}` });

export const stageRecordSchema = z.object({
  stage: z.enum(STAGES, { error: `阶段只能是：${choices(STAGE_LABELS)}` }),
  date: nullableDate,
  status: itemStatus,
  progress: paragraphListSchema,
  subItems: z.array(z.object({ problem: text('反馈问题'), progress: paragraphListSchema })).max(1000),
});

// The fields added with stage history and 销号 have defaults, so notices
// saved before them (versions, exchange files) read as they were meant.
export const itemSchema = z.object({
  kind: z.literal('item'),
  id,
  problem: text('反馈问题'),
  measures: paragraphListSchema,
  progress: paragraphListSchema,
  status: itemStatus,
  responsibleLeader: text('责任领导'),
  responsibleUnit: text('责任单位'),
  deadlineKind: z.enum(DEADLINE_KINDS, { error: `整改时限类别只能是：${choices(DEADLINE_KIND_LABELS)}` }).default('date'),
  deadline: nullableDate,
  completedOn: nullableDate,
  evidence: text('证明材料').max(5000, { error: '证明材料不能超过 5000 个字' }).default(''),
  figures: itemFiguresSchema,
  subItems: z.array(subItemSchema),
  leadOverride: text('引导句').nullable(),
  sourceItemId: id.nullable(),
  needsUpdate: z.boolean({ error: '待更新必须是 true 或 false' }).default(false),
  history: z
    .array(stageRecordSchema, { error: '历次进展必须是列表' })
    .max(100, { error: '历次进展最多保留 100 个阶段' })
    .default(() => []),
});

export const groupSchema: z.ZodType<Extract<ChecklistNode, { kind: 'group' }>> = z.lazy(() =>
  z.object({
    kind: z.literal('group'),
    id,
    title: text('分组标题'),
    children: z.array(checklistNodeSchema),
  }),
);

export const checklistNodeSchema: z.ZodType<ChecklistNode> = z.lazy(() =>
  z.discriminatedUnion('kind', [itemSchema, groupSchema as never], {
    error: '清单节点的 kind 只能是 group 或 item',
  }),
);

/** Checks what the recursive schema cannot: nesting depth and unique ids. */
function checkTree(nodes: ChecklistNode[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  const walk = (list: ChecklistNode[], depth: number, path: (string | number)[]) => {
    list.forEach((node, index) => {
      const here = [...path, index];
      if (seen.has(node.id)) ctx.addIssue({ code: 'custom', path: [...here, 'id'], message: `编号重复：${node.id}` });
      seen.add(node.id);
      if (node.kind === 'item') {
        for (const sub of node.subItems) {
          if (seen.has(sub.id)) ctx.addIssue({ code: 'custom', path: [...here, 'subItems'], message: `编号重复：${sub.id}` });
          seen.add(sub.id);
        }
        return;
      }
      if (depth + 1 > MAX_GROUP_DEPTH) {
        ctx.addIssue({ code: 'custom', path: here, message: `分组最多嵌套 ${MAX_GROUP_DEPTH} 层` });
      }
      walk(node.children, depth + 1, [...here, 'children']);
    });
  };
  walk(nodes, 0, ['checklist']);
}

export const noticeStatusSchema = z.enum(NOTICE_STATUSES, { error: `通报状态只能是：${choices(NOTICE_STATUS_LABELS)}` });

export const noticeSchema: z.ZodType<Notice> = z
  .object({
    id,
    layoutId: text('版式').min(1, { error: '版式不能为空' }),
    status: noticeStatusSchema,
    meta: noticeMetaSchema,
    parts: noticePartsSchema,
    checklist: z.array(checklistNodeSchema),
    createdAt: timestamp('创建时间'),
    updatedAt: timestamp('修改时间'),
  })
  .superRefine((notice, ctx) => checkTree(notice.checklist, ctx));

/**
 * One line per problem, each naming the field it concerns
 * (`meta.feedbackDate：日期无效…`), for messages shown to users.
 */
export function describeIssues(error: z.ZodError, limit = 5): string {
  const lines = error.issues
    .slice(0, limit)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}：${issue.message}` : issue.message));
  if (error.issues.length > limit) lines.push(`等共 ${error.issues.length} 处问题`);
  return lines.join('\n');
}
