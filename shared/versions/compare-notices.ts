import { formatYuan } from '../figures/compute-figures';
import type { Layout } from '../layout/layout';
import { numberChecklist } from '../layout/numbering';
import {
  DEFAULT_CONTACT_LABELS,
  DEFAULT_STATUS_LABELS,
  NOTICE_STATUS_LABELS,
  STAGE_LABELS,
  type ChecklistNode,
  type Item,
  type ItemStatus,
  type Notice,
  type NoticeMeta,
  type NoticeParts,
  type SubItem,
} from '../model/notice';
import { paragraphText, type ParagraphList } from '../model/rich-text';
import { formatChineseDate } from '../text/dates';
import { deadlineText } from '../tracking/deadlines';
import { diffText, type DiffSegment } from './text-diff';

export type { DiffSegment } from './text-diff';

/** An item, group or sub-item only one side has. */
export interface NodeChange {
  kind: 'group' | 'item' | 'subItem';
  id: string;
  /** Its number as printed under its notice's layout (1., （一）, 第一，); empty when it prints none. */
  label: string;
  /** The problem, or the group's title. */
  text: string;
  /** The groups (or the item, for a sub-item) it sits in, outermost first, each with its number. */
  within: string[];
}

/** A field whose value differs, with the changes marked. */
export interface FieldChange {
  /** Where: 基本信息, a part, or an item or group with its number. */
  place: string;
  /** Which field: 发文机关, 反馈问题, 整改措施 … */
  field: string;
  before: string;
  after: string;
  segments: DiffSegment[];
  /** Set when the text is the same and only its form changed (bold, paragraph joins). */
  note?: string;
}

export interface NoticeComparison {
  added: NodeChange[];
  removed: NodeChange[];
  changes: FieldChange[];
  /** Nothing differs at all (times aside). */
  identical: boolean;
}

export interface CompareContext {
  /** The layout a notice's numbering follows (an unknown id: any layout will do). */
  layoutOf(layoutId: string): Layout;
  statusLabels?: Record<ItemStatus, string>;
}

const PART_NAMES: Record<keyof NoticeParts, string> = { organisation: '整改组织情况', checklist: '问题整改情况', nextSteps: '下一步工作' };

/**
 * What changed from `before` to `after` (two versions, or a version and the
 * notice now): the items and groups added or removed, matched by id, and
 * every field that differs — metadata, the three parts, each item's problem,
 * measures, progress, status, responsible, deadline, figures, sub-items, and
 * group titles — with its changed characters marked.
 */
export function compareNotices(before: Notice, after: Notice, context: CompareContext): NoticeComparison {
  const statusLabels = context.statusLabels ?? DEFAULT_STATUS_LABELS;
  const changes: FieldChange[] = [];
  const field = (place: string, name: string, a: string, b: string) => {
    if (a !== b) changes.push({ place, field: name, before: a, after: b, segments: diffText(a, b) });
  };
  const list = (place: string, name: string, a: ParagraphList, b: ParagraphList) => {
    const [ta, tb] = [listText(a), listText(b)];
    if (ta !== tb) field(place, name, ta, tb);
    else if (JSON.stringify(a.paragraphs) !== JSON.stringify(b.paragraphs)) {
      changes.push({
        place,
        field: name,
        before: ta,
        after: tb,
        segments: diffText(ta, tb),
        note: '文字未变，格式（加粗或段落接续）有变化',
      });
    }
    if (a.enumeration !== b.enumeration) field(place, `${name}的编号方式`, enumerationName(a), enumerationName(b));
  };

  const META = '基本信息';
  field(META, '版式', context.layoutOf(before.layoutId).name, context.layoutOf(after.layoutId).name);
  field(META, '通报状态', NOTICE_STATUS_LABELS[before.status], NOTICE_STATUS_LABELS[after.status]);
  for (const [key, name] of META_FIELDS) field(META, name, metaText(before.meta, key), metaText(after.meta, key));

  for (const key of Object.keys(PART_NAMES) as (keyof NoticeParts)[]) {
    const place = PART_NAMES[key];
    field(place, '部分标题', before.parts[key].heading, after.parts[key].heading);
    list(place, '正文', before.parts[key].body, after.parts[key].body);
  }

  const older = indexNodes(before.checklist, context.layoutOf(before.layoutId));
  const newer = indexNodes(after.checklist, context.layoutOf(after.layoutId));
  const added: NodeChange[] = [];
  const removed: NodeChange[] = [];
  for (const entry of newer.values()) {
    const old = older.get(entry.node.id);
    if (!old || old.node.kind !== entry.node.kind) {
      added.push(nodeChange(entry));
      continue;
    }
    const place = describe(entry);
    if (entry.node.kind === 'group' && old.node.kind === 'group') {
      field(place, '分组标题', old.node.title, entry.node.title);
      continue;
    }
    const [a, b] = [old.node as Item, entry.node as Item];
    field(place, '反馈问题', a.problem, b.problem);
    field(place, '引导句', a.leadOverride ?? '', b.leadOverride ?? '');
    list(place, '整改措施', a.measures, b.measures);
    list(place, '整改落实情况', a.progress, b.progress);
    field(place, '整改状态', statusLabels[a.status], statusLabels[b.status]);
    field(place, '责任领导', a.responsibleLeader, b.responsibleLeader);
    field(place, '责任单位', a.responsibleUnit, b.responsibleUnit);
    field(place, '整改时限', deadlineText(a, formatChineseDate), deadlineText(b, formatChineseDate));
    field(place, '完成时间', dateText(a.completedOn), dateText(b.completedOn));
    field(place, '证明材料', a.evidence, b.evidence);
    field(place, '待更新', a.needsUpdate ? '是' : '否', b.needsUpdate ? '是' : '否');
    field(place, '挽回资金（元）', moneyText(a.figures.moneyRecoveredFen), moneyText(b.figures.moneyRecoveredFen));
    field(place, '待挽回资金（元）', moneyText(a.figures.moneyToRecoverFen), moneyText(b.figures.moneyToRecoverFen));
    field(place, '建立完善制度（项）', countText(a.figures.rulesMade), countText(b.figures.rulesMade));
    field(place, '问责（人）', countText(a.figures.peopleHeld), countText(b.figures.peopleHeld));
    compareSubItems(a, b, entry, old, { field, list, added, removed });
  }
  for (const entry of older.values()) {
    const now = newer.get(entry.node.id);
    if (!now || now.node.kind !== entry.node.kind) removed.push(nodeChange(entry));
  }
  return { added, removed, changes, identical: added.length === 0 && removed.length === 0 && changes.length === 0 };
}

interface IndexedNode {
  node: ChecklistNode;
  label: string;
  labels: Map<string, string>;
  within: string[];
}

/** Every node in document order by id, with its number and the groups above it. */
function indexNodes(nodes: readonly ChecklistNode[], layout: Layout): Map<string, IndexedNode> {
  const labels = numberChecklist(nodes, layout);
  const index = new Map<string, IndexedNode>();
  const walk = (list: readonly ChecklistNode[], within: string[]) => {
    for (const node of list) {
      const entry = { node, label: labels.get(node.id) ?? '', labels, within };
      index.set(node.id, entry);
      if (node.kind === 'group') walk(node.children, [...within, describe(entry)]);
    }
  };
  walk(nodes, []);
  return index;
}

type Collect = {
  field: (place: string, name: string, a: string, b: string) => void;
  list: (place: string, name: string, a: ParagraphList, b: ParagraphList) => void;
  added: NodeChange[];
  removed: NodeChange[];
};

function compareSubItems(a: Item, b: Item, entry: IndexedNode, old: IndexedNode, collect: Collect): void {
  const before = new Map(a.subItems.map((sub) => [sub.id, sub]));
  const after = new Map(b.subItems.map((sub) => [sub.id, sub]));
  const subChange = (sub: SubItem, from: IndexedNode): NodeChange => ({
    kind: 'subItem',
    id: sub.id,
    label: from.labels.get(sub.id) ?? '',
    text: sub.problem,
    within: [...from.within, describe(from)],
  });
  for (const sub of b.subItems) {
    const was = before.get(sub.id);
    if (!was) {
      collect.added.push(subChange(sub, entry));
      continue;
    }
    const place = `${describe(entry)} › 子问题${entry.labels.get(sub.id) ?? ''}`;
    collect.field(place, '子问题', was.problem, sub.problem);
    collect.list(place, '子问题的整改措施', was.measures, sub.measures);
    collect.list(place, '子问题的整改落实情况', was.progress, sub.progress);
  }
  for (const sub of a.subItems) if (!after.has(sub.id)) collect.removed.push(subChange(sub, old));
}

function nodeChange(entry: IndexedNode): NodeChange {
  const { node } = entry;
  return {
    kind: node.kind,
    id: node.id,
    label: entry.label,
    text: node.kind === 'group' ? node.title : node.problem,
    within: entry.within,
  };
}

/** A node as the comparison names it: its number and the start of its text. */
function describe(entry: IndexedNode): string {
  const { node } = entry;
  const text = node.kind === 'group' ? node.title : node.problem;
  const short = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  const what = node.kind === 'group' ? '分组' : '问题';
  return `${what}${entry.label ? ` ${entry.label}` : ''}${short ? `“${short}”` : '（未填写）'}`;
}

const META_FIELDS: [keyof NoticeMeta, string][] = [
  ['issuer', '发文机关'],
  ['issuerShort', '简称'],
  ['inspectingBody', '巡察机关'],
  ['round', '巡察轮次'],
  ['inspectionGroup', '巡察组'],
  ['inspectionStart', '巡察开始日期'],
  ['inspectionEnd', '巡察结束日期'],
  ['feedbackDate', '反馈日期'],
  ['stage', '通报阶段'],
  ['publicationDate', '成文日期'],
  ['titleOverride', '标题（手工修改）'],
  ['openingOverride', '开头段（手工修改）'],
  ['closingOverride', '结束语（手工修改）'],
  ['contactsLead', '联系方式引语'],
  ['contacts', '联系方式'],
  ['signature', '署名'],
  ['sealed', '加盖印章'],
];

function metaText(meta: NoticeMeta, key: keyof NoticeMeta): string {
  switch (key) {
    case 'stage':
      return STAGE_LABELS[meta.stage];
    case 'sealed':
      return meta.sealed ? '盖章' : '不盖章';
    case 'contacts':
      return meta.contacts.map((c) => `${c.label || DEFAULT_CONTACT_LABELS[c.kind]}：${c.value}`).join('\n');
    case 'inspectionStart':
    case 'inspectionEnd':
    case 'feedbackDate':
    case 'publicationDate':
      return dateText(meta[key]);
    default:
      return (meta[key] as string | null) ?? '';
  }
}

function listText(list: ParagraphList): string {
  return list.paragraphs.map(paragraphText).join('\n');
}

function enumerationName(list: ParagraphList): string {
  return list.enumeration === 'none' ? '不编号' : `${list.enumeration}……`;
}

function dateText(date: string | null): string {
  return date ? formatChineseDate(date) : '';
}

function moneyText(fen: number | null): string {
  return fen === null ? '' : formatYuan(fen);
}

function countText(count: number | null): string {
  return count === null ? '' : String(count);
}
