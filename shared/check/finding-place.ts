import type { MetaTextField, PartName } from '../document/notice-fields';
import type { Layout } from '../layout/layout';
import { partNumbers } from '../document/part-numbers';
import type { ChecklistNode, Item, Notice } from '../model/notice';
import { allItems } from '../model/tree';
import type { Finding } from './finding';

/** The metadata fields as the 标题与开头 form labels them. */
const META_LABELS: Record<MetaTextField, string> = {
  issuer: '发文机关',
  issuerShort: '简称',
  inspectingBody: '巡察派出机关',
  round: '巡察轮次',
  inspectionGroup: '巡察组',
  titleOverride: '标题',
  openingOverride: '开头段',
  closingOverride: '结尾段',
  contactsLead: '联系方式引导语',
  signature: '落款',
};

const PART_LABELS: Record<PartName, string> = { organisation: '组织领导部分', checklist: '问题整改部分', nextSteps: '下一步工作部分' };

const ITEM_FIELD_LABELS: Record<string, string> = {
  problem: '反馈问题',
  leadOverride: '引导语',
  measures: '整改措施',
  progress: '整改落实情况',
  responsibleLeader: '责任领导',
  responsibleUnit: '责任单位',
};

/**
 * Where a finding is, in words a user finds it by: the part (二、巡察反馈…),
 * the item by its place among all items and the start of its problem, the
 * field, the paragraph. E.g. 二、巡察反馈问题的整改…·第3项“班子成员分工…”·整改措施 第2段.
 */
export function describeFindingPlace(notice: Notice, finding: Finding, layout: Layout): string {
  if (!finding.match) return placeOfSelection(notice, finding.selection, layout);
  const { address, paragraph } = finding.match;
  const inList = (field: string, count: number) => (count > 1 ? `${field} 第${paragraph + 1}段` : field);
  switch (address.kind) {
    case 'meta':
      return `标题与开头·${META_LABELS[address.field]}`;
    case 'contact':
      return `标题与开头·联系方式第${address.index + 1}项${address.field === 'label' ? '名称' : '内容'}`;
    case 'part':
      return address.field === 'heading' ? `${partName(notice, address.part, layout)}·标题` : `${partName(notice, address.part, layout)} 第${paragraph + 1}段`;
    case 'group':
      return `${partName(notice, 'checklist', layout)}·分组“${short(findGroupTitle(notice.checklist, address.id) ?? '')}”`;
    case 'item':
    case 'subItem': {
      const itemId = address.kind === 'item' ? address.id : address.itemId;
      const item = allItems(notice.checklist).find((i) => i.id === itemId);
      const base = itemName(notice, itemId, layout);
      const owner = address.kind === 'item' ? item : item?.subItems.find((s) => s.id === address.id);
      const sub = address.kind === 'subItem' && item ? `·分项${item.subItems.findIndex((s) => s.id === address.id) + 1}` : '';
      const list = owner && (address.field === 'measures' || address.field === 'progress') ? owner[address.field].paragraphs.length : 1;
      return `${base}${sub}·${inList(ITEM_FIELD_LABELS[address.field] ?? address.field, list)}`;
    }
  }
}

/** A finding about a whole field or a missing part, by what it selects. */
function placeOfSelection(notice: Notice, selection: string, layout: Layout): string {
  if (selection === 'meta') return '标题与开头';
  const part = /^part:(\w+)$/.exec(selection)?.[1] as PartName | undefined;
  if (part) return partName(notice, part, layout);
  return itemName(notice, selection, layout);
}

function itemName(notice: Notice, id: string, layout: Layout): string {
  const items = allItems(notice.checklist);
  const index = items.findIndex((i) => i.id === id);
  if (index === -1) return partName(notice, 'checklist', layout);
  const item: Item = items[index]!;
  const problem = item.problem.trim() === '' ? '' : `“${short(item.problem)}”`;
  return `${partName(notice, 'checklist', layout)}·第${index + 1}项${problem}`;
}

/** 二、巡察反馈问题的… when the layout numbers the part; its name otherwise. */
function partName(notice: Notice, part: PartName, layout: Layout): string {
  const heading = notice.parts[part].heading.trim();
  const number = partNumbers(notice, layout)[part];
  return number === '' || heading === '' ? PART_LABELS[part] : `${number}${short(heading)}`;
}

function findGroupTitle(nodes: readonly ChecklistNode[], id: string): string | null {
  for (const node of nodes) {
    if (node.kind !== 'group') continue;
    if (node.id === id) return node.title;
    const inner = findGroupTitle(node.children, id);
    if (inner !== null) return inner;
  }
  return null;
}

function short(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length <= 10 ? chars.join('') : `${chars.slice(0, 10).join('')}…`;
}
