import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeTransaction, type Database } from '../../../../main/db/database';
import { migrate } from '../../../../main/db/migrate';
import { LATEST_VERSION } from '../../../../main/db/migrations';
import { getNotice, saveNotice } from '../../../../main/db/notices';
import { openDatabase } from '../../../../main/db/open-database';
import { rebuildSearchIndex } from '../../../../main/db/search/index-writes';
import { searchItemIds, searchItems } from '../../../../main/db/search/search-items';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { itemSearchTexts, textsContainAll } from '../../../../shared/library/item-text';
import { foldCase, parseSearchQuery } from '../../../../shared/library/search-query';
import { SEARCH_COUNT_CAP, type ItemSearchFilters } from '../../../../shared/library/search-types';
import { createGroup, createItem, createNotice, createSubItem } from '../../../../shared/model/factory';
import type { ChecklistNode, Item, Notice } from '../../../../shared/model/notice';
import { plainList, type ParagraphList } from '../../../../shared/model/rich-text';
import { saveNoticesAtOldSchema } from '../../../support/old-schema';
import { plainScan, random, useTempDir } from './support';

/*
 * Hostile inputs for the compact search index: one positionless table of
 * every run of up to three characters, words of four characters or more
 * confirmed on the item's row by instr() or by reading the item. Every
 * answer is compared with the plain definition read straight from the
 * stored rows (textsContainAll over itemSearchTexts), in the order the
 * contract gives: phrase holders first, then the rest, each by rowid
 * descending, and the count exact up to the cap. Each case here once found
 * a defect.
 */

const temp = useTempDir();
const { boilerplate } = loadLayoutTemplates();

interface Found {
  nodeId: string;
  exact: boolean;
}

interface NodeRow {
  id: string;
  notice_id: string;
  parent_id: string | null;
  kind: string;
  title: string | null;
  status: string | null;
  problem: string | null;
  measures: string | null;
  progress: string | null;
  responsible_unit: string | null;
  sub_items: string | null;
  rowid: number | null;
}

function lenient(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function rowTexts(row: NodeRow) {
  return itemSearchTexts({
    problem: row.problem,
    measures: lenient(row.measures),
    progress: lenient(row.progress),
    responsibleUnit: row.responsible_unit,
    subItems: lenient(row.sub_items),
  });
}

/** The answer the contract calls for, read from the stored rows alone (the index gives only each item's rowid, for the order). */
function reference(db: Database, query: string, filters: ItemSearchFilters = {}): Found[] {
  const parsed = parseSearchQuery(query);
  const rows = db
    .prepare(
      `SELECT n.id, n.notice_id, n.parent_id, n.kind, n.title, n.status, n.problem, n.measures, n.progress,
              n.responsible_unit, n.sub_items, s.id AS rowid
       FROM nodes n LEFT JOIN search_items s ON s.node_id = n.id`,
    )
    .all() as NodeRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const group = foldCase(filters.groupTitle?.trim() ?? '');
  const titles = (row: NodeRow): string[] => {
    const out: string[] = [];
    for (let at = row.parent_id; at !== null; at = byId.get(at)?.parent_id ?? null) out.push(byId.get(at)?.title ?? '');
    return out;
  };
  const matching = rows.filter((row) => {
    if (row.kind !== 'item') return false;
    if (filters.noticeId !== undefined && row.notice_id !== filters.noticeId) return false;
    if (filters.statuses !== undefined && !filters.statuses.includes(row.status as never)) return false;
    if (group !== '' && !titles(row).some((title) => foldCase(title).includes(group))) return false;
    return textsContainAll(rowTexts(row), parsed.words);
  });
  for (const row of matching) expect(row.rowid, `${row.id} is indexed`).not.toBeNull();
  matching.sort((a, b) => b.rowid! - a.rowid!);
  if (parsed.phrase === null) return matching.map((row) => ({ nodeId: row.id, exact: false }));
  const isExact = (row: NodeRow) => parsed.words.length === 1 || textsContainAll(rowTexts(row), [parsed.phrase!]);
  return [
    ...matching.filter(isExact).map((row) => ({ nodeId: row.id, exact: true })),
    ...matching.filter((row) => !isExact(row)).map((row) => ({ nodeId: row.id, exact: false })),
  ];
}

const idsOf = (db: Database, query: string, filters: ItemSearchFilters = {}): Found[] =>
  searchItemIds(db, query, filters).map((row) => ({ nodeId: row.nodeId, exact: row.exact }));

function pageOf(db: Database, query: string, filters: ItemSearchFilters, limit: number) {
  const result = searchItems(db, query, filters, { limit }, boilerplate);
  return {
    hits: result.hits.map((hit) => ({ nodeId: hit.itemId, exact: hit.exactPhrase })),
    total: result.total,
    capped: result.totalCapped,
  };
}

/** searchItemIds and searchItems (at the given limits) both give exactly the reference. */
function expectExact(db: Database, query: string, filters: ItemSearchFilters = {}, limits: readonly number[] = [1, 2, 3, 20]): Found[] {
  const want = reference(db, query, filters);
  const label = `${JSON.stringify(query)} ${JSON.stringify(filters)}`;
  expect(idsOf(db, query, filters), label).toEqual(want);
  for (const limit of limits) {
    expect(pageOf(db, query, filters, limit), `${label} limit ${limit}`).toEqual({
      hits: want.slice(0, limit),
      total: Math.min(want.length, SEARCH_COUNT_CAP),
      capped: want.length > SEARCH_COUNT_CAP,
    });
  }
  return want;
}

let stamp = Date.parse('2031-01-01T00:00:00.000Z');
const nextStamp = () => new Date((stamp += 60_000));

function noticeOf(id: string, children: ChecklistNode[], updatedAt = nextStamp()): Notice {
  const notice = createNotice(
    {
      layoutId: 'duizhao',
      partHeadings: { organisation: '一', checklist: '二', nextSteps: '三' },
      measuresEnumeration: 'none',
      progressEnumeration: 'none',
    },
    { issuer: '中共某某局党组', round: '第一轮' },
    updatedAt,
  );
  notice.id = id;
  notice.checklist = children;
  return notice;
}

function libraryOf(name: string, notices: readonly Notice[]): Database {
  const db = temp.track(openDatabase(join(temp.dir(), `${name}.sqlite`)));
  for (const notice of notices) saveNotice(db, notice);
  return db;
}

const oneGroup = (title: string, items: Partial<Item>[]) => [
  createGroup(
    title,
    items.map((fields) => createItem(fields)),
  ),
];

const runs = (...parts: [string, boolean][]): ParagraphList => ({
  enumeration: 'none',
  paragraphs: [{ type: 'paragraph', children: parts.map(([text, bold]) => (bold ? { text, bold: true } : { text })) }],
});

const ids = (found: readonly Found[]) => found.map((row) => row.nodeId);

describe('a JSON escape in the stored text is not read as the letter after the backslash', () => {
  /*
   * Tab, newline and carriage return are kept in stored text
   * (stripForbiddenCharacters), and JSON.stringify writes them as \t, \n, \r.
   * On a row marked raw_match >= 1, instr() then finds a word starting with
   * that letter right after the escape, though the text has a tab there.
   */
  const items: Partial<Item>[] = [
    // Holds 't落实' (problem) and '落实到' (after a tab), never 't落实到'.
    { id: 'tab', problem: 'at落实', measures: plainList(['整改\t落实到位']) },
    // Holds 'n乙丙' and '乙丙丁' (in a sub-item, after a newline), never 'n乙丙丁'.
    { id: 'newline-sub', problem: 'plan乙丙', subItems: [createSubItem({ id: 'nl-sub', problem: '甲\n乙丙丁' })] },
    // Holds 'r情况' and '情况说' (after a carriage return), never 'r情况说'.
    { id: 'return', responsibleUnit: 'Mr情况', progress: plainList(['完成\r情况说明']) },
    // Holds the words 'n' and '乙丙丁' but not the phrase 'n乙丙丁', nor its tokens.
    { id: 'words-only', problem: 'plan', subItems: [createSubItem({ id: 'wo-sub', problem: '甲\n乙丙丁' })] },
  ];
  const db = () => libraryOf('escapes', [noticeOf('n-esc', oneGroup('第一方面', items))]);

  it('finds no item that does not hold the word (tab, newline in a sub-item, carriage return)', () => {
    const library = db();
    for (const query of ['t落实到', 'n乙丙丁', 'r情况说']) {
      expect(plainScan(library, query), query).toEqual([]);
      expect(ids(idsOf(library, query)), query).toEqual([]);
    }
  });

  it('finds every item holding both words, the phrase not taken as confirmed on its row', () => {
    const library = db();
    // 'words-only' and 'newline-sub' hold 'n' and '乙丙丁'; 'newline-sub' holds no 'n乙丙丁' either.
    expect(plainScan(library, 'n 乙丙丁')).toEqual(['newline-sub', 'words-only']);
    expectExact(library, 'n 乙丙丁');
  });

  it('a phrase of two characters: searchItems keeps the item on its page, as searchItemIds ranks it', () => {
    const library = libraryOf('short-phrase', [
      noticeOf('n-short', oneGroup('第一方面', [{ id: 'short', problem: 'plan', measures: plainList(['甲\n第二']) }])),
    ]);
    expect(reference(library, 'n 第')).toEqual([{ nodeId: 'short', exact: false }]);
    expect(idsOf(library, 'n 第')).toEqual([{ nodeId: 'short', exact: false }]);
    expect(pageOf(library, 'n 第', {}, 20)).toEqual({ hits: [{ nodeId: 'short', exact: false }], total: 1, capped: false });
  });

  it('a \\u escape written by hand (a control character, canonical JSON) is read in full', () => {
    const library = libraryOf('u-escape', [
      noticeOf('n-u', oneGroup('第一方面', [{ id: 'u', problem: '第1乙丙', measures: plainList(['占位']) }])),
    ]);
    library.prepare('UPDATE nodes SET measures = ? WHERE id = ?').run(JSON.stringify(plainList(['甲\u0001乙丙丁'])), 'u');
    writeTransaction(library, () => rebuildSearchIndex(library));
    expect(reference(library, '1乙丙丁')).toEqual([]);
    expect(ids(idsOf(library, '1乙丙丁'))).toEqual([]);
  });
});

describe('words that meet the JSON around the text', () => {
  const STYLES = ['none', '一是', '第一，', '（一）', '1.', '（1）'] as const;
  const items: Partial<Item>[] = [
    ...STYLES.map((style, at) => ({
      id: `style-${at}`,
      problem: `编号方式${at}`,
      measures: plainList(['整改措施落实', '第二段'], style),
      progress: plainList(['进展情况'], style),
    })),
    { id: 'style-text', problem: '一是整改，第一，整改（一）整改1.整改（1）整改none整改' },
    { id: 'keys-text', problem: 'paragraph enumeration none true bold continued children text type', measures: plainList(['text整改']) },
    { id: 'json-chars', problem: '引号"内容"与{花括号}和[方括号]，冒号:逗号,反斜杠\\路径', measures: plainList(['"text":"整改"']) },
    {
      id: 'bold-split',
      problem: '其他',
      measures: runs(['整改', true], ['措施落实', false]),
      progress: runs(['进', false], ['展情况', true]),
    },
    { id: 'bold-whole', problem: '其他', measures: runs(['整改措施落实', true]) },
    { id: 'case', problem: 'PPT模板Word文档', responsibleUnit: 'IT中心', progress: plainList(['GB/T 9704 标准']) },
    { id: 'rare', problem: '𠀀𠀁𠀂生僻字', measures: plainList(['𠀁𠀂生僻'], '（1）') },
    {
      id: 'subs',
      problem: '主项',
      subItems: [
        createSubItem({
          id: 'sub-a',
          problem: '子项一是整改',
          measures: runs(['子项', false], ['措施', true]),
          progress: plainList(['子项进展'], '（一）'),
        }),
        createSubItem({ id: 'x'.repeat(64), problem: '另一个子项' }),
      ],
    },
  ];
  const QUERIES = [
    '一是整改',
    '第一，整改',
    '（一）整改',
    '1.整改',
    '（1）整改',
    'none整改',
    'text整改',
    '"text":"整改',
    '":"整改"',
    '整改"',
    '"整改',
    'e":"整',
    '{"text"',
    '反斜杠\\路',
    '\\路径',
    '[方括号]',
    '整改措施',
    '改措施落实',
    '进展情况',
    '展情况',
    '措施落实',
    'ppt模板',
    'PPT模板',
    'pt模板w',
    't模板word',
    'word文档',
    'it中心',
    'gb/t 9704',
    't 9704',
    '𠀁𠀂生僻',
    '𠀂生僻字',
    '子项措施',
    '子项一是',
    '子项进展',
    '另一个子',
    'xxxx',
    '一是 整改',
    '整改 措施',
    '措施 整改',
    '第一， 整改',
    '一 是',
    '第一 ，',
    '（ 一）',
    '（1 ）',
    '1 .',
    'non e',
    'paragraph enumeration',
    'none true',
    'true bold',
    'children text',
  ];

  it('finds exactly what reading the items finds, ranked by the contract', () => {
    const db = libraryOf('json', [noticeOf('n-json', oneGroup('第一方面', items))]);
    for (const query of QUERIES) expectExact(db, query);
    expect(ids(idsOf(db, '整改措施'))).toEqual(expect.arrayContaining(['style-0', 'bold-split', 'bold-whole']));
  });

  it('rows written by hand: odd shapes, other spellings of the same JSON, extra fields', () => {
    const db = libraryOf('hand', [noticeOf('n-hand', oneGroup('第一方面', items))]);
    const set = db.prepare('UPDATE nodes SET measures = ?, progress = ?, sub_items = ? WHERE id = ?');
    const plain = (text: string) => JSON.stringify(plainList([text]));
    // Spaces the canonical spelling has not.
    set.run(
      '{ "enumeration": "none", "paragraphs": [ { "type": "paragraph", "children": [ { "text": "整改措施落实" } ] } ] }',
      plain('x'),
      '[]',
      'style-0',
    );
    // Escapes for characters JSON.stringify writes as they are.
    set.run(
      '{"enumeration":"none","paragraphs":[{"type":"paragraph","children":[{"text":"\\u6574\\u6539\\u63aa\\u65bd"}]}]}',
      plain('x'),
      '[]',
      'style-1',
    );
    // A key twice: JSON.parse keeps the last, the stored text holds both.
    set.run(
      '{"enumeration":"none","paragraphs":[{"type":"paragraph","children":[{"text":"整改措施落实","text":"别的"}]}]}',
      plain('x'),
      '[]',
      'style-2',
    );
    // Another shape: a bare string, a paragraph without children, a leaf whose text is a number.
    set.run(JSON.stringify('整改措施落实'), JSON.stringify({ paragraphs: [{ text: '进展情况' }] }), '[]', 'style-3');
    // A sub-item with extra fields holding the word, and one with no measures.
    set.run(
      plain('x'),
      plain('y'),
      JSON.stringify([
        { id: 'e1', problem: '子项', measures: plainList(['子项']), progress: plainList(['子项']), note: '整改措施落实' },
        { id: 'e2', problem: '整改措施落实' },
      ]),
      'style-4',
    );
    // The word as a key, and as an enumeration no numbering style has.
    set.run(
      JSON.stringify({ enumeration: '整改措施落实', paragraphs: [] }),
      JSON.stringify({ enumeration: 'none', paragraphs: [{ type: 'paragraph', children: [{ text: '进', 整改措施落实: true }] }] }),
      JSON.stringify({ __proto__: null, length: 1 }),
      'style-5',
    );
    // A leaf holding the word under __proto__ (an own key after JSON.parse).
    set.run(
      '{"enumeration":"none","paragraphs":[{"type":"paragraph","children":[{"text":"别的","__proto__":"整改措施落实"}]}]}',
      plain('x'),
      '[]',
      'bold-whole',
    );
    writeTransaction(db, () => rebuildSearchIndex(db));
    for (const query of [...QUERIES, '改措施', '措施落', '整改措施落实', '别的', '进展情况']) expectExact(db, query);
  });
});

describe('phrases and several words', () => {
  const items: Partial<Item>[] = [
    { id: 'wp', problem: '制定 work plan 工作计划' },
    { id: 'wp-case', problem: 'Work Plan 与 WORK PLAN' },
    { id: 'wp-apart', problem: 'work 和 plan 分开' },
    { id: 'wp-glued', problem: 'workplan 连写' },
    { id: 'wp-lines', measures: plainList(['work', 'plan']) },
    { id: 'wp-bold', measures: runs(['work p', true], ['lan', false]) },
    { id: 'abc', problem: 'a b c' },
    { id: 'abc-apart', problem: 'c b a' },
    { id: 'cjk', problem: '整改落实到位', measures: plainList(['工作计划']) },
    { id: 'cjk-apart', problem: '落实 整改', measures: plainList(['到位']) },
    { id: 'cjk-fields', problem: '整改', measures: plainList(['落实']) },
    { id: 'mixed', problem: '整改a b落实' },
  ];
  const QUERIES = [
    'work plan',
    'Work Plan',
    'work  plan',
    'plan work',
    'a b c',
    'a b',
    'c b a',
    'a c',
    '整改 落实',
    '整改 落实 到位',
    '落实 整改',
    '整改落实 到位',
    '整改a b',
    '整改a b落实',
    '整改a b 落实',
    'work 工作计划',
    '工作 计划',
    'ork pla',
    'k p',
  ];

  it('ranks phrase holders first and finds every holder of all the words', () => {
    const older = noticeOf(
      'n-old',
      oneGroup(
        '旧',
        items.map((item) => ({ ...item, id: `old-${item.id!}` })),
      ),
    );
    const newer = noticeOf('n-new', oneGroup('新', items));
    const db = libraryOf('phrases', [older, newer]);
    for (const query of QUERIES) expectExact(db, query, {}, [1, 2, 3, 4, 5, 7, 11, 13, 20]);
    expect(ids(idsOf(db, 'work plan')).slice(0, 3)).toEqual(['wp', 'wp-case', 'wp-bold']);
  });
});

describe('filters with long words', () => {
  it('status, group title and one notice, alone and together', () => {
    const notices: Notice[] = [];
    for (let n = 0; n < 3; n += 1) {
      const groups: ChecklistNode[] = [];
      for (let g = 0; g < 3; g += 1) {
        const items: Item[] = [];
        for (let i = 0; i < 6; i += 1) {
          const id = `f${n}-${g}-${i}`;
          items.push(
            createItem({
              id,
              problem: i % 2 === 0 ? `整改落实到位${id}` : `整改${id}落实`,
              measures: i % 3 === 0 ? runs(['整改落', true], ['实到位', false]) : plainList(['压实责任']),
              status: (['done', 'mostlyDone', 'ongoing', 'longTerm'] as const)[i % 4],
              subItems: i === 5 ? [createSubItem({ id: `${id}-s`, problem: 'Work Plan 子项' })] : [],
            }),
          );
        }
        const inner = { ...createGroup(`第${g}类 Sub组`, items.slice(3)), id: `f${n}-${g}-inner` };
        groups.push({ ...createGroup(`第${g}方面`, [...items.slice(0, 3), inner]), id: `f${n}-${g}` });
      }
      notices.push(noticeOf(`nf-${n}`, groups));
    }
    const db = libraryOf('filters', notices);
    const filters: ItemSearchFilters[] = [
      {},
      { statuses: ['done'] },
      { statuses: ['done', 'ongoing'] },
      { groupTitle: '第1方面' },
      { groupTitle: 'sub组' },
      { groupTitle: ' SUB组 ' },
      { groupTitle: '第2类', statuses: ['longTerm', 'ongoing'] },
      { noticeId: 'nf-1' },
      { noticeId: 'nf-1', statuses: ['mostlyDone'] },
      { noticeId: 'nf-2', groupTitle: '方面', statuses: ['done', 'longTerm'] },
    ];
    for (const filter of filters) {
      for (const query of ['', '整改落实到位', '整改 落实', '落实 整改', 'work plan', '整改落 实到位', 'f1-2']) {
        expectExact(db, query, filter);
      }
    }
  });
});

describe('what a hit shows of rows damaged by hand', () => {
  it('a missing group, groups in a cycle and unreadable notice metadata: the item is still found and described', () => {
    const item = createItem({ id: 'dh-item', problem: '整改落实到位' });
    const inner = { ...createGroup('乙组', [item]), id: 'dh-inner' };
    const db = libraryOf('damaged-hits', [
      noticeOf('n-dh', [{ ...createGroup('甲组', [inner]), id: 'dh-outer' }]),
      noticeOf('n-lost', [createItem({ id: 'lost-item', problem: '整改落实到位' })]),
    ]);
    const describe = (id: string) => {
      const hit = searchItems(db, '整改落实', {}, {}, boilerplate).hits.find((candidate) => candidate.itemId === id);
      return hit && { groupIds: hit.groupIds, groupTitles: hit.groupTitles, noticeTitle: hit.noticeTitle, stage: hit.noticeStage };
    };
    expect(describe('dh-item')).toMatchObject({ groupIds: ['dh-outer', 'dh-inner'], groupTitles: ['甲组', '乙组'] });
    // Each group the other's parent: the path stops at four groups.
    db.prepare("UPDATE nodes SET parent_id = 'dh-inner' WHERE id = 'dh-outer'").run();
    expect(describe('dh-item')).toMatchObject({
      groupIds: ['dh-outer', 'dh-inner', 'dh-outer', 'dh-inner'],
      groupTitles: ['甲组', '乙组', '甲组', '乙组'],
    });
    // The outer group gone (written by a tool that does not check the keys): the path holds the group that is there.
    db.pragma('foreign_keys = OFF');
    db.prepare("UPDATE nodes SET parent_id = 'dh-gone' WHERE id = 'dh-inner'").run();
    expect(describe('dh-item')).toMatchObject({ groupIds: ['dh-inner'], groupTitles: ['乙组'] });
    db.prepare("UPDATE nodes SET parent_id = 'dh-gone' WHERE id = 'dh-item'").run();
    expect(describe('dh-item')).toMatchObject({ groupIds: [], groupTitles: [] });
    db.prepare(`UPDATE notices SET meta = '{"issuer": 5}' WHERE id = 'n-lost'`).run();
    expect(describe('lost-item')).toEqual({ groupIds: [], groupTitles: [], noticeTitle: '（标题无法读取）', stage: 'interim' });
    expect(describe('dh-item')!.noticeTitle).toBe('中共某某局党组关于第一轮巡察整改阶段性进展情况的通报');
  });
});

describe('a page and its count', () => {
  it('every limit from 1 to 200 gives the first matches and the count, capped past 200', () => {
    const notices: Notice[] = [];
    for (let n = 0; n < 4; n += 1) {
      const items: Partial<Item>[] = [];
      for (let i = 0; i < 70; i += 1) {
        const kind = (i * 7 + n) % 5;
        const problem = ['整改落实到位', '落实了整改', '整改与落实', '整改', '落实整改到位'][kind]!;
        items.push({
          id: `p${n}-${i}`,
          problem: `${problem}第${i}项`,
          measures: i % 4 === 0 ? runs(['整改落', false], ['实', true]) : plainList(['其他']),
        });
      }
      notices.push(noticeOf(`np-${n}`, oneGroup(`第${n}方面`, items)));
    }
    const db = libraryOf('pages', notices);
    const limits = Array.from({ length: 200 }, (_, at) => at + 1);
    for (const query of ['整改落实', '整改 落实', '落实 整改', '整改', '改落实到', '整改 落实 到位', '第1']) {
      const all = expectExact(db, query, {}, query === '整改 落实' ? limits : [1, 9, 50, 100, 199, 200]);
      expect(all.length, query).toBeGreaterThan(0);
    }
    expect(reference(db, '整改 落实').length).toBeGreaterThan(SEARCH_COUNT_CAP);
  });
});

describe('queries at the edges of what the index can ask', () => {
  it('a word of 200 characters, every three of them distinct, and 50 words of four', () => {
    const chars = Array.from({ length: 200 }, (_, at) => String.fromCodePoint(0x4e00 + at * 7));
    const long = chars.join('');
    const words = Array.from({ length: 50 }, (_, at) => chars.slice(at * 4, at * 4 + 4).join(''));
    const db = libraryOf('long', [
      noticeOf(
        'n-long',
        oneGroup('长', [
          { id: 'whole', problem: long },
          { id: 'pieces', problem: words.join(' ') },
          { id: 'none', problem: '无' },
        ]),
      ),
    ]);
    expectExact(db, long);
    expectExact(db, words.join(' '));
    expectExact(db, words.slice(0, 20).join(' '));
  });

  it('a query cut at 200 UTF-16 units inside a character outside the BMP loses the half character', () => {
    const query = `${'甲'.repeat(199)}𠀀`;
    expect(parseSearchQuery(query).words).toEqual(['甲'.repeat(199)]);
    const db = libraryOf('surrogate', [
      noticeOf(
        'n-sur',
        oneGroup('长', [
          { id: 'holds', problem: query },
          { id: 'other', problem: '甲'.repeat(199) },
        ]),
      ),
    ]);
    expectExact(db, query);
  });

  it('a lone surrogate, as a word of its own or in one, is no text to find', () => {
    const db = libraryOf('surrogate-word', [
      noticeOf(
        'n-sw',
        oneGroup('生僻', [
          { id: 'rare', problem: '生僻字𠀀出现' },
          { id: 'plain', problem: '普通字' },
        ]),
      ),
    ]);
    for (const query of ['\uD840', '字\uD840', '生僻字\uD840', '\uDC00出现', '生僻 \uD840']) expectExact(db, query);
  });

  it('control characters, quotes and backslashes in the query; FTS5 syntax and base-36 look-alikes', () => {
    const db = libraryOf('syntax', [
      noticeOf(
        'n-syn',
        oneGroup('语法', [
          { id: 'ops', problem: 'NEAR(a b) AND "x" OR -y NOT z* ^head' },
          { id: 'quote', problem: '他说"整改落实"了', measures: plainList(['a"b\\c\td']) },
          { id: 'near', problem: `符号${String.fromCodePoint(parseInt('near', 36))}${String.fromCodePoint(parseInt('and0', 36))}符号` },
        ]),
      ),
    ]);
    for (const query of [
      'near(a',
      'and "x"',
      '"x" or',
      '-y not',
      'z* ^head',
      '说"整改',
      '"整改落实"',
      'a"b\\c',
      'b\\c',
      'c\td',
      `号${String.fromCodePoint(parseInt('near', 36))}${String.fromCodePoint(parseInt('and0', 36))}`,
      'near',
      '\u0001整改',
    ]) {
      expectExact(db, query);
    }
  });
});

describe('a notice near the number of slots', () => {
  const many = (id: string, count: number) =>
    noticeOf(id, [
      createGroup(
        '大量条目',
        Array.from({ length: count }, (_, at) =>
          createItem({ id: `${id}-${at}`, problem: at % 1000 === 7 ? '稀有整改落实' : `条目${at}` }),
        ),
      ),
    ]);

  it('5000 items in one notice are indexed and found, and saving it again keeps them exact', () => {
    const notice = many('big', 5000);
    const db = libraryOf('five-thousand', [notice]);
    expect(ids(expectExact(db, '稀有整改落实'))).toEqual(['big-7', 'big-1007', 'big-2007', 'big-3007', 'big-4007']);
    const again = getNotice(db, 'big')!;
    again.updatedAt = nextStamp().toISOString();
    saveNotice(db, again);
    expectExact(db, '稀有整改落实');
  });

  it('8193 items in one notice are saved: the index makes room for them', () => {
    const db = temp.track(openDatabase(join(temp.dir(), 'too-many.sqlite')));
    saveNotice(db, many('huge', 8193));
    expect(db.prepare('SELECT count(*) FROM search_items').pluck().get()).toBe(8193);
    expect(db.prepare('SELECT slots FROM search_slots').pluck().get()).toBe(16384);
  });

  it('a library the previous release held (a notice of 8193 items) opens after the upgrade', () => {
    const path = join(temp.dir(), 'big-old.sqlite');
    const old = new BetterSqlite3(path);
    expect(migrate(old, 80)).toBe(80);
    saveNoticesAtOldSchema(old, [many('huge', 1)], temp.dir());
    // 8192 more items, as the previous release (65536 slots a notice) could hold them.
    old.exec(`
      WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 8192)
      INSERT INTO nodes (id, notice_id, parent_id, position, kind, title, problem, measures, progress, status,
                         responsible_leader, responsible_unit, sub_items)
      SELECT 'huge-x' || n, notice_id, parent_id, position + n, kind, title, problem || n, measures, progress, status,
             responsible_leader, responsible_unit, sub_items
      FROM nodes, k WHERE id = 'huge-0'`);
    old.close();
    const db = temp.track(openDatabase(path));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  });
});

describe('migration from a database of the previous release', () => {
  it('a stale index at version 80 (old rowids, old tokens, a trigram table) is replaced whole, and saves keep it exact', () => {
    const path = join(temp.dir(), 'v80.sqlite');
    const old = new BetterSqlite3(path);
    expect(migrate(old, 80)).toBe(80);
    const notices = [
      noticeOf('m-1', oneGroup('第一方面', [{ id: 'm1-a', problem: '整改落实到位', measures: runs(['整改', true], ['落实', false]) }])),
      noticeOf(
        'm-2',
        oneGroup('第二方面', [
          { id: 'm2-a', problem: 'Work Plan 工作计划', subItems: [createSubItem({ id: 'm2-s', problem: '子项整改落实' })] },
          { id: 'm2-b', problem: '其他', measures: plainList(['落实整改'], '（一）') },
        ]),
      ),
    ];
    saveNoticesAtOldSchema(old, notices, temp.dir());
    // Index rows as a release with 65536 slots a notice left them, one of them for an item that no longer exists.
    old.exec(`
      INSERT INTO search_notices (notice_id, order_key, stamp) VALUES ('m-1', 1048576, '2000'), ('m-2', 2097152, '2001');
      INSERT INTO search_items (id, node_id, notice_id, status, parent_id) VALUES
        (68719476736, 'm1-a', 'm-1', 'ongoing', NULL), (137438953472, 'gone', 'm-2', 'ongoing', NULL);
      INSERT INTO search_grams (rowid, grams) VALUES (68719476736, 'zzzz'), (137438953472, '00aa');
      INSERT INTO search_trigrams (rowid, body) VALUES (68719476736, '整改落实到位');`);
    old.close();

    const db = temp.track(openDatabase(path));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) FROM search_items').pluck().get()).toBe(3);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'search_trigrams%'").pluck().get()).toBe(0);
    db.prepare("INSERT INTO search_grams (search_grams) VALUES ('integrity-check')").run();
    const QUERIES = ['整改落实', '整改 落实', 'work plan', '子项整改', '落实整改', '（一）落实', '改落实到位'];
    for (const query of QUERIES) expectExact(db, query);
    expect(db.prepare('SELECT node_id, raw_match FROM search_items ORDER BY node_id').all()).toEqual([
      { node_id: 'm1-a', raw_match: 1 },
      { node_id: 'm2-a', raw_match: 2 },
      { node_id: 'm2-b', raw_match: 2 },
    ]);

    // Saves after the migration: an edit, a bold run made plain, a removal, a new notice older than both.
    const first = getNotice(db, 'm-1')!;
    const item = first.checklist[0]!.kind === 'group' ? (first.checklist[0]!.children[0] as Item) : null;
    item!.measures = plainList(['整改落实的新措施']);
    item!.problem = '改写后的问题';
    first.updatedAt = nextStamp().toISOString();
    saveNotice(db, first);
    const second = getNotice(db, 'm-2')!;
    if (second.checklist[0]!.kind === 'group') second.checklist[0]!.children.pop();
    second.updatedAt = nextStamp().toISOString();
    saveNotice(db, second);
    saveNotice(db, noticeOf('m-0', oneGroup('更早', [{ id: 'm0-a', problem: '整改落实更早' }]), new Date('2001-01-01T00:00:00.000Z')));
    for (const query of [...QUERIES, '新措施', '改写后的']) expectExact(db, query);
    expect(db.prepare('SELECT raw_match FROM search_items WHERE node_id = ?').pluck().get('m1-a')).toBe(2);
  });
});

describe('notice order when notices arrive in any order of their dates', () => {
  it('newest notice first after imports older than everything, between two others, and edits (keys spread many times)', () => {
    const db = temp.track(openDatabase(join(temp.dir(), 'arrivals.sqlite')));
    const dates = new Map<string, number>();
    const put = (id: string, at: number) => {
      dates.set(id, at);
      saveNotice(
        db,
        noticeOf(
          id,
          oneGroup('组', [
            { id: `${id}-a`, problem: `整改落实${id}` },
            { id: `${id}-b`, problem: '整改' },
          ]),
          new Date(at),
        ),
      );
    };
    const base = Date.parse('2020-01-01T00:00:00.000Z');
    // Each older than all before it: with keys 2 apart the room below runs out at once.
    for (let n = 0; n < 12; n += 1) put(`desc-${n}`, base - n * 86_400_000);
    // Each between the two oldest: the midpoint runs out after one.
    for (let n = 0; n < 12; n += 1) put(`mid-${n}`, base - 11 * 86_400_000 + (n + 1) * 1000);
    // Edits: an old notice becomes the newest.
    put('desc-5', base + 86_400_000);
    put('mid-3', base + 2 * 86_400_000);
    const byDate = [...dates.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    const noticeOrder = (query: string) => [...new Set(ids(idsOf(db, query)).map((id) => id.replace(/-[ab]$/u, '')))];
    expect(noticeOrder('整改')).toEqual(byDate);
    expect(noticeOrder('整改落实')).toEqual(byDate);
    for (const query of ['整改', '整改落实', '整改 落实', '落实desc-1']) expectExact(db, query);
  });
});

describe('a notice older than every other does not re-index the library', () => {
  /*
   * Imports keep the file's updatedAt. Keys once started at the bottom of
   * their range, 2 apart: every import older than all spread every key and
   * indexed every item anew (seconds a save). Shown here without timing: the
   * rows of a notice nobody touched stay where they are.
   */
  it('importing three older notices moves no index row of a notice nobody touched', () => {
    const base = Date.parse('2024-01-01T00:00:00.000Z');
    const day = 86_400_000;
    const kept = (n: number) => noticeOf(`k-${n}`, oneGroup('组', [{ id: `k-${n}-a`, problem: '整改' }]), new Date(base + n * day));
    const db = libraryOf('older-imports', [kept(0), kept(1), kept(2)]);
    const rowids = () => db.prepare("SELECT id FROM search_items WHERE notice_id = 'k-2'").pluck().all();
    const before = rowids();
    for (let k = 1; k <= 3; k += 1)
      saveNotice(db, noticeOf(`older-${k}`, oneGroup('组', [{ id: `older-${k}-a`, problem: '整改' }]), new Date(base - k * day)));
    expectExact(db, '整改');
    expect(rowids()).toEqual(before);
  });
});

describe('order within a notice', () => {
  it('newest notice first, then document order, also after one item is edited', () => {
    const items = ['甲', '乙', '丙', '丁'].map((name) => ({ id: `o-${name}`, problem: `${name}整改落实` }));
    const db = libraryOf('order', [
      noticeOf('o-old', oneGroup('旧', [{ id: 'o-older', problem: '整改落实' }])),
      noticeOf('o-new', oneGroup('新', items)),
    ]);
    const documentOrder = ['o-甲', 'o-乙', 'o-丙', 'o-丁', 'o-older'];
    expect(ids(idsOf(db, '整改落实'))).toEqual(documentOrder);
    const notice = getNotice(db, 'o-new')!;
    const group = notice.checklist[0]!;
    if (group.kind === 'group') (group.children[2] as Item).problem = '丙整改落实（改写）';
    notice.updatedAt = nextStamp().toISOString();
    saveNotice(db, notice);
    expectExact(db, '整改落实');
    // An edited item keeps its rowid, and so its place in the notice.
    expect(ids(idsOf(db, '整改落实')), 'document order after an edit').toEqual(documentOrder);
  });
});

describe('random items and queries over a small hostile alphabet', () => {
  const ALPHABET = [
    '整',
    '改',
    '落',
    '实',
    'a',
    'B',
    'n',
    't',
    'u',
    '"',
    '\\',
    '，',
    '（',
    '一',
    '）',
    '1',
    '.',
    ' ',
    '是',
    '第',
    '𠀀',
    'x',
    ':',
    '{',
  ];

  function run(seed: number, extra: readonly string[]): void {
    const next = random(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const text = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => pick([...ALPHABET, ...extra])).join('');
    const list = (): ParagraphList => ({
      enumeration: pick(['none', '一是', '第一，', '（一）', '1.', '（1）'] as const),
      paragraphs: Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        type: 'paragraph' as const,
        children: Array.from({ length: 1 + Math.floor(next() * 2) }, () =>
          next() < 0.3 ? { text: text(6), bold: true } : { text: text(6) },
        ),
      })),
    });
    const notices = [0, 1].map((n) =>
      noticeOf(
        `r${seed}-${n}`,
        oneGroup(
          `组${n}`,
          Array.from({ length: 40 }, (_, at) => ({
            id: `r${seed}-${n}-${at}`,
            problem: text(10),
            measures: list(),
            progress: list(),
            responsibleUnit: text(4),
            subItems: next() < 0.3 ? [createSubItem({ id: `r${seed}-${n}-${at}-s`, problem: text(8), measures: list() })] : [],
          })),
        ),
      ),
    );
    const db = libraryOf(`random-${seed}`, notices);
    // Cut by characters: a lone surrogate in the query is dropped (see above).
    const texts = (db.prepare("SELECT problem FROM nodes WHERE kind = 'item'").pluck().all() as string[])
      .map((t) => Array.from(t))
      .filter((t) => t.length > 0);
    for (let q = 0; q < 150; q += 1) {
      const source = pick(texts);
      const at = Math.floor(next() * source.length);
      const query = next() < 0.7 ? source.slice(at, at + 1 + Math.floor(next() * 6)).join('') : `${text(5)} ${text(3)}`;
      if (query.trim() === '') continue;
      expectExact(db, query, {}, [1, 20]);
    }
  }

  it('without tab, newline or return in the text: exactly the plain definition', () => {
    for (const seed of [1, 2, 3]) run(seed, []);
  });

  it('with tab, newline and return in the text: exactly the plain definition', () => {
    for (const seed of [4, 5, 6]) run(seed, ['\t', '\n', '\r']);
  });
});
