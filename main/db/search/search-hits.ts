import { noticeTitle } from '../../../shared/document/generated-text';
import type { Boilerplate } from '../../../shared/layout/boilerplate';
import { itemSearchTexts } from '../../../shared/library/item-text';
import type { ParsedQuery } from '../../../shared/library/search-query';
import type { ItemSearchHit } from '../../../shared/library/search-types';
import { foldTexts, makeSnippet, matchedFields } from '../../../shared/library/snippet';
import { ITEM_STATUSES, type ItemStatus, type Stage } from '../../../shared/model/notice';
import { noticeMetaSchema } from '../../../shared/model/schemas';
import type { Database } from '../connections';
import { cachedStatement } from './statements';

export interface FoundRow {
  nodeId: string;
  /** Found by the whole phrase. */
  exact: boolean;
}

/** An item found, with its group and that group's parent (groups nest two deep) and its notice, read in one query. */
interface HitRow {
  id: string;
  notice_id: string;
  parent_id: string | null;
  problem: string;
  measures: string;
  progress: string;
  status: string;
  responsible_unit: string;
  sub_items: string;
  group_title: string | null;
  group_parent: string | null;
  /** Null when the item's group is not found (nor then its parent). */
  group_id: string | null;
  outer_title: string | null;
  outer_parent: string | null;
  outer_id: string | null;
  meta: string | null;
  updated_at: string | null;
}

/*
 * One query for the page instead of one per hit for each of the item, its
 * groups and its notice: at 20 hits those reads were a tenth of a search
 * under a filter. json_each keeps the rows in the page's order.
 */
const HITS_SQL = `
  SELECT n.id, n.notice_id, n.parent_id, n.problem, n.measures, n.progress, n.status, n.responsible_unit, n.sub_items,
         g.id AS group_id, g.title AS group_title, g.parent_id AS group_parent,
         o.id AS outer_id, o.title AS outer_title, o.parent_id AS outer_parent,
         t.meta, t.updated_at
  FROM json_each(?) AS j
  JOIN nodes n ON n.id = j.value AND n.kind = 'item'
  LEFT JOIN nodes g ON g.id = n.parent_id
  LEFT JOIN nodes o ON o.id = g.parent_id
  LEFT JOIN notices t ON t.id = n.notice_id
  ORDER BY j.key`;

interface NoticeInfo {
  title: string;
  stage: Stage;
  updatedAt: string;
}

/** What the list shows of each item found: where it is, its state, and a snippet around the match. */
export function buildHits(db: Database, rows: readonly FoundRow[], query: ParsedQuery, boilerplate: Boilerplate): ItemSearchHit[] {
  if (rows.length === 0) return [];
  const exact = new Map(rows.map((found) => [found.nodeId, found.exact]));
  const read = cachedStatement(db, HITS_SQL).all(JSON.stringify(rows.map((found) => found.nodeId))) as HitRow[];
  const titles = titleCache(boilerplate);
  return read.map((row) => {
    const texts = itemSearchTexts({
      problem: row.problem,
      measures: parseJson(row.measures),
      progress: parseJson(row.progress),
      responsibleUnit: row.responsible_unit,
      subItems: row.sub_items === '[]' ? [] : parseJson(row.sub_items),
    });
    const folded = foldTexts(texts);
    const notice = noticeInfo(row, boilerplate, titles);
    return {
      itemId: row.id,
      noticeId: row.notice_id,
      noticeTitle: notice.title,
      noticeStage: notice.stage,
      noticeUpdatedAt: notice.updatedAt,
      ...groupPath(db, row),
      status: (ITEM_STATUSES as readonly string[]).includes(row.status) ? (row.status as ItemStatus) : 'ongoing',
      problem: row.problem,
      responsibleUnit: row.responsible_unit,
      exactPhrase: exact.get(row.id) ?? false,
      matchedFields: matchedFields(texts, query.words, folded),
      snippet: makeSnippet(texts, query.words, query.phrase, {}, folded),
    };
  });
}

type TitleCache = Map<string, Pick<NoticeInfo, 'title' | 'stage'>>;
const titleCaches = new WeakMap<Boilerplate, TitleCache>();

/** Titles by the metadata's JSON: checking and filling the metadata costs more than the rest of a hit. */
function titleCache(boilerplate: Boilerplate): TitleCache {
  let cache = titleCaches.get(boilerplate);
  if (!cache) titleCaches.set(boilerplate, (cache = new Map()));
  if (cache.size > 2000) cache.clear();
  return cache;
}

function noticeInfo(row: HitRow, boilerplate: Boilerplate, titles: TitleCache): NoticeInfo {
  if (row.meta === null) return { title: '（标题无法读取）', stage: 'interim', updatedAt: '' };
  let known = titles.get(row.meta);
  if (!known) {
    const meta = noticeMetaSchema.safeParse(parseJson(row.meta));
    // A damaged notice must not make search fail: its items are still found, under a plain label.
    known = meta.success
      ? { title: noticeTitle(meta.data, boilerplate).replace(/\s*\n\s*/g, ''), stage: meta.data.stage }
      : { title: '（标题无法读取）', stage: 'interim' };
    titles.set(row.meta, known);
  }
  return { ...known, updatedAt: row.updated_at ?? '' };
}

/** The item's groups, outermost first. */
function groupPath(db: Database, row: HitRow): Pick<ItemSearchHit, 'groupIds' | 'groupTitles'> {
  const groupIds: string[] = [];
  const groupTitles: string[] = [];
  let current = row.parent_id;
  // Groups nest at most two deep; the bound also stops a damaged cycle.
  for (let depth = 0; current !== null && depth < 4; depth += 1) {
    const group = groupAt(db, row, depth, current);
    if (!group) break;
    groupIds.unshift(current);
    groupTitles.unshift(group.title ?? '');
    current = group.parent_id;
  }
  return { groupIds, groupTitles };
}

/** The group `depth` steps above the item: the two the query read, and past them (only in a damaged tree) read by id. */
function groupAt(db: Database, row: HitRow, depth: number, id: string): { title: string | null; parent_id: string | null } | undefined {
  if (depth === 0) return row.group_id === null ? undefined : { title: row.group_title, parent_id: row.group_parent };
  if (depth === 1) return row.outer_id === null ? undefined : { title: row.outer_title, parent_id: row.outer_parent };
  return cachedStatement(db, 'SELECT title, parent_id FROM nodes WHERE id = ?').get(id) as
    { title: string | null; parent_id: string | null } | undefined;
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
