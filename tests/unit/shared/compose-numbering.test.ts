import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLayout, loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { blockText, type DocBlock, type DocRun } from '../../../shared/document/blocks';
import { composeNotice } from '../../../shared/document/compose';
import { readMarker, type MarkerKind } from '../../../shared/import/markers';
import type { Layout } from '../../../shared/layout/layout';
import { enumerator } from '../../../shared/layout/numbering';
import { createGroup, createItem, createNotice, createSubItem } from '../../../shared/model/factory';
import type { Notice } from '../../../shared/model/notice';
import { plainList, type Enumeration } from '../../../shared/model/rich-text';

/**
 * Numbering, quotes and heading fonts as the composer prints them, in every
 * layout in templates/layouts/ (a new layout file is tested as soon as it is
 * added).
 */

const templates = loadLayoutTemplates();
const LAYOUT_IDS = readdirSync(new URL('../../../templates/layouts/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/u, ''));
const OPTIONS = { heading3Bold: false, titleMaxCharactersPerLine: 20 };

function notice(layout: Layout, checklist: Notice['checklist']): Notice {
  const n = createNotice(
    {
      layoutId: layout.id,
      partHeadings: templates.boilerplate.partHeadings,
      measuresEnumeration: layout.defaults.measures,
      progressEnumeration: layout.defaults.progress,
    },
    { issuer: '中共某某市民政局党组', issuerShort: '市民政局党组', publicationDate: '2021-12-24' },
  );
  n.checklist = checklist;
  return n;
}

function paragraphs(blocks: readonly DocBlock[]): { text: string; runs: DocRun[] }[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [{ text: blockText(b), runs: b.runs }] : []));
}

/** Every list in the layout's default enumeration, typed by a user who also typed the numbers (pasted 一是完善…). */
function typedList(enumeration: Enumeration, texts: string[], typeNumbers: boolean) {
  return plainList(
    texts.map((t, i) => (typeNumbers && enumeration !== 'none' ? `${enumerator(enumeration, i + 1)}${t}` : t)),
    enumeration,
  );
}

/** A checklist with groups, items with several measures and progress, and sub-items with measures of their own. */
function stressChecklist(layout: Layout, typeNumbers: boolean) {
  const m = (texts: string[]) => typedList(layout.defaults.measures, texts, typeNumbers);
  const p = (texts: string[]) => typedList(layout.defaults.progress === 'none' ? '一是' : layout.defaults.progress, texts, typeNumbers);
  const item = (problem: string, subs: number) =>
    createItem({
      problem,
      measures: m(['完善议事规则，明确决策程序。', '建立报告制度，按季度报告。']),
      progress: p(['已召开专题会议研究部署。', '已印发制度文件两项。']),
      subItems: Array.from({ length: subs }, (_, i) =>
        createSubItem({ problem: `具体问题${i + 1}`, measures: m(['开展专项检查。', '建立工作台账。']), progress: plainList([]) }),
      ),
    });
  return [
    createGroup('党的领导', [createGroup('政治建设', [item('学习不深入', 2), item('落实不到位', 0)])]),
    createGroup('全面从严治党', [item('廉政风险防控机制不健全', 1)]),
  ];
}

/** Level of a marker kind in an outline: fixed by GB/T 9704 for the heading forms, below them for the body forms. */
const OUTLINE_KINDS: MarkerKind[] = ['yi', 'aspect', 'di', 'paren', 'arabic', 'arabicParen', 'shi', 'circled'];

/**
 * The enumerators a reader sees at paragraph starts (and after a run-in lead,
 * 制定整改措施如下：一是…), checked the way a proofreader reads an outline:
 * a kind seen again counts on from its last number, a kind first seen under
 * another starts at 1, and a kind above the current ones closes those below it.
 */
function outlineErrors(texts: readonly string[]): string[] {
  const errors: string[] = [];
  const stack: { kind: MarkerKind; n: number }[] = [];
  const see = (kind: MarkerKind, n: number, text: string) => {
    // A heading after 一是、二是 sentences closes them.
    if (kind !== 'shi') while (stack.length > 0 && stack[stack.length - 1]!.kind === 'shi') stack.pop();
    const at = stack.findIndex((s) => s.kind === kind);
    if (at !== -1) {
      const expected = stack[at]!.n + 1;
      if (n !== expected) errors.push(`${text.slice(0, 20)}… 应为第${expected}个`);
      stack.splice(at + 1);
      stack[at]!.n = n;
      return;
    }
    // A higher kind than some in the stack closes them (一、 after （三）).
    const rank = OUTLINE_KINDS.indexOf(kind);
    while (kind !== 'shi' && stack.length > 0 && OUTLINE_KINDS.indexOf(stack[stack.length - 1]!.kind) > rank) stack.pop();
    if (n !== 1) errors.push(`${text.slice(0, 20)}… 应从1开始`);
    stack.push({ kind, n });
  };
  for (const text of texts) {
    const marker = readMarker(text);
    if (marker) {
      see(marker.kind, marker.n, text);
      if (readMarker(marker.rest)?.kind === marker.kind) errors.push(`${text.slice(0, 20)}… 编号重复`);
    }
    // A lead runs into the first enumerator (制定整改措施如下：（1）…, 整改情况：一是…). After a lead
    // 一是 sentences count from 一 again; heading numbers count on among their siblings.
    const runOn = /：(?=[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+\.)/u.exec(text);
    const inner = runOn ? readMarker(text.slice(runOn.index + 1)) : null;
    if (runOn && inner) {
      if (inner.kind === 'shi') {
        const open = stack.findIndex((s) => s.kind === 'shi');
        if (open !== -1) stack.splice(open);
      }
      see(inner.kind, inner.n, text.slice(runOn.index + 1));
    }
  }
  return errors;
}

describe.each(LAYOUT_IDS)('layout %s', (layoutId) => {
  const layout = findLayout(templates, layoutId);
  const compose = (typeNumbers: boolean) =>
    paragraphs(composeNotice(notice(layout, stressChecklist(layout, typeNumbers)), layout, templates.boilerplate, OPTIONS));

  it('numbers siblings in sequence at every level, sub-items counting on after measures at their level', () => {
    const texts = compose(false).map((p) => p.text);
    expect(outlineErrors(texts)).toEqual([]);
  });

  it('never prints a typed enumerator beside the generated one, and prints exactly what untyped text prints', () => {
    const typed = compose(true).map((p) => p.text);
    const untyped = compose(false).map((p) => p.text);
    expect(typed).toEqual(untyped);
  });

  it('moves sub-points typed under a measure (1. 2. under （三）) below the level the measures print at', () => {
    const measures = plainList(
      ['开展专项检查。', '建立工作台账。', '引入第三方机构开展测评。', '1.第一季度测评合格。', '2.第二季度测评合格。'],
      '（一）',
    );
    measures.paragraphs[3]!.continued = true;
    measures.paragraphs[4]!.continued = true;
    const item = createItem({ problem: '环卫作业管理不到位', measures });
    const texts = paragraphs(composeNotice(notice(layout, [createGroup('作风建设', [item])]), layout, templates.boilerplate, OPTIONS)).map(
      (p) => p.text,
    );
    expect(outlineErrors(texts)).toEqual([]);
    expect(texts.filter((t) => t.includes('季度测评'))).toHaveLength(2);
  });

  it('does not double an enumerator typed with half-width or full-width marks ((一), 2．)', () => {
    const item = createItem({
      problem: '学习不深入',
      measures: plainList(['(一)完善学习制度。', '(二)开展专题研讨。'], '（一）'),
      progress: plainList(['1．已召开会议。', '2．已印发方案。'], '1.'),
    });
    const texts = paragraphs(composeNotice(notice(layout, [createGroup('党的领导', [item])]), layout, templates.boilerplate, OPTIONS)).map(
      (p) => p.text,
    );
    expect(outlineErrors(texts)).toEqual([]);
    for (const t of texts) expect(t).not.toMatch(/[（(][一二][）)][（(]|\d[.．]\d?[.．]|）[12][.．]/u);
  });

  it('prints a quote inside a quoted problem with single quotes, in the head the layout wraps around it', () => {
    const item = createItem({
      problem: '“三重一大”决策制度执行不到位',
      measures: plainList(['修订决策制度。', '严格执行决策程序。'], layout.defaults.measures),
    });
    const texts = paragraphs(composeNotice(notice(layout, [createGroup('党的领导', [item])]), layout, templates.boilerplate, OPTIONS)).map(
      (p) => p.text,
    );
    const head = texts.find((t) => t.includes('三重一大'))!;
    // Layouts that wrap the problem in quotes (针对“…”问题) nest the user's; the others print them as typed.
    const quoted = layout.item.head.includes('“{problem}”');
    expect(head).toContain(quoted ? '“‘三重一大’决策制度执行不到位”' : '“三重一大”决策制度执行不到位');
    expect(head).not.toMatch(/““|“[^”‘]*“/u);
  });

  it('gives paragraphs at one level the same fonts: the heading font only on a heading part', () => {
    for (const { runs } of compose(false)) {
      const headingEnd = runs.findIndex((r) => r.role === 'body');
      const afterBody = headingEnd === -1 ? [] : runs.slice(headingEnd);
      // Once the body font starts, no heading font returns within the paragraph.
      expect(afterBody.every((r) => r.role === 'body')).toBe(true);
    }
  });
});

describe('part headings typed with their number', () => {
  it('print the number once', () => {
    const layout = findLayout(templates, 'fenlei');
    const n = notice(layout, [createGroup('党的领导', [createItem({ problem: '学习不深入' })])]);
    n.parts.organisation = { heading: '一、加强组织领导', body: plainList(['召开专题会议。']) };
    n.parts.nextSteps = { heading: '三、下一步工作打算', body: plainList(['持续巩固整改成果。']) };
    const texts = paragraphs(composeNotice(n, layout, templates.boilerplate, OPTIONS)).map((p) => p.text);
    expect(texts).toContain('一、加强组织领导');
    expect(texts).toContain('三、下一步工作打算');
  });
});

describe('专题式 with measures and sub-items under one heading', () => {
  const layout = findLayout(templates, 'zhuanti');
  const item = createItem({
    problem: '专项资金管理不规范',
    measures: plainList(
      ['对街道近3年下拨的专项资金进行了梳理，共涉及资金1200万元，逐笔核对用途。', '印发专项资金管理办法，明确审批程序，规范资金使用。'],
      '（一）',
    ),
    subItems: [
      createSubItem({ problem: '未按规定报备', measures: plainList(['补充报备。', '建立台账。'], '（一）') }),
      createSubItem({ problem: '审批程序缺失', measures: plainList(['完善审批程序。'], '（一）') }),
    ],
  });
  const blocks = paragraphs(composeNotice(notice(layout, [item]), layout, templates.boilerplate, OPTIONS));
  const texts = blocks.map((p) => p.text);

  it('counts the sub-items on after the measures: （一）（二）（三）（四）, their own measures one level down', () => {
    const markers = texts.map((t) => readMarker(t)?.text ?? '');
    expect(markers.filter((m) => m !== '')).toEqual(['一、', '（一）', '（二）', '（三）', '1.', '2.', '（四）']);
  });

  it('prints measures that are body sentences in the body font, enumerator and all', () => {
    const measure = blocks.find((b) => b.text.includes('对街道近3年'))!;
    expect(measure.runs.every((r) => r.role === 'body')).toBe(true);
    const other = blocks.find((b) => b.text.includes('印发专项资金管理办法'))!;
    expect(other.runs.every((r) => r.role === 'body')).toBe(true);
  });

  it('keeps a run-in heading part in the heading font where every paragraph of the list has one', () => {
    const runIn = createItem({
      problem: '学习不深入',
      measures: plainList(['以上率下层层压实责任。党组第一时间召开会议。', '统筹协调强化组织领导。成立领导小组。'], '（一）'),
    });
    const first = paragraphs(composeNotice(notice(layout, [runIn]), layout, templates.boilerplate, OPTIONS)).find((p) =>
      p.text.startsWith('（一）'),
    );
    expect(first!.runs[0]).toMatchObject({ text: '（一）以上率下层层压实责任。', role: 'heading2' });
    expect(first!.runs.slice(1).every((r) => r.role === 'body')).toBe(true);
  });
});
