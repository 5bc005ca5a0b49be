import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportNoticeToFile, type ExportOptions } from '../../main/export/export-notice';
import { findLayout, loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { blockText, type DocBlock } from '../../shared/document/blocks';
import { composeNotice } from '../../shared/document/compose';
import { isStandaloneHeading } from '../../shared/document/pagination';
import type { Item, Notice } from '../../shared/model/notice';
import { plainList } from '../../shared/model/rich-text';
import { pagedNotice } from '../support/paged-notice';
import { placeRows, printedRows, ROWS_PER_PAGE, type PlacedRow } from '../support/page-rows';
import { assertRenderTools, pdfLines, pdfToPngs, projectRoot, renderDocxFilesToPdf } from '../support/render';

/**
 * Pages as a proofreader checks them, on every seed notice in every layout
 * of templates/layouts/ and on notices built to put a heading or the end of
 * the body on the last lines of a page: no page ends on a heading standing
 * alone, the signature and date stand together on a page with body text, and
 * every other page is full (22 lines) unless a keep moved its last lines on.
 * All files are converted in one LibreOffice run.
 */

const templates = loadLayoutTemplates();
const ATTACHMENT_NOTE = templates.boilerplate.attachmentNote;
const SEEDS = new URL('../fixtures/seeds/', import.meta.url);

interface Case {
  name: string;
  notice: Notice;
  options: ExportOptions;
  blocks: DocBlock[];
}

function makeCase(name: string, notice: Notice, options: ExportOptions = {}): Case {
  const style = templates.style;
  const blocks = composeNotice(notice, findLayout(templates, notice.layoutId), templates.boilerplate, {
    heading3Bold: style.heading3Bold,
    titleMaxCharactersPerLine: style.titleMaxCharactersPerLine,
    ...(options.attachLedger ? { attachmentNote: ATTACHMENT_NOTE } : {}),
  });
  return { name, notice, options, blocks };
}

const seedCases = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .flatMap((file) => {
    const notice = JSON.parse(readFileSync(new URL(file, SEEDS), 'utf8')) as Notice;
    return templates.layouts.map((layout) => makeCase(`${file.slice(0, 3)}-${layout.id}`, { ...notice, layoutId: layout.id }));
  });

/**
 * Line by line: title 1, blank 2, opening 3 …, each paragraph exactly as many
 * lines as given (see paged-notice.ts). `wouldEnd` is the line of page 1 the
 * marked text would end on (or, for a heading, start on) with no keeps.
 */
const LONG_NAME = '中共某某市某某区某某街道某某社区股份经济联合社委员会党总支部';
const stress = {
  // 一、 on 6; organisation 7–21; 二、下一步工作计划 would be line 22, before a 30-line paragraph.
  headingOnLastLine: makeCase(
    'heading-l22',
    pagedNotice(templates, 'fenxiang', { opening: 3, organisation: [5, 10], nextSteps: [30], closing: 4 }),
  ),
  // 二、, the group title and the item head would be lines 21, 22 and the next page's first.
  headingChain: makeCase(
    'heading-chain-l21',
    pagedNotice(templates, 'fenxiang', {
      opening: 3,
      organisation: [5, 9],
      checklist: [{ group: '党的领导弱化', items: [{ problem: '理论学习不深入', measures: [4, 3] }] }],
      closing: 4,
    }),
  ),
  // 专题式: a two-line item head on lines 21–22, its measures on the next page.
  twoLineHeading: makeCase(
    'heading-2lines-l21',
    pagedNotice(templates, 'zhuanti', {
      opening: 3,
      organisation: [6, 9],
      checklist: [{ group: '', items: [{ problem: '部分项目资金使用管理不规范未按规定报备采购计划', measures: [4, 3] }] }],
      closing: 4,
    }),
  ),
  // The same head on lines 22–23: it would be cut in two.
  splitHeading: makeCase(
    'heading-2lines-l22',
    pagedNotice(templates, 'zhuanti', {
      opening: 3,
      organisation: [6, 10],
      checklist: [{ group: '', items: [{ problem: '部分项目资金使用管理不规范未按规定报备采购计划', measures: [4, 3] }] }],
      closing: 4,
    }),
  ),
  // The closing (4 lines) would end on line 21 / 22: blank and signature fall on the next page.
  body21: makeCase('body-l21', pagedNotice(templates, 'zhuanti', { opening: 3, organisation: [6, 6], closing: 4 })),
  body22: makeCase('body-l22', pagedNotice(templates, 'zhuanti', { opening: 3, organisation: [6, 7], closing: 4 })),
  // With the attachment note: closing, blank, 附件, blank, signature.
  attached19: makeCase('attached-l19', pagedNotice(templates, 'zhuanti', { opening: 3, organisation: [6, 4], closing: 4 }), {
    attachLedger: true,
  }),
  attached21: makeCase('attached-l21', pagedNotice(templates, 'zhuanti', { opening: 3, organisation: [6, 6], closing: 4 }), {
    attachLedger: true,
  }),
  attached22: makeCase('attached-l22', pagedNotice(templates, 'zhuanti', { opening: 3, organisation: [6, 7], closing: 4 }), {
    attachLedger: true,
  }),
  // A name of two lines: the closing ending on 18 leaves room (blank 19, name 20–21, date 22); on 19 it does not.
  longName18: makeCase(
    'long-name-l18',
    pagedNotice(templates, 'zhuanti', { opening: 3, organisation: [6, 3], closing: 4, signature: LONG_NAME }),
  ),
  longName19: makeCase(
    'long-name-l19',
    pagedNotice(templates, 'zhuanti', { opening: 3, organisation: [6, 4], closing: 4, signature: LONG_NAME }),
  ),
  longName20: makeCase(
    'long-name-l20',
    pagedNotice(templates, 'zhuanti', { opening: 3, organisation: [6, 5], closing: 4, signature: LONG_NAME }),
  ),
  // 专题式: the item head on line 18, then twelve short measures in the heading font (（一）加强理论学习。…)
  // on 19–30. They are a list, not headings: page 1 stays full and the list runs on over the break.
  shortMeasures: makeCase(
    'short-measures',
    withShortMeasures(
      pagedNotice(templates, 'zhuanti', {
        opening: 3,
        organisation: [6, 6],
        checklist: [{ group: '', items: [{ problem: '理论学习不深入', measures: [1] }] }],
        closing: 4,
      }),
    ),
  ),
};
const stressCases = Object.values(stress);

/** The notice with its one item's measures replaced by twelve short ones, each a phrase with its 。. */
function withShortMeasures(notice: Notice): Notice {
  const phrases = [
    '加强理论学习',
    '完善学习制度',
    '开展专题研讨',
    '强化督促检查',
    '落实谈心谈话',
    '健全工作台账',
    '规范会议记录',
    '严格请假制度',
    '开展警示教育',
    '深化以案促改',
    '压实主体责任',
    '强化结果运用',
  ];
  const item = notice.checklist[0]!.kind === 'item' ? notice.checklist[0]! : (notice.checklist[0]!.children[0] as Item);
  item.measures = plainList(
    phrases.map((p) => `${p}。`),
    '（一）',
  );
  return notice;
}

/** Each case's rows, placed on its blocks, once every file is rendered. */
const placed = new Map<string, PlacedRow[]>();

beforeAll(async () => {
  await assertRenderTools();
  const dir = mkdtempSync(join(tmpdir(), 'render-pagination-'));
  const all = [...seedCases, ...stressCases];
  const files = all.map((c) => join(dir, `${c.name}.docx`));
  await Promise.all(all.map((c, i) => exportNoticeToFile(c.notice, files[i]!, templates, c.options)));
  const started = Date.now();
  const pdfs = await renderDocxFilesToPdf(files, dir);
  console.info(`pagination: ${files.length} files rendered in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [i, c] of all.entries()) placed.set(c.name, placeRows(c.blocks, printedRows(await pdfLines(pdfs[i]!))));
  // The stress cases as images, for a person to look at; not committed.
  const artifacts = join(projectRoot, 'tests', 'artifacts', 'render', 'pagination');
  mkdirSync(artifacts, { recursive: true });
  await Promise.all(pdfs.slice(seedCases.length).map((pdf) => pdfToPngs(pdf, artifacts, 40)));
}, 300_000);

function rowsOf(c: Case): PlacedRow[] {
  const rows = placed.get(c.name);
  if (!rows) throw new Error(`${c.name} was not rendered`);
  return rows;
}

/** The notice's rows page by page (the ledger's pages, after the signature, are not among them). */
function pages(c: Case): PlacedRow[][] {
  const out: PlacedRow[][] = [];
  for (const row of rowsOf(c)) (out[row.page] ??= []).push(row);
  return out;
}

const where = (row: PlacedRow) => `page ${row.page + 1}, line ${row.row + 1}`;
const kept = (block: DocBlock | undefined) => block !== undefined && 'keepWithNext' in block && block.keepWithNext === true;

/** The paragraph the signature is tied to: the body's last, the attachment note aside. */
function closingIndex(c: Case): number {
  return c.blocks.findLastIndex((b) => b.kind === 'paragraph' && blockText(b) !== ATTACHMENT_NOTE && !isStandaloneHeading(b));
}

function expectNoPageEndsOnHeading(c: Case): void {
  const rows = rowsOf(c);
  for (const page of pages(c)) {
    const last = page.at(-1)!;
    expect(isStandaloneHeading(c.blocks[last.block]!), `${c.name}: ${where(last)} ends the page on a heading: ${last.text}`).toBe(false);
  }
  // Each heading's lines and the first line after it share a page.
  c.blocks.forEach((block, index) => {
    if (!isStandaloneHeading(block)) return;
    const own = rows.filter((r) => r.block === index);
    const next = rows.find((r) => r.block > index);
    if (!next) return;
    for (const row of own) expect(row.page, `${c.name}: heading ${blockText(block)} and ${next.text}`).toBe(next.page);
  });
}

function expectSignatureWithBody(c: Case): void {
  const rows = rowsOf(c);
  const signature = c.blocks.findIndex((b) => b.kind === 'signature');
  const own = rows.filter((r) => r.block === signature);
  // A seed may have no date yet (003): then the organisation alone.
  expect(own.length, `${c.name}: the signature is printed`).toBeGreaterThanOrEqual(1);
  const page = own[0]!.page;
  for (const row of own) expect(row.page, `${c.name}: signature line ${row.text}`).toBe(page);
  const closing = rows.filter((r) => r.block === closingIndex(c)).at(-1)!;
  expect(closing.page, `${c.name}: the body's last line (${closing.text}) is on the signature's page`).toBe(page);
  if (c.options.attachLedger) {
    const note = rows.find((r) => r.text === ATTACHMENT_NOTE);
    expect(note?.page, `${c.name}: the attachment note is on the signature's page`).toBe(page);
  }
}

/**
 * A page short of 22 lines is followed by a page that starts with what a keep
 * moved: a block kept with the next, and no more lines missing than the kept
 * blocks take at the top of that page (blank lines included), plus all but
 * the last line of a block kept together that ends the chain (the signature).
 */
function expectFullPages(c: Case): void {
  const all = pages(c);
  all.slice(0, -1).forEach((page, index) => {
    const last = page.at(-1)!;
    const short = ROWS_PER_PAGE - 1 - last.row;
    if (short === 0) return;
    const next = all[index + 1]!;
    expect(
      kept(c.blocks[next[0]!.block]),
      `${c.name}: page ${index + 1} has ${last.row + 1} lines, yet page ${index + 2} starts with ${next[0]!.text}`,
    ).toBe(true);
    const free = next.find((r) => !kept(c.blocks[r.block]));
    const together = free && c.blocks[free.block]!.kind !== 'title' && (c.blocks[free.block] as { keepTogether?: boolean }).keepTogether;
    const moved = !free ? next.at(-1)!.row + 1 : free.row + (together ? next.filter((r) => r.block === free.block).length - 1 : 0);
    expect(short, `${c.name}: page ${index + 1} has ${last.row + 1} lines; the keep moved at most ${moved}`).toBeLessThanOrEqual(moved);
  });
}

function expectProofreadPages(c: Case): void {
  expectNoPageEndsOnHeading(c);
  expectSignatureWithBody(c);
  expectFullPages(c);
}

describe.each(seedCases.map((c) => [c.name, c] as const))('seed notice %s', (_name, c) => {
  it('ends no page on a heading standing alone', () => expectNoPageEndsOnHeading(c));
  it('prints signature and date together on a page with body text', () => expectSignatureWithBody(c));
  it('fills every page with 22 lines, but where a keep moved lines on', () => expectFullPages(c));
});

/** The last line of page 1, and the rows page 2 starts with. */
function pageBreak(c: Case, count: number): { lastLine: number; next: PlacedRow[] } {
  const [first, second] = pages(c);
  return { lastLine: first!.at(-1)!.row + 1, next: second!.slice(0, count) };
}

describe('a heading that would end a page', () => {
  it('goes to the next page with the first line of the long paragraph after it', () => {
    const c = stress.headingOnLastLine;
    expectProofreadPages(c);
    const { lastLine, next } = pageBreak(c, 2);
    expect(lastLine).toBe(21);
    expect(next[0]!.text).toBe('二、下一步工作计划');
    // The paragraph after it starts right below and runs on over page 3.
    expect([next[1]!.block, next[1]!.line]).toEqual([next[0]!.block + 1, 0]);
    expect(pages(c)[2]![0]!.block).toBe(next[1]!.block);
  });

  it('lets a list of short measures in the heading font break like body text', () => {
    const c = stress.shortMeasures;
    expectProofreadPages(c);
    const { lastLine, next } = pageBreak(c, 1);
    expect(lastLine).toBe(22);
    expect(next[0]!.text).toMatch(/^（[五六]）/u);
  });

  it('takes the headings before it along', () => {
    const c = stress.headingChain;
    expectProofreadPages(c);
    const { lastLine, next } = pageBreak(c, 4);
    expect(lastLine).toBe(20);
    expect(next.map((r) => r.text).slice(0, 3)).toEqual([
      '二、巡察反馈问题的整改落实情况',
      '第一方面问题，党的领导弱化。',
      '（一）针对理论学习不深入的问题',
    ]);
    expect(isStandaloneHeading(c.blocks[next[3]!.block]!)).toBe(false);
  });

  it.each([
    ['on lines 21–22', stress.twoLineHeading, 20],
    ['on lines 22–23', stress.splitHeading, 21],
  ] as const)('moves both lines of a two-line heading %s', (_where, c, lastLine) => {
    expectProofreadPages(c);
    const { lastLine: last, next } = pageBreak(c, 3);
    expect(last).toBe(lastLine);
    expect(
      next
        .slice(0, 2)
        .map((r) => r.text)
        .join(''),
    ).toBe('一、关于“部分项目资金使用管理不规范未按规定报备采购计划”问题的整改情况');
    expect(next[2]!.block).toBe(next[0]!.block + 1);
  });
});

describe('a body that ends low on a page', () => {
  const cases: [string, Case, number][] = [
    ['on line 21', stress.body21, 21],
    ['on line 22', stress.body22, 22],
    ['on line 19, with the attachment note', stress.attached19, 19],
    ['on line 21, with the attachment note', stress.attached21, 21],
    ['on line 22, with the attachment note', stress.attached22, 22],
    ['on line 19, before a two-line name', stress.longName19, 19],
    ['on line 20, before a two-line name', stress.longName20, 20],
  ];
  it.each(cases)('%s pulls its last lines onto the signature’s page', (_what, c, wouldEnd) => {
    expectProofreadPages(c);
    const [first, second] = pages(c);
    const closing = closingIndex(c);
    // Of the closing's 4 lines, those carried over are the ones page 1 is short of:
    // the page ends that many lines above where the closing would have ended.
    const carried = second!.filter((r) => r.block === closing).length;
    expect(carried).toBeGreaterThanOrEqual(1);
    expect(first!.filter((r) => r.block === closing).length + carried).toBe(4);
    expect(first!.at(-1)!.row + 1 + carried).toBe(wouldEnd);
    expect(second!.at(-1)!.block).toBe(c.blocks.findIndex((b) => b.kind === 'signature'));
  });

  it('leaves a page alone when the signature fits', () => {
    const c = stress.longName18;
    expectProofreadPages(c);
    const [first] = pages(c);
    // Blank on 19, the name on 20–21, the date on 22: all on page 1.
    expect(pages(c)).toHaveLength(1);
    expect(first!.slice(-3).map((r) => r.row + 1)).toEqual([20, 21, 22]);
    expect(first!.at(-1)!.text).toBe('2020年12月21日');
  });
});
