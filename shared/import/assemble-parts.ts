import type { Boilerplate } from '../layout/boilerplate';
import type { ChecklistNode, NoticeParts, Part } from '../model/notice';
import { buildParagraphList, type BodyParagraph } from './build-list';
import { checklistFromOutline, itemFromNode } from './checklist-tree';
import { readMarker } from './markers';
import { buildOutline } from './outline';
import { SourceWording } from './source-wording';
import { asBody, findChecklistSection, isNextStepsParagraph, splitSections, type Section } from './sections';
import type { SourceLine } from './source';
import type { WarningList } from './warnings';

export interface AssembledBody {
  parts: NoticeParts;
  checklist: ChecklistNode[];
  /** Paragraphs between the opening and the first heading, which the opening takes in. */
  openingTail: SourceLine[];
  /** How the source worded heads and leads. */
  wording: SourceWording;
}

/**
 * The parts and the checklist from the body (between the opening and the
 * closing). Three shapes are told apart: numbered parts (一、组织 二、问题
 * 三、下一步), 专题式 (each problem its own 一、 section, the narrative an
 * unnumbered preamble), and no level-1 headings at all.
 */
export function assembleBody(body: readonly SourceLine[], boilerplate: Boilerplate, warnings: WarningList): AssembledBody {
  const { preamble, sections } = splitSections(body);
  const wording = new SourceWording();
  const problems = sections.filter((s) => s.problem !== null).length;
  if (problems > 0 && problems * 2 >= sections.length) return topical(preamble, sections, boilerplate, warnings, wording);
  if (sections.length === 0) return flat(preamble, warnings, wording);
  return numbered(preamble, sections, warnings, wording);
}

function numbered(preamble: SourceLine[], sections: Section[], warnings: WarningList, wording: SourceWording): AssembledBody {
  const at = findChecklistSection(sections);
  const checklistSection = sections[at]!;
  const outline = buildOutline(checklistSection.paragraphs, warnings);
  if (preamble.length > 0) {
    warnings.add('unplaced', '开头段之后、第一个标题之前的文字没有单独的位置，已并入开头段', preamble[0]!.line, preamble[0]!.text);
  }
  return {
    parts: {
      organisation: mergedPart(sections.slice(0, at), warnings),
      checklist: { heading: checklistSection.heading, body: buildParagraphList(outline.intro, warnings) },
      nextSteps: mergedPart(sections.slice(at + 1), warnings),
    },
    checklist: checklistFromOutline(outline.nodes, warnings, wording),
    openingTail: preamble,
    wording,
  };
}

function topical(preamble: SourceLine[], sections: Section[], boilerplate: Boilerplate, warnings: WarningList, wording: SourceWording): AssembledBody {
  const first = sections.findIndex((s) => s.problem !== null);
  const last = sections.findLastIndex((s) => s.problem !== null);
  const lastParagraphs = sections[last]!.paragraphs;
  const next = sections.length - 1 === last ? splitNextSteps(lastParagraphs) : { rest: lastParagraphs, next: [] };
  const checklist = sections.slice(first, last + 1).map((section, i) => {
    const paragraphs = first + i === last ? next.rest : section.paragraphs;
    const outline = buildOutline(paragraphs, warnings);
    return itemFromNode(
      { marker: readMarker(section.printed), head: section.heading, line: section.line, problem: section.problem, body: outline.intro, children: outline.nodes },
      warnings,
      wording,
    );
  });
  const headings = boilerplate.partHeadings;
  return {
    parts: {
      organisation: { heading: headings.organisation, body: buildParagraphList([...asBody(preamble), ...flattenSections(sections.slice(0, first))], warnings) },
      checklist: { heading: headings.checklist, body: buildParagraphList([], warnings) },
      nextSteps: { heading: headings.nextSteps, body: buildParagraphList([...asBody(next.next), ...flattenSections(sections.slice(last + 1))], warnings) },
    },
    checklist,
    openingTail: [],
    wording,
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
    checklist: checklistFromOutline(outline.nodes, warnings, wording),
    openingTail: [],
    wording,
  };
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
