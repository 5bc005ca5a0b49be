import type { ChecklistNode, NoticeParts, Part } from '../model/notice';
import { allItems } from '../model/tree';
import { buildParagraphList, type BodyParagraph } from './build-list';
import { checklistFromOutline, itemFromNode } from './checklist-tree';
import { isGroupTitle } from './group-head';
import { readMarker } from './markers';
import { buildOutline, type OutlineNode } from './outline';
import { SourceWording } from './source-wording';
import {
  asBody,
  checklistScore,
  findChecklistSection,
  isNextStepsHeading,
  isNextStepsParagraph,
  listsProblems,
  paragraphsScore,
  splitSections,
  type Section,
} from './sections';
import type { SourceLine } from './source';
import { WarningList } from './warnings';

export interface AssembledBody {
  parts: NoticeParts;
  checklist: ChecklistNode[];
  /** Paragraphs between the opening and the first heading, which the opening takes in. */
  openingTail: SourceLine[];
  /** How the source worded heads and leads. */
  wording: SourceWording;
  /** No itemised checklist was found: the whole body is in the parts, as narrative paragraphs. */
  narrative: boolean;
}

/**
 * The parts and the checklist from the body (between the opening and the
 * closing). Four shapes are told apart: numbered parts (一、组织 二、问题
 * 三、下一步), 专题式 (each problem its own 一、 section, the narrative an
 * unnumbered preamble), level-1 sections that are the groups themselves
 * (一、关于“…”方面的问题), and no level-1 headings at all. When none of them
 * yields a single item the notice is a narrative one (一、主要做法
 * 二、取得成效 三、下一步, or a short summary): its sections become the parts.
 */
export function assembleBody(body: readonly SourceLine[], warnings: WarningList): AssembledBody {
  const { preamble, sections } = splitSections(body);
  // Warnings about a reading that is then given up would point at nothing: they are kept apart until it holds.
  const attempt = new WarningList();
  const assembled = itemised(preamble, sections, attempt);
  if (allItems(assembled.checklist).length > 0) {
    for (const w of attempt.all()) warnings.add(w.kind, w.message, w.line, w.excerpt);
    return assembled;
  }
  return narrative(preamble, sections, warnings);
}

function itemised(preamble: SourceLine[], sections: Section[], warnings: WarningList): AssembledBody {
  const wording = new SourceWording();
  const problems = sections.filter((s) => s.problem !== null).length;
  if (problems > 0 && problems * 2 >= sections.length) return topical(preamble, sections, warnings, wording);
  if (sections.length === 0) return flat(preamble, warnings, wording);
  const groups = groupSections(sections);
  if (groups) return categorised(preamble, sections, groups, warnings, wording);
  // The checklist printed before the first heading (groups numbered （一）, then 一、下一步…): the sections follow it.
  if (paragraphsScore(preamble) > 0 && sections.every((s) => checklistScore(s) === 0))
    return beforeSections(preamble, sections, warnings, wording);
  return numbered(preamble, sections, warnings, wording);
}

function beforeSections(preamble: SourceLine[], sections: Section[], warnings: WarningList, wording: SourceWording): AssembledBody {
  const outline = buildOutline(preamble, warnings);
  return {
    parts: {
      organisation: { heading: '', body: buildParagraphList(outline.intro, warnings) },
      checklist: { heading: '', body: buildParagraphList([], warnings) },
      nextSteps: mergedPart(sections, warnings),
    },
    checklist: checklistFromOutline(outline.nodes, warnings, wording, false),
    openingTail: [],
    wording,
    narrative: false,
  };
}

function numbered(preamble: SourceLine[], sections: Section[], warnings: WarningList, wording: SourceWording): AssembledBody {
  const at = findChecklistSection(sections);
  const checklistSection = sections[at]!;
  const outline = buildOutline(checklistSection.paragraphs, warnings);
  warnPreamble(preamble, warnings);
  return {
    parts: {
      organisation: mergedPart(sections.slice(0, at), warnings),
      checklist: { heading: checklistSection.heading, body: buildParagraphList(outline.intro, warnings) },
      nextSteps: mergedPart(sections.slice(at + 1), warnings),
    },
    // Plain headings are taken for problems only in a part that says it lists them (二、巡察反馈问题整改情况).
    checklist: checklistFromOutline(outline.nodes, warnings, wording, listsProblems(checklistSection.heading)),
    openingTail: preamble,
    wording,
    narrative: false,
  };
}

/** The run of level-1 sections that name categories of problems (一、关于“…”方面的问题 …), or null. */
function groupSections(sections: readonly Section[]): { from: number; to: number } | null {
  // A category with problems under it: a heading like 在“学”方面下功夫 over narrative paragraphs is no group.
  const holdsProblems = (s: Section) => isGroupTitle(s.heading) && checklistScore(s) > 0;
  const from = sections.findIndex(holdsProblems);
  if (from === -1) return null;
  let to = from;
  while (to < sections.length && holdsProblems(sections[to]!)) to++;
  return { from, to };
}

/** Level-1 sections that are the checklist's groups: before them the organisation, after them the next steps. */
function categorised(
  preamble: SourceLine[],
  sections: Section[],
  run: { from: number; to: number },
  warnings: WarningList,
  wording: SourceWording,
): AssembledBody {
  const nodes = sections.slice(run.from, run.to).map((section): OutlineNode => {
    const outline = buildOutline(section.paragraphs, warnings);
    return {
      marker: readMarker(section.printed),
      head: section.heading,
      line: section.line,
      problem: null,
      group: true,
      body: outline.intro,
      children: outline.nodes,
    };
  });
  warnPreamble(preamble, warnings);
  return {
    parts: {
      organisation: mergedPart(sections.slice(0, run.from), warnings),
      checklist: { heading: '', body: buildParagraphList([], warnings) },
      nextSteps: mergedPart(sections.slice(run.to), warnings),
    },
    checklist: checklistFromOutline(nodes, warnings, wording, false),
    openingTail: preamble,
    wording,
    narrative: false,
  };
}

function topical(preamble: SourceLine[], sections: Section[], warnings: WarningList, wording: SourceWording): AssembledBody {
  const first = sections.findIndex((s) => s.problem !== null);
  const last = sections.findLastIndex((s) => s.problem !== null);
  const lastParagraphs = sections[last]!.paragraphs;
  const next = sections.length - 1 === last ? splitNextSteps(lastParagraphs) : { rest: lastParagraphs, next: [] };
  const checklist = sections.slice(first, last + 1).map((section, i) => {
    const paragraphs = first + i === last ? next.rest : section.paragraphs;
    const outline = buildOutline(paragraphs, warnings);
    return itemFromNode(
      {
        marker: readMarker(section.printed),
        head: section.heading,
        line: section.line,
        problem: section.problem,
        group: false,
        body: outline.intro,
        children: outline.nodes,
      },
      warnings,
      wording,
    );
  });
  // The source prints no part headings: none is made up (the user may add them when choosing a layout that prints them).
  return {
    parts: {
      organisation: {
        heading: '',
        body: buildParagraphList([...asBody(preamble), ...flattenSections(sections.slice(0, first))], warnings),
      },
      checklist: { heading: '', body: buildParagraphList([], warnings) },
      nextSteps: { heading: '', body: buildParagraphList([...asBody(next.next), ...flattenSections(sections.slice(last + 1))], warnings) },
    },
    checklist,
    openingTail: [],
    wording,
    narrative: false,
  };
}

function flat(paragraphs: SourceLine[], warnings: WarningList, wording: SourceWording): AssembledBody {
  const { rest, next } = splitNextSteps(paragraphs);
  const outline = buildOutline(rest, warnings);
  return {
    parts: {
      organisation: { heading: '', body: buildParagraphList(outline.intro, warnings) },
      checklist: { heading: '', body: buildParagraphList([], warnings) },
      nextSteps: { heading: '', body: buildParagraphList(asBody(next), warnings) },
    },
    checklist: checklistFromOutline(outline.nodes, warnings, wording, false),
    openingTail: [],
    wording,
    narrative: false,
  };
}

/**
 * A notice without an itemised checklist: every paragraph, in order, in the
 * three parts — the first section the organisation, the last the next
 * steps, those between the middle part; without sections, the paragraphs
 * the organisation and trailing 下一步… paragraphs the next steps.
 */
function narrative(preamble: SourceLine[], sections: Section[], warnings: WarningList): AssembledBody {
  const first = preamble[0] ?? (sections[0] ? { line: sections[0].line, text: sections[0].printed } : null);
  warnings.add('structure', '未识别出逐条的问题清单，已按叙述段落导入', first?.line ?? null, first?.text ?? '');
  const empty = (): Part => ({ heading: '', body: buildParagraphList([]) });
  const body = { checklist: [], wording: new SourceWording(), narrative: true };
  if (sections.length === 0) {
    const { rest, next } = splitNextSteps(preamble);
    return {
      ...body,
      parts: {
        organisation: { heading: '', body: buildParagraphList(asBody(rest), warnings) },
        checklist: empty(),
        nextSteps: { heading: '', body: buildParagraphList(asBody(next), warnings) },
      },
      openingTail: [],
    };
  }
  warnPreamble(preamble, warnings);
  const last = sections.length - 1;
  const lastIsNext = last > 0 && (last >= 2 || isNextStepsHeading(sections[last]!.heading));
  const middle = sections.slice(1, lastIsNext ? last : sections.length);
  return {
    ...body,
    parts: {
      organisation: mergedPart(sections.slice(0, 1), warnings),
      checklist: middle.length > 0 ? mergedPart(middle, warnings) : empty(),
      nextSteps: lastIsNext ? mergedPart(sections.slice(last), warnings) : empty(),
    },
    openingTail: preamble,
  };
}

function warnPreamble(preamble: readonly SourceLine[], warnings: WarningList): void {
  if (preamble.length > 0) {
    warnings.add('unplaced', '开头段之后、第一个标题之前的文字没有单独的位置，已并入开头段', preamble[0]!.line, preamble[0]!.text);
  }
}

/** A part from its section; further sections there is no part for join it, heading and all. */
function mergedPart(sections: readonly Section[], warnings: WarningList): Part {
  if (sections.length === 0) return { heading: '', body: buildParagraphList([], warnings) };
  const [first, ...more] = sections;
  for (const extra of more) {
    warnings.add('structure', `“${extra.heading}”一节没有对应的部分，已并入“${first!.heading}”`, extra.line, extra.printed);
  }
  return { heading: first!.heading, body: buildParagraphList([...asBody(first!.paragraphs), ...flattenSections(more)], warnings) };
}

function flattenSections(sections: readonly Section[]): BodyParagraph[] {
  return sections.flatMap((s) => [{ text: s.printed, line: s.line }, ...asBody(s.paragraphs)]);
}

/** Splits off trailing 下一步… paragraphs (a next-steps part printed without a heading). */
function splitNextSteps(paragraphs: SourceLine[]): { rest: SourceLine[]; next: SourceLine[] } {
  for (let i = paragraphs.length - 1; i >= Math.max(0, paragraphs.length - 3); i--) {
    if (readMarker(paragraphs[i]!.text)) break;
    if (isNextStepsParagraph(paragraphs[i]!.text)) return { rest: paragraphs.slice(0, i), next: paragraphs.slice(i) };
  }
  return { rest: paragraphs, next: [] };
}
