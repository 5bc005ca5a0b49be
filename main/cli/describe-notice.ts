import { numberChecklist } from '../../shared/layout/numbering';
import type { Layout } from '../../shared/layout/layout';
import {
  DEFAULT_STATUS_LABELS,
  NOTICE_STATUS_LABELS,
  STAGE_LABELS,
  type ChecklistNode,
  type ItemStatus,
  type Notice,
} from '../../shared/model/notice';
import { noticeTitle } from '../../shared/document/generated-text';
import type { Boilerplate } from '../../shared/layout/boilerplate';
import { allItems } from '../../shared/model/tree';
import { formatChineseDate } from '../../shared/text/dates';

/** A notice as `show` prints it: metadata, parts, and the checklist with the numbers it prints with. */
export function describeNotice(
  notice: Notice,
  layout: Layout,
  boilerplate: Boilerplate,
  statusLabels: Record<ItemStatus, string> = DEFAULT_STATUS_LABELS,
): string {
  const { meta } = notice;
  const date = (value: string | null) => (value ? formatChineseDate(value) : '（未填）');
  const lines = [
    `标题：${noticeTitle(meta, boilerplate).replace(/\n/g, '')}`,
    `编号：${notice.id}`,
    `版式：${layout.name}　状态：${NOTICE_STATUS_LABELS[notice.status]}　阶段：${STAGE_LABELS[meta.stage]}`,
    `发文机关：${meta.issuer || '（未填）'}（简称“${meta.issuerShort || '（未填）'}”）`,
    `巡察：${meta.round || '（未填）'}，${meta.inspectionGroup || '（未填）'}，${date(meta.inspectionStart)}至${date(meta.inspectionEnd)}，${date(meta.feedbackDate)}反馈`,
    `发布日期：${date(meta.publicationDate)}　署名：${meta.signature || meta.issuer || '（未填）'}`,
    `联系方式：${meta.contacts.map((c) => `${c.label} ${c.value}`).join('；') || '（无）'}`,
    '',
    `一、${notice.parts.organisation.heading}（${notice.parts.organisation.body.paragraphs.length} 段）`,
    `二、${notice.parts.checklist.heading}（${allItems(notice.checklist).length} 个问题）`,
    ...checklistLines(notice.checklist, layout, statusLabels),
    `三、${notice.parts.nextSteps.heading}（${notice.parts.nextSteps.body.paragraphs.length} 段）`,
    `修改时间：${notice.updatedAt}`,
  ];
  return lines.join('\n');
}

function checklistLines(nodes: readonly ChecklistNode[], layout: Layout, statusLabels: Record<ItemStatus, string>): string[] {
  const labels = numberChecklist(nodes, layout);
  const lines: string[] = [];
  const walk = (list: readonly ChecklistNode[], depth: number) => {
    for (const node of list) {
      const indent = '  '.repeat(depth + 1);
      const label = labels.get(node.id) ?? '';
      if (node.kind === 'group') {
        lines.push(`${indent}${label}${node.title}`);
        walk(node.children, depth + 1);
      } else {
        const problem = node.problem.length > 40 ? `${node.problem.slice(0, 40)}…` : node.problem || '（无反馈问题）';
        lines.push(`${indent}${label}${problem}［${statusLabels[node.status]}］`);
        for (const sub of node.subItems) lines.push(`${indent}  ${labels.get(sub.id) ?? ''}${sub.problem}`);
      }
    }
  };
  walk(nodes, 0);
  return lines;
}
