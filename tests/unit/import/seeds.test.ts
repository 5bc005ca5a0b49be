import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import/errors';
import { comparableText } from '../../../shared/import/choose-layout';
import { textSimilarity } from '../../../shared/import/similarity';
import type { ChecklistNode, Notice, NoticeMeta } from '../../../shared/model/notice';
import { importText, items, normalise, numbering, plainSimilarity, printedParagraphs, ROOT, SEEDS_DIR, shapeOf } from './helpers';

/**
 * The three real notices of ../shared/seeds, imported from their text as
 * copied from the web. Structure and metadata below were counted and read
 * from the seeds by hand; the hand-verified fixtures
 * (tests/fixtures/seeds/*.json) give the rest of the expected notice.
 */

interface SeedCase {
  name: string;
  layoutId: string;
  /** The notice's text in the seed: from the title (or opening) to the date (or closing). */
  body: { from: string; to: string };
  /** Per top-level group: its item count, or its sub-groups' item counts. */
  shape: (number | number[])[];
  items: number;
  meta: Partial<NoticeMeta>;
  /** Metadata the fixture holds that the text does not state. */
  notInText: (keyof NoticeMeta)[];
}

const SEEDS: SeedCase[] = [
  {
    name: '000_fca5672edf850d55',
    layoutId: 'duizhao',
    body: { from: '中共东莞市民政局党组关于十四届市委\n', to: '2020年12月21日' },
    // 第一 … 第六, each with （一）（二）… sub-groups; （三）物资管理 holds one unnumbered item.
    shape: [
      [2, 4],
      [4, 5, 1],
      [1, 1],
      [3, 2],
      [1, 1, 1],
      [1, 1],
    ],
    items: 28,
    meta: {
      issuer: '中共东莞市民政局党组',
      issuerShort: '市民政局党组',
      inspectingBody: '市委',
      round: '十四届市委第十轮',
      inspectionGroup: '市委第二巡察组',
      inspectionStart: '2020-05-19',
      inspectionEnd: '2020-06-19',
      feedbackDate: '2020-09-23',
      stage: 'interim',
      publicationDate: '2020-12-21',
      signature: '中共东莞市民政局党组',
      contactsLead: '联系方式：',
      // As written: 电话22832508 (no colon), the others with ：, all separated by ；.
      contacts: [
        { kind: 'phone', label: '电话', value: '22832508', colon: '', separator: '；' },
        { kind: 'address', label: '邮政信箱', value: '广东省东莞市莞城汇峰中心H座4楼机关党委（人事科）', colon: '：', separator: '；' },
        { kind: 'postcode', label: '邮政编码', value: '523000', colon: '：', separator: '；' },
      ],
      titleOverride: null,
      openingOverride: null,
      closingOverride: null,
    },
    notInText: [],
  },
  {
    name: '002_24447b05fa0c56f5',
    layoutId: 'fenxiang',
    body: { from: '中共东莞市人民政府机关党组关于', to: '2021年12月28日' },
    // 第一方面问题 … 第五方面问题, items （一）（二）… directly inside.
    shape: [3, 2, 3, 5, 7],
    items: 20,
    meta: {
      issuer: '中共东莞市人民政府机关党组',
      issuerShort: '市政府机关党组',
      inspectingBody: '市委',
      round: '十四届市委第十三轮',
      inspectionGroup: '市委第一巡察组',
      inspectionStart: '2021-03-12',
      inspectionEnd: '2021-04-09',
      feedbackDate: '2021-07-22',
      stage: 'interim',
      publicationDate: '2021-12-28',
      signature: '中共东莞市人民政府机关党组',
      contacts: [
        { kind: 'phone', label: '电话', value: '0769-22831389', colon: '', separator: '；' },
        { kind: 'email', label: '电子邮箱', value: 'dgsfbrsk@dg.gov.cn', colon: '：', separator: '；' },
        { kind: 'address', label: '邮政信箱', value: '东莞市南城街道鸿福路99号市行政办事中心市府办', colon: '：', separator: '；' },
        { kind: 'postcode', label: '邮政编码', value: '523888', colon: '：', separator: '；' },
      ],
    },
    notInText: [],
  },
  {
    name: '003_8f695a607027e73e',
    layoutId: 'fenlei',
    body: { from: '根据区委巡察工作统一部署', to: 'tlsyaqmzj@126.com。' },
    // （一）（二）（三）…方面, items 1.–10. numbered on across the groups.
    shape: [3, 4, 3],
    items: 10,
    meta: {
      issuer: '中共铜陵市义安区民政局党组',
      issuerShort: '区民政局党组',
      inspectingBody: '区委',
      inspectionGroup: '区委第三巡察组',
      inspectionStart: '2020-06-15',
      inspectionEnd: '2020-08-28',
      feedbackDate: '2020-10-14',
      stage: 'progress',
      publicationDate: null,
      contactsLead: '',
      contacts: [
        { kind: 'phone', label: '联系电话', value: '0562-8827803', colon: '', separator: '；' },
        { kind: 'address', label: '通讯地址', value: '铜陵市义安区顺安镇建业路671号6楼民政局', colon: '：', separator: '；' },
        { kind: 'email', label: '电子邮箱', value: 'tlsyaqmzj@126.com', colon: '：', separator: '；' },
      ],
      closingOverride: '欢迎广大干部群众对巡察整改进展落实情况进行监督。如有意见建议，请及时向我们反映。',
    },
    // No title and no signature on the page: the fixture fills them in by hand.
    notInText: ['round', 'titleOverride', 'signature'],
  },
];

const seedText = (name: string) => readFileSync(path.join(SEEDS_DIR, `${name}.txt`), 'utf8');
const fixture = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'seeds', `${name}.json`), 'utf8')) as Notice;

function bodyOf(text: string, { from, to }: SeedCase['body']): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start === -1 || end === -1) throw new Error(`markers not found: ${from} … ${to}`);
  return text.slice(start, end + to.length);
}

/** The tree as the text states it: group titles, problems, measures, progress, sub-items. */
function textual(nodes: readonly ChecklistNode[]): unknown[] {
  return nodes.map((n) =>
    n.kind === 'group'
      ? { title: n.title, children: textual(n.children) }
      : {
          problem: n.problem,
          measures: n.measures,
          progress: n.progress,
          leadOverride: n.leadOverride,
          subItems: n.subItems.map(({ problem, measures, progress }) => ({ problem, measures, progress })),
        },
  );
}

describe.each(SEEDS)('importing seed $name', (seed) => {
  const text = seedText(seed.name);
  const result = importText(text);
  const { notice } = result;

  it('finds the group structure and every item', () => {
    expect(shapeOf(notice.checklist)).toEqual(seed.shape);
    expect(items(notice.checklist)).toHaveLength(seed.items);
    expect(result.recognised.items).toBe(seed.items);
  });

  it('reads the metadata the notice states', () => {
    expect(notice.meta).toMatchObject(seed.meta);
    for (const field of [
      'issuer',
      'issuerShort',
      'inspectingBody',
      'round',
      'inspectionGroup',
      'inspectionStart',
      'inspectionEnd',
      'feedbackDate',
    ] as const) {
      expect(notice.meta[field], field).toBeTruthy();
    }
    expect(notice.meta.contacts.length).toBeGreaterThan(0);
  });

  it('picks the layout the notice is printed in', () => {
    expect(notice.layoutId).toBe(seed.layoutId);
    expect(result.layouts[0]!.layoutId).toBe(seed.layoutId);
  });

  it('comes out as the hand-verified fixture: parts, tree, problems, measures, progress', () => {
    const expected = fixture(seed.name);
    expect(notice.parts).toEqual(expected.parts);
    expect(textual(notice.checklist)).toEqual(textual(expected.checklist));
    const { meta } = expected;
    for (const field of Object.keys(meta) as (keyof NoticeMeta)[]) {
      if (!seed.notInText.includes(field)) expect(notice.meta[field], field).toEqual(meta[field]);
    }
  });

  it('prints back, in the detected layout, the text of the seed (similarity ≥ 0.98) with the same numbering', () => {
    const printed = printedParagraphs(notice);
    const source = bodyOf(text, seed.body);
    const similarity = plainSimilarity(normalise(printed.join('')), normalise(source));
    expect(similarity).toBeGreaterThanOrEqual(0.98);
    // The importer's own fast measure agrees with the plain one, and never errs high.
    const fast = textSimilarity(comparableText(printed.join('')), comparableText(source));
    expect(fast).toBeLessThanOrEqual(similarity + 1e-9);
    expect(fast).toBeGreaterThan(similarity - 0.005);
    const sourceParagraphs = source.split('\n').filter((l) => l.trim() !== '');
    expect(numbering(printed)).toEqual(numbering(sourceParagraphs));
  });

  it('warns only about what the page really lacks', () => {
    const lacking = seed.name.startsWith('003') ? ['missingPart', 'missingPart', 'missingPart'] : [];
    expect(result.warnings.map((w) => w.kind)).toEqual(lacking);
  });
});

it('refuses a text that is not a notice, in one Chinese sentence', () => {
  expect(() => importText('今天天气很好。\n我们去公园散步。')).toThrow(ImportError);
  expect(() => importText('今天天气很好。')).toThrow(/不像巡察整改情况的通报/u);
});
