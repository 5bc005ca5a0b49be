import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportNoticeDocx } from '../../../main/export/export-notice';
import { importBytes } from '../../../main/import/import-file';
import { noticeTitle, openingParagraph } from '../../../shared/document/generated-text';
import { withSuffix } from '../../../shared/document/group-heading';
import { ImportError } from '../../../shared/import/errors';
import type { ImportResult } from '../../../shared/import/import-notice';
import type { Layout } from '../../../shared/layout/layout';
import type { ChecklistNode, NoticeMeta } from '../../../shared/model/notice';
import { paragraphText, type ParagraphList } from '../../../shared/model/rich-text';
import { importText, normalise, printedParagraphs, ROOT, templates } from './helpers';

/**
 * The hand-written corpus of tests/fixtures/notices: notice texts in the
 * forms real pages use (furniture, heads, groups, openings, narrative,
 * Traditional …), each beside what a person reads in it
 * (<name>.expected.json, see CorpusExpectation). Import gives exactly that;
 * import → export → import gives the same tree.
 */

const DIR = path.join(ROOT, 'tests', 'fixtures', 'notices');

/** A paragraph list as expected: its paragraph count, or each paragraph's opening words. */
type ExpectedList = number | string[];

/**
 * A group is its title as the notice prints it after the group's number —
 * as the source writes it (关于“…”方面, …方面的问题, …情况): the layout's own
 * suffix (方面, 。) included where the layout adds it, so the expectation
 * does not depend on which layout the import chose.
 */
type ExpectedNode =
  | { group: string; children: ExpectedNode[] }
  | {
      item: string;
      measures?: ExpectedList;
      progress?: ExpectedList;
      subItems?: { problem: string; measures?: ExpectedList; progress?: ExpectedList }[];
    };

interface ExpectedPart {
  heading: string;
  paragraphs: ExpectedList;
}

interface CorpusExpectation {
  /** What forms the text shows, for the reader of a failure. */
  covers: string;
  /** The import refuses the text with a message containing this; nothing else is checked. */
  refused?: string;
  /** The title as it prints ('' when the text has none and the title stays empty). */
  title?: string;
  /** The opening as it prints ('' when none was found: never a generated one). */
  opening?: string;
  meta?: Partial<
    Pick<
      NoticeMeta,
      | 'issuer'
      | 'issuerShort'
      | 'inspectingBody'
      | 'round'
      | 'inspectionGroup'
      | 'inspectionStart'
      | 'inspectionEnd'
      | 'feedbackDate'
      | 'stage'
      | 'publicationDate'
      | 'signature'
    >
  >;
  parts?: { organisation?: ExpectedPart; checklist?: ExpectedPart; nextSteps?: ExpectedPart };
  tree?: ExpectedNode[];
  /** Each is found in some warning's message. */
  warnings?: string[];
  /** Each is found in some line the import reports as dropped page furniture. */
  dropped?: string[];
}

interface Case {
  name: string;
  text: string;
  expected: CorpusExpectation;
}

function cases(): Case[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      return {
        name,
        text: readFileSync(path.join(DIR, f), 'utf8'),
        expected: JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as CorpusExpectation,
      };
    });
}

/** The tree as the expectations write it, with each list as the expectation gives it (count or opening words). */
function actualTree(nodes: readonly ChecklistNode[], like: readonly ExpectedNode[] | undefined, layout: Layout, depth = 0): ExpectedNode[] {
  return nodes.map((node, i) => {
    const want = like?.[i];
    if (node.kind === 'group') {
      const level = layout.groups.levels[Math.min(depth, layout.groups.levels.length - 1)]!;
      return {
        group: withSuffix(node.title, level.suffix),
        children: actualTree(node.children, want && 'group' in want ? want.children : undefined, layout, depth + 1),
      };
    }
    const w = want && 'item' in want ? want : undefined;
    const out: ExpectedNode = { item: node.problem };
    if (w?.measures !== undefined) out.measures = listAs(node.measures, w.measures);
    if (w?.progress !== undefined) out.progress = listAs(node.progress, w.progress);
    if (w?.subItems !== undefined || node.subItems.length > 0) {
      out.subItems = node.subItems.map((sub, k) => {
        const ws = w?.subItems?.[k];
        const s: { problem: string; measures?: ExpectedList; progress?: ExpectedList } = { problem: sub.problem };
        if (ws?.measures !== undefined) s.measures = listAs(sub.measures, ws.measures);
        if (ws?.progress !== undefined) s.progress = listAs(sub.progress, ws.progress);
        return s;
      });
    }
    return out;
  });
}

/** A list as its count, or as each paragraph cut to the length of the expected opening words. */
function listAs(list: ParagraphList, like: ExpectedList): ExpectedList {
  const texts = list.paragraphs.map(paragraphText);
  if (typeof like === 'number') return texts.length;
  return texts.map((t, i) => {
    const want = like[i];
    return want !== undefined && t.startsWith(want) ? want : t;
  });
}

/** The tree alone, texts and counts, for comparing two imports. */
function treeSignature(nodes: readonly ChecklistNode[]): unknown {
  return nodes.map((node) =>
    node.kind === 'group'
      ? { group: normalise(node.title), children: treeSignature(node.children) }
      : {
          // The stop ending a problem's sentence belongs to its head: 问题一：X。 prints as 1.X。 and reads back as X.
          item: normalise(node.problem).replace(/[。；]$/u, ''),
          measures: node.measures.paragraphs.map((p) => normalise(paragraphText(p))),
          progress: node.progress.paragraphs.map((p) => normalise(paragraphText(p))),
          subItems: node.subItems.map((s) => normalise(s.problem)),
        },
  );
}

function checkPart(result: ImportResult, key: 'organisation' | 'checklist' | 'nextSteps', want: ExpectedPart): void {
  const part = result.notice.parts[key];
  expect.soft(part.heading, `${key} heading`).toBe(want.heading);
  expect.soft(listAs(part.body, want.paragraphs), `${key} paragraphs`).toEqual(want.paragraphs);
}

const all = cases();
const DOUBLE_NUMBER =
  /^(?:\d{1,3}[.、]|（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、)(?:巡察|巡视)?(?:反馈|存在)?(?:的)?问题(?:[一二三四五六七八九十]{1,3}|\d{1,3})[：:]/u;

describe('the import corpus', () => {
  it('has at least 30 notices', () => {
    expect(all.length).toBeGreaterThanOrEqual(30);
  });

  for (const { name, text, expected } of all) {
    it(`${name}: ${expected.covers}`, async () => {
      if (expected.refused !== undefined) {
        expect(() => importText(text)).toThrow(ImportError);
        expect(() => importText(text)).toThrow(expected.refused);
        return;
      }
      const result = importText(text);
      const { meta } = result.notice;
      if (expected.title !== undefined)
        expect.soft(noticeTitle(meta, templates.boilerplate).replace(/\n/gu, ''), 'title').toBe(expected.title);
      if (expected.opening !== undefined) expect.soft(openingParagraph(meta, templates.boilerplate), 'opening').toBe(expected.opening);
      for (const [key, value] of Object.entries(expected.meta ?? {})) {
        expect.soft(meta[key as keyof NoticeMeta], `meta.${key}`).toEqual(value);
      }
      for (const key of ['organisation', 'checklist', 'nextSteps'] as const) {
        const want = expected.parts?.[key];
        if (want) checkPart(result, key, want);
      }
      const layout = templates.layouts.find((l) => l.id === result.notice.layoutId)!;
      if (expected.tree) expect.soft(actualTree(result.notice.checklist, expected.tree, layout), 'tree').toEqual(expected.tree);
      const messages = result.warnings.map((w) => w.message);
      for (const w of expected.warnings ?? [])
        expect
          .soft(
            messages.some((m) => m.includes(w)),
            `a warning with “${w}” among ${JSON.stringify(messages)}`,
          )
          .toBe(true);
      const dropped = result.dropped.map((d) => d.text);
      for (const d of expected.dropped ?? [])
        expect
          .soft(
            dropped.some((t) => t.includes(d)),
            `“${d}” dropped among ${JSON.stringify(dropped)}`,
          )
          .toBe(true);
      // A numbered label (反馈问题一：) is the item's number: the layout's own never prints in front of it as well.
      for (const p of printedParagraphs(result.notice)) expect.soft(p, 'a number printed twice').not.toMatch(DOUBLE_NUMBER);
      // Nothing dropped is the notice's own text.
      const printed = normalise(printedParagraphs(result.notice).join(''));
      // (A repeat of the title, or a piece of it, is dropped and printed once, in the title.)
      const title = normalise(noticeTitle(meta, templates.boilerplate));
      for (const d of result.dropped) {
        if (!title.includes(normalise(d.text)))
          expect.soft(printed.includes(normalise(d.text)), `dropped “${d.text}” also printed`).toBe(false);
      }

      // The exported .docx reads back into the same tree.
      const docx = await exportNoticeDocx(result.notice, templates);
      const again = importBytes(docx, `${name}.docx`, templates);
      expect.soft(treeSignature(again.notice.checklist), 'tree after export and import').toEqual(treeSignature(result.notice.checklist));
    });
  }
});
