import type { ItemStatus, Stage } from '../model/notice';
import type { SearchField } from './item-text';
import type { TextSnippet } from './snippet';

export type { SearchField } from './item-text';
export type { TextRange, TextSnippet } from './snippet';

/** Narrows a search; every filter given must hold. */
export interface ItemSearchFilters {
  /** Only items in one of these states. */
  statuses?: ItemStatus[];
  /** Only items of this notice. */
  noticeId?: string;
  /** Only items in a group (or a group's subgroup) whose title contains this text. */
  groupTitle?: string;
}

export interface ItemSearchOptions {
  /** How many hits to return, best first; DEFAULT_SEARCH_LIMIT when absent. */
  limit?: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 200;
/** Matches are counted up to this many; beyond it the count says “more than”. */
export const SEARCH_COUNT_CAP = 200;

/** One item found, with what the 条目库 list shows of it. */
export interface ItemSearchHit {
  itemId: string;
  noticeId: string;
  /** The notice's title on one line. */
  noticeTitle: string;
  noticeStage: Stage;
  noticeUpdatedAt: string;
  /** Titles of the groups the item sits in, outermost first. */
  groupTitles: string[];
  /** Ids of those groups, in the same order: a whole group can be copied from a hit. */
  groupIds: string[];
  status: ItemStatus;
  problem: string;
  responsibleUnit: string;
  /** The item holds the whole query as one run of text (ranked first). */
  exactPhrase: boolean;
  /** Fields holding at least one of the words. */
  matchedFields: SearchField[];
  snippet: TextSnippet;
}

export interface ItemSearchResult {
  /** The words searched for, as the search read them (case-folded, each once). */
  words: string[];
  /** Exact-phrase matches first, then the rest; each part by the notice's last change, newest first. */
  hits: ItemSearchHit[];
  /** How many items match in all, counted up to SEARCH_COUNT_CAP. */
  total: number;
  /** True when `total` stopped at the cap: there are at least that many. */
  totalCapped: boolean;
}
