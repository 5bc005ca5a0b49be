import type { BodyParagraph } from './build-list';
import { measuresLead, progressLead } from './leads';
import { isHeadingLike, readMarker } from './markers';
import { readProblemHead, type ProblemHead } from './problem-head';
import type { SourceLine } from './source';

/** A level-1 section of the body: 一、…, 二、… */
export interface Section {
  heading: string;
  line: number;
  /** Set when the heading states a problem (专题式: 一、关于“…”问题的整改情况). */
  problem: ProblemHead | null;
  /** The heading with its enumerator, as printed. */
  printed: string;
  paragraphs: SourceLine[];
}

/**
 * Splits the body at its level-1 headings: 一、 二、 三、 counting up from
 * one. A 一、 that does not continue the count (a list restarting inside a
 * section) stays inside its section.
 */
export function splitSections(body: readonly SourceLine[]): { preamble: SourceLine[]; sections: Section[] } {
  const preamble: SourceLine[] = [];
  const sections: Section[] = [];
  for (const p of body) {
    const marker = readMarker(p.text);
    if (marker?.kind === 'yi' && marker.n === sections.length + 1) {
      const problem = readProblemHead(marker.rest);
      if (problem !== null || isHeadingLike(marker.rest)) {
        sections.push({ heading: marker.rest, line: p.line, problem, printed: p.text, paragraphs: [] });
        continue;
      }
    }
    (sections.length === 0 ? preamble : sections[sections.length - 1]!.paragraphs).push(p);
  }
  return { preamble, sections };
}

/** How strongly a section reads as the item-by-item part: its problem heads and progress leads. */
export function checklistScore(section: Section): number {
  return paragraphsScore(section.paragraphs);
}

/** How strongly a run of paragraphs reads as the item-by-item part. */
export function paragraphsScore(paragraphs: readonly SourceLine[]): number {
  let score = 0;
  for (const p of paragraphs) {
    const marker = readMarker(p.text);
    if (readProblemHead(marker ? marker.rest : p.text)) score += 2;
    else if (progressLead(p.text) || measuresLead(p.text)) score += 1;
  }
  return score;
}

const NEXT_STEPS_HEADING = /下一步|下步|今后|下阶段|接下来|长效|巩固|持续|深化/u;
const ORGANISATION_HEADING = /组织|领导|部署|站位|责任|政治|高度重视|加强/u;

/**
 * Which section is the item-by-item part: the one with the most problem
 * heads; failing any, the one between an organisation-like and a
 * next-steps-like heading, else the middle one.
 */
export function findChecklistSection(sections: readonly Section[]): number {
  if (sections.length === 0) return -1;
  const scores = sections.map(checklistScore);
  const best = Math.max(...scores);
  if (best > 0) return scores.indexOf(best);
  const candidates = sections
    .map((s, i) => ({ s, i }))
    .filter(
      ({ s, i }) =>
        !(i === sections.length - 1 && NEXT_STEPS_HEADING.test(s.heading)) &&
        !(i === 0 && sections.length > 1 && ORGANISATION_HEADING.test(s.heading)),
    );
  return candidates.length > 0 ? candidates[0]!.i : Math.min(1, sections.length - 1);
}

/** A heading that reads as the next-steps part (三、下一步工作打算). */
export function isNextStepsHeading(heading: string): boolean {
  return NEXT_STEPS_HEADING.test(heading);
}

/**
 * A part's heading that says it lists the problems fed back (二、巡察反馈问题整改落实情况,
 * 二、对照反馈问题，逐项抓好整改): there, headings in no phrase of the genre are still the problems.
 */
export function listsProblems(heading: string): boolean {
  return /问题/u.test(heading);
}

/** 下一步… paragraphs at the end of the last item, which 专题式 notices print without a heading. */
export function isNextStepsParagraph(text: string): boolean {
  return /^(?:下一步|下步|今后|下阶段|接下来)/u.test(text);
}

/** Paragraphs as body paragraphs. */
export function asBody(paragraphs: readonly SourceLine[]): BodyParagraph[] {
  return paragraphs.map((p) => ({ text: p.text, line: p.line }));
}
