import type { IsoDate } from '../text/dates';
import type { ParagraphList } from './rich-text';

/** Progress of one item. The labels users see are a setting (用户可改名). */
export const ITEM_STATUSES = ['done', 'mostlyDone', 'ongoing', 'longTerm'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** What an office calls each status. */
export type StatusLabels = Record<ItemStatus, string>;
export const DEFAULT_STATUS_LABELS: StatusLabels = {
  done: '已完成',
  mostlyDone: '基本完成',
  ongoing: '持续推进',
  longTerm: '长期坚持',
};

/** Where a notice is in its approval. */
export const NOTICE_STATUSES = ['draft', 'review', 'final'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = { draft: '草稿', review: '送审', final: '定稿' };

/**
 * Which report this is. The phrase goes between 巡察整改 and 情况 in the title
 * and the opening: 阶段性进展 / 进展 / (nothing, for the final 整改情况).
 */
export const STAGES = ['interim', 'progress', 'final'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = { interim: '阶段性进展', progress: '进展', final: '整改情况' };

/**
 * What kind of 整改时限 an item has: a date (限期整改), 立行立改 (to be put
 * right at once, so due from the day the problems were fed back) or 长期坚持
 * (kept up with no end date).
 */
export const DEADLINE_KINDS = ['date', 'immediate', 'longTerm'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = { date: '限期整改', immediate: '立行立改', longTerm: '长期坚持' };

export const CONTACT_KINDS = ['phone', 'address', 'postcode', 'email', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const DEFAULT_CONTACT_LABELS: Record<ContactKind, string> = {
  phone: '电话',
  address: '邮政信箱',
  postcode: '邮政编码',
  email: '电子邮箱',
  other: '其他',
};

/** One way to reach the issuing organisation, printed in the order the user keeps. */
export interface Contact {
  kind: ContactKind;
  /** What precedes the value: 电话, 联系电话, 通讯地址 … */
  label: string;
  value: string;
  /**
   * What stands between label and value as written: ：, or nothing
   * (电话22832508). Unset (contacts stored before this was kept, or added
   * without it): the boilerplate's contactColon.
   */
  colon?: string;
  /**
   * What follows the value when another channel comes after it, as written
   * (； or ，). Unset: the boilerplate's contactSeparator. The last channel
   * ends with the boilerplate's contactEnd whatever this says.
   */
  separator?: string;
}

export interface NoticeMeta {
  /** 发文机关, in full: 中共东莞市民政局党组. */
  issuer: string;
  /** The short name the opening introduces (以下简称“市民政局党组”). */
  issuerShort: string;
  /** Who ordered the inspection: 市委, 区委, 县委 … */
  inspectingBody: string;
  /** The inspection round: 十四届市委第十轮. */
  round: string;
  /** The inspection group: 市委第二巡察组. */
  inspectionGroup: string;
  inspectionStart: IsoDate | null;
  inspectionEnd: IsoDate | null;
  feedbackDate: IsoDate | null;
  stage: Stage;
  publicationDate: IsoDate | null;
  /** Printed after the closing sentence (联系方式：…). */
  contactsLead: string;
  contacts: Contact[];
  /** The organisation under the body; usually the issuer. */
  signature: string;
  /** Sealed layout of signature and date (GB/T 9704 7.3.5.1) instead of the unsealed one. */
  sealed: boolean;
  /** Hand-edited title; a newline is a line break the user chose. Null: generated. */
  titleOverride: string | null;
  /** Hand-edited opening paragraph. Null: generated. */
  openingOverride: string | null;
  /** Hand-edited closing sentence (before the contacts). Null: the boilerplate. */
  closingOverride: string | null;
  /** The 送审检查 findings the user chose to 忽略 for this notice, by their keys (shared/check). Unset: none. */
  ignoredFindings?: string[];
}

/** A narrative part of the notice: its level-1 heading and its paragraphs. */
export interface Part {
  heading: string;
  body: ParagraphList;
}

/** The three parts every notice has, in document order. */
export interface NoticeParts {
  /** 一、 How the rectification was organised. */
  organisation: Part;
  /** 二、 The item-by-item part: its heading and any paragraphs before the checklist. */
  checklist: Part;
  /** 三、 Next steps. */
  nextSteps: Part;
}

/** Figures that add up into the summary; null where the item has none. */
export interface ItemFigures {
  /** Money recovered, in fen (分), so sums are exact. */
  moneyRecoveredFen: number | null;
  /** Money still to recover, in fen. */
  moneyToRecoverFen: number | null;
  /** Rules made or revised (项). */
  rulesMade: number | null;
  /** People held accountable (人). */
  peopleHeld: number | null;
}

/** A part of a problem fed back in parts. */
export interface SubItem {
  id: string;
  problem: string;
  measures: ParagraphList;
  progress: ParagraphList;
}

/**
 * What an item said in one earlier report: kept when the next stage's notice
 * is made from it, so every stage's progress stays at hand (上次进展).
 */
export interface StageRecord {
  /** The stage of the report this was written for. */
  stage: Stage;
  /** That report's 成文日期, or null when it had none yet. */
  date: IsoDate | null;
  status: ItemStatus;
  progress: ParagraphList;
  /** The progress of each part, for an item fed back in parts, in order. */
  subItems: { problem: string; progress: ParagraphList }[];
}

/** One problem fed back, with what was decided and what was done. */
export interface Item {
  kind: 'item';
  id: string;
  /** The problem as fed back, verbatim. Empty for items such as 立行立改事项. */
  problem: string;
  measures: ParagraphList;
  progress: ParagraphList;
  status: ItemStatus;
  responsibleLeader: string;
  responsibleUnit: string;
  /** The kind of 整改时限; `deadline` holds the date when it is 'date'. */
  deadlineKind: DeadlineKind;
  deadline: IsoDate | null;
  /** The day it was 销号 (marked done). */
  completedOn: IsoDate | null;
  /** 证明材料: the documents that show it done (names, numbers), as the user notes them. */
  evidence: string;
  figures: ItemFigures;
  subItems: SubItem[];
  /** Hand-written lead sentence replacing the layout's (针对“…”问题，制定整改措施如下：). */
  leadOverride: string | null;
  /** The item this one was copied from, if any. */
  sourceItemId: string | null;
  /**
   * 待更新: the item came over from the previous stage's notice and its
   * progress has not been edited since, so it still tells the old stage.
   */
  needsUpdate: boolean;
  /** What it said in each earlier stage, oldest first. */
  history: StageRecord[];
}

/** A category of problems; groups nest at most two levels. */
export interface Group {
  kind: 'group';
  id: string;
  title: string;
  children: ChecklistNode[];
}

export type ChecklistNode = Group | Item;

/** The maximum nesting of groups (a group inside a group, no deeper). */
export const MAX_GROUP_DEPTH = 2;

export interface Notice {
  id: string;
  /** Id of a layout in templates/layouts. */
  layoutId: string;
  status: NoticeStatus;
  meta: NoticeMeta;
  parts: NoticeParts;
  checklist: ChecklistNode[];
  createdAt: string;
  updatedAt: string;
}
