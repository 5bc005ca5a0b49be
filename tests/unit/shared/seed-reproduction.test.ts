import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLayout, loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { blockText, type DocBlock } from '../../../shared/document/blocks';
import { composeNotice } from '../../../shared/document/compose';
import type { ChecklistNode, Item, Notice } from '../../../shared/model/notice';
import { paragraphText, type ParagraphList } from '../../../shared/model/rich-text';
import { describeIssues, noticeSchema } from '../../../shared/model/schemas';
import { nestQuotes } from '../../../shared/text/quotes';
import { describeFirstDifference, normalizeForComparison, seedBody } from '../../support/seed-text';

/**
 * Each real notice in ../shared/seeds/*.txt has a hand-verified
 * fixture (*.json) holding it as a Notice. Composing the fixture in the
 * notice's layout must give back the seed's text exactly (white space and
 * half/full-width forms aside): the model and the layouts can express real
 * notices, and the numbering generated from the tree is the one printed.
 */

const FIXTURES = new URL('../../fixtures/seeds/', import.meta.url);
/** The real notices themselves, in the shared folder beside the project. */
const SEED_TEXTS = new URL('../../../../shared/seeds/', import.meta.url);
const templates = loadLayoutTemplates();
const OPTIONS = { heading3Bold: false, titleMaxCharactersPerLine: 20 };

interface SeedCase {
  name: string;
  layoutId: string;
  /** The part of the seed the composed blocks must reproduce. */
  body: { from: string; to: string };
  /**
   * Where the seed's title is: inside the body, only in the page's headline
   * (compared separately, from `from` to `to`), or nowhere (the fixture's
   * title is an override the comparison skips).
   */
  title: 'inBody' | { from: string; to: string } | 'absent';
  /** The lines the seed prints its title on, where it shows them (GB/T 9704 7.3.3: no word cut). */
  titleLines?: string[];
  /** The seed ends at the closing (no signature or date in the text). */
  endsAtClosing: boolean;
  /**
   * Where the web page breaks paragraphs differently from the document:
   * lines it splits (the two lines of a title) and paragraphs it runs together.
   */
  pageBreaks?: { joinLineAfter?: string[]; splitBefore?: string[] };
  /**
   * The checklist's shape as counted by reading the seed: for each top-level
   * group, its number of items, or for each of its sub-groups theirs.
   */
  shape: (number | number[])[];
  items: number;
  /**
   * Where the page writes what a document prints otherwise (normalize.ts):
   * each [as on the page, as composed]. Everything else must come back as is.
   */
  corrections?: [string, string][];
}

const SEEDS: SeedCase[] = [
  {
    name: '000_fca5672edf850d55',
    layoutId: 'duizhao',
    body: { from: '中共东莞市民政局党组关于十四届市委\n', to: '2020年12月21日' },
    title: 'inBody',
    endsAtClosing: false,
    titleLines: ['中共东莞市民政局党组关于十四届市委', '第十轮巡察整改阶段性进展情况的通报'],
    pageBreaks: { joinLineAfter: ['中共东莞市民政局党组关于十四届市委'] },
    // 第一… 第六，each with （一）（二）… sub-groups.
    shape: [
      [2, 4],
      [4, 5, 1],
      [1, 1],
      [3, 2],
      [1, 1, 1],
      [1, 1],
    ],
    items: 28,
    // A title inside a title takes 〈〉; the year of a document number 〔〕.
    corrections: [
      ['<东莞市2019年集中采购机构采购项目实施方案>', '〈东莞市2019年集中采购机构采购项目实施方案〉'],
      ['<东莞市民政局政府采购管理工作制度(试行)>', '〈东莞市民政局政府采购管理工作制度(试行)〉'],
      ['东财[2018]329号', '东财〔2018〕329号'],
      ['东民办函[2019]28号', '东民办函〔2019〕28号'],
    ],
  },
  {
    name: '002_24447b05fa0c56f5',
    layoutId: 'fenxiang',
    body: { from: '根据市委统一部署', to: '2021年12月28日' },
    title: { from: '中共东莞市人民政府机关党组关于', to: '的通报' },
    endsAtClosing: false,
    // 第一方面问题 … 第五方面问题，items （一）（二）… directly inside.
    shape: [3, 2, 3, 5, 7],
    items: 20,
  },
  {
    name: '003_8f695a607027e73e',
    layoutId: 'fenlei',
    body: { from: '根据区委巡察工作统一部署', to: 'tlsyaqmzj@126.com。' },
    title: 'absent',
    endsAtClosing: true,
    pageBreaks: { splitBefore: ['欢迎广大干部群众对巡察整改进展落实情况进行监督。'] },
    // （一）（二）（三）…方面, items 1.–10. numbered on across the groups.
    shape: [3, 4, 3],
    items: 10,
    // A dash is written —— (two em dashes), never --.
    corrections: [['团结--批评--团结', '团结——批评——团结']],
  },
];

/** The fixture as stored (validated by its own test) and the seed's text. */
function loadFixture(name: string): { data: unknown; notice: Notice; seed: string } {
  const data: unknown = JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8'));
  return { data, notice: data as Notice, seed: readFileSync(new URL(`${name}.txt`, SEED_TEXTS), 'utf8') };
}

function items(nodes: readonly ChecklistNode[]): Item[] {
  return nodes.flatMap((n) => (n.kind === 'item' ? [n] : items(n.children)));
}

function shapeOf(nodes: readonly ChecklistNode[]): (number | number[])[] {
  return nodes.map((node) => {
    if (node.kind === 'item') return 0;
    const groups = node.children.filter((c) => c.kind === 'group');
    if (groups.length === 0) return node.children.length;
    expect(
      node.children.every((c) => c.kind === 'group'),
      `group ${node.id} mixes items and groups`,
    ).toBe(true);
    return groups.map((g) => (g.kind === 'group' ? g.children.length : 0));
  });
}

function allLists(notice: Notice): ParagraphList[] {
  const { organisation, checklist, nextSteps } = notice.parts;
  return [
    organisation.body,
    checklist.body,
    nextSteps.body,
    ...items(notice.checklist).flatMap((i) => [i.measures, i.progress, ...i.subItems.flatMap((s) => [s.measures, s.progress])]),
  ];
}

const TYPED_ENUMERATOR: Record<Exclude<ParagraphList['enumeration'], 'none'>, RegExp> = {
  一是: /^[一二三四五六七八九十]+是/u,
  '第一，': /^第[一二三四五六七八九十]+[，,]/u,
  '（一）': /^[（(][一二三四五六七八九十]+[）)]/u,
  '1.': /^\d+[.．]/u,
  '（1）': /^[（(]\d+[）)]/u,
};

/** The seed's paragraphs (its non-empty lines), normalised, corrected for the page's own line breaking. */
function seedParagraphs(body: string, breaks: SeedCase['pageBreaks'] = {}): string[] {
  let paragraphs = body
    .split('\n')
    .map(normalizeForComparison)
    .filter((p) => p !== '');
  for (const marker of (breaks.joinLineAfter ?? []).map(normalizeForComparison)) {
    const at = paragraphs.indexOf(marker);
    if (at === -1 || at + 1 >= paragraphs.length) throw new Error(`no line to join after: ${marker}`);
    paragraphs.splice(at, 2, paragraphs[at]! + paragraphs[at + 1]!);
  }
  for (const marker of (breaks.splitBefore ?? []).map(normalizeForComparison)) {
    const at = paragraphs.findIndex((p) => p.indexOf(marker) > 0);
    if (at === -1) throw new Error(`no paragraph to split before: ${marker}`);
    const cut = paragraphs[at]!.indexOf(marker);
    paragraphs = [...paragraphs.slice(0, at), paragraphs[at]!.slice(0, cut), paragraphs[at]!.slice(cut), ...paragraphs.slice(at + 1)];
  }
  return paragraphs;
}

/** The seed's text with the corrections a document makes; each must occur, so a stale one shows. */
function corrected(text: string, corrections: SeedCase['corrections'] = []): string {
  return corrections.reduce((out, [page, printed]) => {
    if (!out.includes(page)) throw new Error(`correction not found in the seed: ${page}`);
    return out.replaceAll(page, printed);
  }, text);
}

/** The composed blocks as the paragraphs a reader sees: the title, each paragraph, the signature's two lines. */
function composedParagraphs(blocks: readonly DocBlock[]): string[] {
  return blocks
    .flatMap((b) => (b.kind === 'signature' ? [b.organisation, b.date] : [blockText(b)]))
    .map(normalizeForComparison)
    .filter((p) => p !== '');
}

function expectSameText(expected: string, actual: string, what: string): void {
  const difference = describeFirstDifference(normalizeForComparison(expected), normalizeForComparison(actual));
  if (difference !== null) expect.fail(`${what}: composed text differs from the seed\n${difference}`);
}

describe.each(SEEDS)('seed $name', (seedCase) => {
  const { data, notice, seed } = loadFixture(seedCase.name);
  const layout = findLayout(templates, seedCase.layoutId);

  it('is a valid notice in the layout the seed uses', () => {
    const parsed = noticeSchema.safeParse(data);
    if (!parsed.success) expect.fail(`fixture ${seedCase.name}.json is not a valid notice:\n${describeIssues(parsed.error)}`);
    expect(parsed.data.layoutId).toBe(seedCase.layoutId);
  });

  it('has the checklist structure counted in the seed', () => {
    expect(shapeOf(notice.checklist)).toEqual(seedCase.shape);
    expect(items(notice.checklist)).toHaveLength(seedCase.items);
  });

  it('types no numbering: group titles and enumerated paragraphs start without an enumerator', () => {
    const groups: string[] = [];
    const walk = (nodes: readonly ChecklistNode[]) =>
      nodes.forEach((n) => (n.kind === 'group' ? (groups.push(n.title), walk(n.children)) : undefined));
    walk(notice.checklist);
    for (const title of groups) expect(title).not.toMatch(/^(第[一二三四五六七八九十]+[，、]|[（(][一二三四五六七八九十\d]+[）)]|\d+\.)/u);
    for (const list of allLists(notice)) {
      if (list.enumeration === 'none') continue;
      for (const p of list.paragraphs) expect(paragraphText(p)).not.toMatch(TYPED_ENUMERATOR[list.enumeration]);
    }
  });

  const compose = () => {
    const blocks = composeNotice(notice, layout, templates.boilerplate, OPTIONS);
    const compared = blocks.filter(
      (b) => !(b.kind === 'title' && seedCase.title !== 'inBody') && !(b.kind === 'signature' && seedCase.endsAtClosing),
    );
    return { blocks, compared };
  };
  // Where the published seed prints double quotes inside double quotes, the composer nests them as
  // GB/T 15834 asks (“…‘写字机器人’…”): the seed is compared as it should have printed.
  const body = corrected(seedBody(seed, seedCase.body.from, seedCase.body.to), seedCase.corrections)
    .split('\n')
    .map(nestQuotes)
    .join('\n');

  it('composes to exactly the text of the seed', () => {
    const { blocks, compared } = compose();
    expectSameText(body, compared.map(blockText).join(''), 'body');

    if (typeof seedCase.title === 'object') {
      const title = blocks.find((b) => b.kind === 'title');
      expect(title, 'the notice has a title').toBeDefined();
      expectSameText(seedBody(seed, seedCase.title.from, seedCase.title.to), blockText(title!), 'title');
    }
  });

  it.runIf(seedCase.titleLines !== undefined)('breaks the title into the lines the seed does', () => {
    const { blocks } = compose();
    const title = blocks.find((b) => b.kind === 'title');
    expect(title?.kind === 'title' ? title.lines : []).toEqual(seedCase.titleLines);
  });

  it('breaks paragraphs where the seed does', () => {
    const { compared } = compose();
    expect(composedParagraphs(compared)).toEqual(seedParagraphs(body, seedCase.pageBreaks));
  });
});

describe('seed 000: figures', () => {
  it('the items’ money adds up to the totals stated in the organisation part', () => {
    const { notice } = loadFixture('000_fca5672edf850d55');
    const all = items(notice.checklist);
    const recovered = all.reduce((sum, i) => sum + (i.figures.moneyRecoveredFen ?? 0), 0);
    const toRecover = all.reduce((sum, i) => sum + (i.figures.moneyToRecoverFen ?? 0), 0);
    const summary = notice.parts.organisation.body.paragraphs.map(paragraphText).join('');
    // 已退回3032436.00元，计划退回2473000.00元
    expect(summary).toContain(`已退回${(recovered / 100).toFixed(2)}元`);
    expect(summary).toContain(`计划退回${(toRecover / 100).toFixed(2)}元`);
  });
});
