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

/** What describing places needs of a notice, worked out once for any number of findings. */
interface Places {
  notice: Notice;
  /** Each item's place among all items (0-based), with the item. */
  items: Map<string, { index: number; item: Item }>;
  /** The part names, 二、巡察反馈… or the plain label. */
  parts: Record<PartName, string>;
  groupTitles: Map<string, string>;
}

function places(notice: Notice, layout: Layout): Places {
  const items = new Map<string, { index: number; item: Item }>();
  allItems(notice.checklist).forEach((item, index) => items.set(item.id, { index, item }));
  const numbers = partNumbers(notice, layout);
  const parts = {} as Record<PartName, string>;
  for (const part of Object.keys(PART_LABELS) as PartName[]) {
    const heading = notice.parts[part].heading.trim();
    parts[part] = numbers[part] === '' || heading === '' ? PART_LABELS[part] : `${numbers[part]}${short(heading)}`;
  }
  const groupTitles = new Map<string, string>();
  const walk = (nodes: readonly ChecklistNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'group') continue;
      groupTitles.set(node.id, node.title);
      walk(node.children);
    }
  };
  walk(notice.checklist);
  return { notice, items, parts, groupTitles };
}

/**
 * Where a finding is, in words a user finds it by: the part (二、巡察反馈…),
 * the item by its place among all items and the start of its problem, the
 * field, the paragraph. E.g. 二、巡察反馈问题的整改…·第3项“班子成员分工…”·整改措施 第2段.
 */
export function describeFindingPlace(notice: Notice, finding: Finding, layout: Layout): string {
  return describe(places(notice, layout), finding);
}

/** describeFindingPlace for many findings of one notice: the items, part numbers and group titles worked out once. */
export function describeFindingPlaces(notice: Notice, findings: readonly Finding[], layout: Layout): string[] {
  const shared = places(notice, layout);
  return findings.map((finding) => describe(shared, finding));
}

function describe(at: Places, finding: Finding): string {
  if (!finding.match) return placeOfSelection(at, finding.selection);
  const { address, paragraph } = finding.match;
  const inList = (field: string, count: number) => (count > 1 ? `${field} 第${paragraph + 1}段` : field);
  switch (address.kind) {
    case 'meta':
      return `标题与开头·${META_LABELS[address.field]}`;
    case 'contact':
      return `标题与开头·联系方式第${address.index + 1}项${address.field === 'label' ? '名称' : '内容'}`;
    case 'part':
      return address.field === 'heading' ? `${at.parts[address.part]}·标题` : `${at.parts[address.part]} 第${paragraph + 1}段`;
    case 'group':
      return `${at.parts.checklist}·分组“${short(at.groupTitles.get(address.id) ?? '')}”`;
    case 'item':
    case 'subItem': {
      const itemId = address.kind === 'item' ? address.id : address.itemId;
      const item = at.items.get(itemId)?.item;
      const base = itemName(at, itemId);
      const owner = address.kind === 'item' ? item : item?.subItems.find((s) => s.id === address.id);
      const sub = address.kind === 'subItem' && item ? `·分项${item.subItems.findIndex((s) => s.id === address.id) + 1}` : '';
      const list = owner && (address.field === 'measures' || address.field === 'progress') ? owner[address.field].paragraphs.length : 1;
      return `${base}${sub}·${inList(ITEM_FIELD_LABELS[address.field] ?? address.field, list)}`;
    }
  }
}

/** A finding about a whole field or a missing part, by what it selects. */
function placeOfSelection(at: Places, selection: string): string {
  if (selection === 'meta') return '标题与开头';
  const part = /^part:(\w+)$/.exec(selection)?.[1] as PartName | undefined;
  if (part) return at.parts[part];
  return itemName(at, selection);
}

function itemName(at: Places, id: string): string {
  const found = at.items.get(id);
  if (!found) return at.parts.checklist;
  const problem = found.item.problem.trim() === '' ? '' : `“${short(found.item.problem)}”`;
  return `${at.parts.checklist}·第${found.index + 1}项${problem}`;
}

function short(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length <= 10 ? chars.join('') : `${chars.slice(0, 10).join('')}…`;
}
