import { formatChineseDate } from '../../shared/text/dates';
import type { ImportResult } from '../../shared/import/import-notice';
import { describePlace } from '../../shared/import/source';
import { noticeTitle } from '../../shared/document/generated-text';
import type { Boilerplate } from '../../shared/layout/boilerplate';
import { STAGE_LABELS, type ChecklistNode } from '../../shared/model/notice';

/**
 * What an import recognised, as the command line prints it: the parts, the
 * checklist's size, the layout chosen, the metadata and the warnings, each
 * warning with the line it is about.
 */
export function describeImport(result: ImportResult, boilerplate: Boilerplate): string {
  const { notice, recognised, layouts } = result;
  const { meta, parts } = notice;
  const date = (value: string | null) => (value ? formatChineseDate(value) : '（未识别）');
  const found = (yes: boolean) => (yes ? '已识别' : '未找到');
  const levels = groupLevels(notice.checklist);
  const best = layouts[0];
  const lines = [
    '识别结果：',
    `  标题：${recognised.title ? noticeTitle(meta, boilerplate).replace(/\n/g, '') : '未找到（导入后为空）'}`,
    `  开头段：${found(recognised.opening)}`,
    `  ${part('组织情况', parts.organisation.heading, recognised.organisation)}`,
    `  逐项整改：${parts.checklist.heading || '（无标题）'}：分组 ${levels.reduce((a, b) => a + b, 0)} 个${levels.length > 1 ? `（一级 ${levels[0]} 个，二级 ${levels[1]} 个）` : ''}，问题 ${recognised.items} 个${recognised.subItems > 0 ? `（含子问题 ${recognised.subItems} 个）` : ''}`,
    `  ${part('下一步', parts.nextSteps.heading, recognised.nextSteps)}`,
    `  结束语：${found(recognised.closing)}${recognised.contacts > 0 ? `，联系方式 ${recognised.contacts} 项` : ''}`,
    `  落款：${recognised.signature ? meta.signature : '未找到'}　${recognised.date ? date(meta.publicationDate) : '日期未找到'}`,
    `版式：${best ? `${best.name}（${best.layoutId}），与原文相似度 ${percent(best.similarity)}` : '（无）'}`,
    ...(layouts.length > 1
      ? [
          `  其他版式：${layouts
            .slice(1)
            .map((l) => `${l.name} ${percent(l.similarity)}`)
            .join('、')}`,
        ]
      : []),
    '基本信息：',
    `  发文机关：${meta.issuer || '（未识别）'}${meta.issuerShort ? `（简称“${meta.issuerShort}”）` : ''}`,
    `  巡察：${[meta.round, meta.inspectionGroup].filter((s) => s !== '').join('，') || '（未识别）'}；${date(meta.inspectionStart)}至${date(meta.inspectionEnd)}；${date(meta.feedbackDate)}反馈`,
    `  阶段：${STAGE_LABELS[meta.stage]}　发布日期：${date(meta.publicationDate)}`,
    `  联系方式：${meta.contacts.map((c) => `${c.label}${c.label ? ' ' : ''}${c.value}`).join('；') || '（无）'}`,
    result.warnings.length === 0 ? '提醒：无' : `提醒（${result.warnings.length} 条，请在保存前核对）：`,
    ...result.warnings.map(
      (w) => `  ${w.line === null ? '全文' : describePlace(w.line, result.unit)}：${w.message}${w.excerpt ? `（“${w.excerpt}”）` : ''}`,
    ),
  ];
  return lines.join('\n');
}

function part(what: string, heading: string, paragraphs: number): string {
  if (heading === '' && paragraphs === 0) return `${what}：未找到`;
  return `${what}：${heading || '（无标题）'}（${paragraphs} 段）`;
}

function percent(similarity: number): string {
  return `${(similarity * 100).toFixed(2)}%`;
}

/** How many groups sit at each level of the tree. */
function groupLevels(nodes: readonly ChecklistNode[], depth = 0, counts: number[] = []): number[] {
  for (const node of nodes) {
    if (node.kind !== 'group') continue;
    counts[depth] = (counts[depth] ?? 0) + 1;
    groupLevels(node.children, depth + 1, counts);
  }
  return counts;
}
