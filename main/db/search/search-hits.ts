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

interface ItemRow {
  id: string;
  notice_id: string;
  parent_id: string | null;
  problem: string;
  measures: string;
  progress: string;
  status: string;
  responsible_unit: string;
  sub_items: string;
}

interface NoticeInfo {
  title: string;
  stage: Stage;
  updatedAt: string;
}

/** What the list shows of each item found: where it is, its state, and a snippet around the match. */
export function buildHits(db: Database, rows: readonly FoundRow[], query: ParsedQuery, boilerplate: Boilerplate): ItemSearchHit[] {
  const notices = new Map<string, NoticeInfo>();
  const titles = titleCache(boilerplate);
  const hits: ItemSearchHit[] = [];
  for (const found of rows) {
    const row = cachedStatement(
      db,
      `SELECT id, notice_id, parent_id, problem, measures, progress, status, responsible_unit, sub_items
       FROM nodes WHERE id = ? AND kind = 'item'`,
    ).get(found.nodeId) as ItemRow | undefined;
    if (!row) continue;
    let notice = notices.get(row.notice_id);
    if (!notice) {
      notice = noticeInfo(db, row.notice_id, boilerplate, titles);
      notices.set(row.notice_id, notice);
    }
    const texts = itemSearchTexts({
      problem: row.problem,
      measures: parseJson(row.measures),
      progress: parseJson(row.progress),
      responsibleUnit: row.responsible_unit,
      subItems: row.sub_items === '[]' ? [] : parseJson(row.sub_items),
    });
    const folded = foldTexts(texts);
    hits.push({
      itemId: row.id,
      noticeId: row.notice_id,
      noticeTitle: notice.title,
      noticeStage: notice.stage,
      noticeUpdatedAt: notice.updatedAt,
      ...groupPath(db, row.parent_id),
      status: (ITEM_STATUSES as readonly string[]).includes(row.status) ? (row.status as ItemStatus) : 'ongoing',
      problem: row.problem,
      responsibleUnit: row.responsible_unit,
      exactPhrase: found.exact,
      matchedFields: matchedFields(texts, query.words, folded),
      snippet: makeSnippet(texts, query.words, query.phrase, {}, folded),
    });
  }
  return hits;
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

function noticeInfo(db: Database, noticeId: string, boilerplate: Boilerplate, titles: TitleCache): NoticeInfo {
  const row = cachedStatement(db, 'SELECT meta, updated_at FROM notices WHERE id = ?').get(noticeId) as
    { meta: string; updated_at: string } | undefined;
  if (!row) return { title: '（标题无法读取）', stage: 'interim', updatedAt: '' };
  let known = titles.get(row.meta);
  if (!known) {
    const meta = noticeMetaSchema.safeParse(parseJson(row.meta));
    // A damaged notice must not make search fail: its items are still found, under a plain label.
    known = meta.success
      ? { title: noticeTitle(meta.data, boilerplate).replace(/\s*\n\s*/g, ''), stage: meta.data.stage }
      : { title: '（标题无法读取）', stage: 'interim' };
    titles.set(row.meta, known);
  }
  return { ...known, updatedAt: row.updated_at };
}

function groupPath(db: Database, parentId: string | null): Pick<ItemSearchHit, 'groupIds' | 'groupTitles'> {
  const groupIds: string[] = [];
  const groupTitles: string[] = [];
  let current = parentId;
  // Groups nest at most two deep; the bound also stops a damaged cycle.
  for (let depth = 0; current !== null && depth < 4; depth += 1) {
    const group = cachedStatement(db, 'SELECT title, parent_id FROM nodes WHERE id = ?').get(current) as
      { title: string | null; parent_id: string | null } | undefined;
    if (!group) break;
    groupIds.unshift(current);
    groupTitles.unshift(group.title ?? '');
    current = group.parent_id;
  }
  return { groupIds, groupTitles };
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
