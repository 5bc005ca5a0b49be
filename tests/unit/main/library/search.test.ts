import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../main/db/database';
import { saveNotice, getNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { searchItemIds, searchItems } from '../../../../main/db/search/search-items';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { foldCase } from '../../../../shared/library/search-query';
import { MAX_SEARCH_LIMIT, SEARCH_COUNT_CAP } from '../../../../shared/library/search-types';
import { generatedNotice, plainScan, sampleTerms, seedNotices, useTempDir } from './support';

const { boilerplate } = loadLayoutTemplates();
const temp = useTempDir();
let db: Database;
let dir: string;

/** The ids the index finds, sorted, for comparison with the plain scan. */
const found = (query: string, filters = {}) =>
  searchItemIds(db, query, filters)
    .map((row) => row.nodeId)
    .sort();

beforeAll(() => {
  // A directory of its own: useTempDir's cleanup runs after each test, this database lives for the file.
  dir = join(temp.dir(), '..', `zgtb-search-${process.pid}-${Date.now()}`);
  db = openDatabase(join(dir, 'search.sqlite'));
  for (const notice of seedNotices()) saveNotice(db, notice);
  const stamps = ['2019-05-01T08:00:00.000Z', '2022-03-01T08:00:00.000Z', '2023-07-15T08:00:00.000Z', '2021-06-30T08:00:00.000Z'];
  stamps.forEach((stamp, index) => saveNotice(db, generatedNotice(index, 120, stamp)));
});

afterAll(async () => {
  db.close();
  const { rmSync } = await import('node:fs');
  rmSync(dir, { recursive: true, force: true });
});

describe('search finds exactly the items whose text holds the query', () => {
  it('indexes every item of the imported seeds and the generated notices', () => {
    expect(db.prepare('SELECT count(*) FROM search_items').pluck().get()).toBe(58 + 4 * 120);
  });

  it.each([1, 2, 3, 4, 6])('for %i-character terms sampled from the items themselves', (length) => {
    for (const term of sampleTerms(db, length, 40, length * 97)) {
      expect(found(term), term).toEqual(plainScan(db, term));
    }
  });

  it('for terms no item holds, and for case differences in ASCII', () => {
    for (const term of ['不存在的词语', '乙丙', '𠀂', 'zzzq']) expect(found(term), term).toEqual([]);
    expect(found('ppt')).toEqual(plainScan(db, 'PPT'));
    expect(found('ppt').length).toBeGreaterThan(0);
    expect(found('WoRd')).toEqual(found('word'));
  });

  it('for several words: every word, each somewhere in the item', () => {
    const pairs = sampleTerms(db, 2, 20, 5);
    const triples = sampleTerms(db, 3, 20, 6);
    const queries = [
      ...pairs.map((pair, i) => `${pair} ${triples[i]}`),
      ...pairs.slice(0, 10).map((pair, i) => `${pair}　${pairs[i + 10]}`),
      ...triples.slice(0, 10).map((triple, i) => `${triple} ${triples[i + 10]} ${pairs[i]}`),
      '整改 制度',
      '民主 生活会',
      '改 的',
      'work plan',
      '模板 ppt',
    ];
    for (const query of queries) expect(found(query), query).toEqual(plainScan(db, query));
  });

  it('treats every character the user types as text, never as FTS5 syntax', () => {
    const inputs = [
      '"',
      '""',
      '*',
      '-',
      '(',
      ')',
      'AND',
      'NEAR',
      'NEAR(a b)',
      '：',
      '，',
      '、',
      '^',
      '{',
      '}',
      'a OR b',
      '"内文"',
      '星号*',
      '-和(',
      'col:x',
      '   ',
      '',
      '𠀀',
      '𠀀𠀁',
    ];
    for (const input of inputs) {
      expect(() => searchItems(db, input, {}, {}, boilerplate), input).not.toThrow();
      if (input.trim() !== '') expect(found(input), input).toEqual(plainScan(db, input));
    }
    expect(found('"内文"').length).toBeGreaterThan(0);
    expect(found('NEAR(a').length).toBeGreaterThan(0);
    expect(found('，').length).toBeGreaterThan(0);
  });

  it('applies the filters: status, notice, group title', () => {
    const cases = [
      { statuses: ['done' as const] },
      { statuses: ['ongoing' as const, 'longTerm' as const] },
      { noticeId: 'gen-2' },
      { noticeId: 'seed-000', statuses: ['done' as const] },
      { groupTitle: 'group 1' },
      { groupTitle: '方面' },
      { groupTitle: '不存在的分组' },
    ];
    for (const filters of cases) {
      for (const term of ['改', '整改', '制度建设', '']) {
        expect(found(term, filters), `${term} ${JSON.stringify(filters)}`).toEqual(plainScan(db, term, filters));
      }
    }
    expect(found('改', { noticeId: 'no-such-notice' })).toEqual([]);
    expect(found('改', { statuses: [] })).toEqual([]);
  });
});

describe('ranking, counting and snippets', () => {
  const stampOf = (noticeId: string) => getNotice(db, noticeId)!.updatedAt;

  it('ranks the exact phrase first, then by the notice’s last change, newest first', () => {
    const rows = searchItemIds(db, '整改 工作');
    const exact = rows.filter((row) => row.exact);
    expect(exact.length).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(exact.length);
    expect(rows.slice(0, exact.length).every((row) => row.exact)).toBe(true);
    const phrase = plainScan(db, '整改工作');
    expect(exact.map((row) => row.nodeId).sort()).toEqual(phrase);
    const hits = searchItems(db, '整改 工作', {}, { limit: 200 }, boilerplate).hits;
    for (const tier of [hits.filter((hit) => hit.exactPhrase), hits.filter((hit) => !hit.exactPhrase)]) {
      const stamps = tier.map((hit) => hit.noticeUpdatedAt);
      expect(stamps).toEqual([...stamps].sort().reverse());
      expect(stamps.every((stamp, i) => stamp === stampOf(tier[i]!.noticeId))).toBe(true);
    }
  });

  it('pages words as the full ranking does, whatever the limit, and counts them exactly', () => {
    for (const query of ['整改 工作', '民主 生活会', '改 工作', '党 组', '整改 生僻字', '工作 整改']) {
      for (const filters of [{}, { statuses: ['done' as const] }, { groupTitle: '方面' }]) {
        const ranked = searchItemIds(db, query, filters);
        for (const limit of [1, 5, 20, 200, MAX_SEARCH_LIMIT]) {
          const { hits, total, totalCapped } = searchItems(db, query, filters, { limit }, boilerplate);
          const label = `${query} ${JSON.stringify(filters)} ${limit}`;
          expect(
            hits.map((hit) => [hit.itemId, hit.exactPhrase]),
            label,
          ).toEqual(ranked.slice(0, limit).map((row) => [row.nodeId, row.exact]));
          expect(total, label).toBe(Math.min(ranked.length, SEARCH_COUNT_CAP));
          expect(totalCapped, label).toBe(ranked.length > SEARCH_COUNT_CAP);
        }
      }
    }
  });

  it('counts up to the cap and returns at most the limit', () => {
    const common = searchItems(db, '，', {}, { limit: 5 }, boilerplate);
    expect(common.hits).toHaveLength(5);
    const all = plainScan(db, '，').length;
    expect(all).toBeGreaterThan(SEARCH_COUNT_CAP);
    expect(common).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    const some = searchItems(db, '整改', { noticeId: 'seed-000' }, { limit: 5 }, boilerplate);
    expect(some).toMatchObject({ total: plainScan(db, '整改', { noticeId: 'seed-000' }).length, totalCapped: false });
    expect(some.hits).toHaveLength(5);
    const rare = searchItems(db, '生僻字', {}, {}, boilerplate);
    expect(rare.total).toBe(plainScan(db, '生僻字').length);
    expect(rare.totalCapped).toBe(false);
  });

  it('gives a snippet around the first match with highlight ranges that cover the words', () => {
    for (const query of ['整改', '民主 生活会', 'PPT', '𠀀', '引号"内']) {
      const { hits, words } = searchItems(db, query, {}, { limit: 30 }, boilerplate);
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) {
        const { text, highlights } = hit.snippet;
        expect(highlights.length, `${query}: ${text}`).toBeGreaterThan(0);
        for (const range of highlights) {
          const marked = foldCase(text.slice(range.start, range.end));
          expect(
            words.some((word) => marked.includes(word)),
            marked,
          ).toBe(true);
        }
        expect(text.length).toBeLessThanOrEqual(80);
        expect(text).not.toContain('\n');
      }
    }
  });

  it('describes each hit: notice title, group path, status, fields matched', () => {
    const { hits } = searchItems(db, '班子成员分工只分管科室', {}, {}, boilerplate);
    // Generated notices reuse the seeds' sentences; the seed's own item is the one described here.
    const hit = hits.find((candidate) => candidate.noticeId === 'seed-000');
    expect(hit).toMatchObject({
      itemId: 's000-i1-1-1',
      noticeId: 'seed-000',
      noticeTitle: '中共东莞市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报',
      noticeStage: 'interim',
      groupTitles: ['党组履行自身职责不到位的问题', '班子分工不规范'],
      groupIds: ['s000-g1', 's000-g1-1'],
      exactPhrase: true,
      matchedFields: ['problem'],
      snippet: { field: 'problem', clippedStart: false },
    });
  });

  it('answers the plain query from the index in rowid order, without sorting', () => {
    const plan = (sql: string, ...params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');
    const joined = plan(
      'SELECT s.node_id FROM search_grams f JOIN search_items s ON s.id = f.rowid JOIN nodes n ON n.id = s.node_id WHERE f.search_grams MATCH ? ORDER BY f.rowid DESC LIMIT 20',
      '"0abc"',
    );
    expect(joined).toMatch(/SCAN f VIRTUAL TABLE INDEX/);
    expect(joined).not.toMatch(/TEMP B-TREE/);
    const grams = plan('SELECT f.rowid FROM search_grams f WHERE f.search_grams MATCH ? ORDER BY f.rowid DESC LIMIT 20', '"0abc"');
    expect(grams).not.toMatch(/TEMP B-TREE/);
  });
});
