import type { BodyParagraph } from './build-list';
import { measuresLead, progressLead, withoutLead } from './leads';
import { isHeadingLike, readMarker, type Marker, type MarkerKind } from './markers';
import { readProblemHead, type ProblemHead } from './problem-head';
import type { SourceLine } from './source';
import type { WarningList } from './warnings';

/** A numbered heading (or an unnumbered problem head) with what follows it. */
export interface OutlineNode {
  marker: Marker | null;
  /** The heading without its enumerator. */
  head: string;
  line: number;
  problem: ProblemHead | null;
  /** Paragraphs under the heading, before its first sub-heading. */
  body: BodyParagraph[];
  children: OutlineNode[];
}

export interface Outline {
  /** Paragraphs before the first heading. */
  intro: BodyParagraph[];
  nodes: OutlineNode[];
}

type LevelKind = MarkerKind | 'unnumbered';

interface Level {
  kind: LevelKind;
  last: number;
  node: OutlineNode;
}

/**
 * Rebuilds the heading tree of a run of paragraphs from their enumerators,
 * whatever level each kind sits at in this document: a kind seen before
 * continues where its count says (第二 after 第一 closes everything under
 * 第一), a count of 1 opens a level below, and a count that carries on from
 * an earlier list (items numbered on across groups) joins the levels there.
 * Numbered paragraphs that read as sentences, and lists begun inside a
 * paragraph (…如下：第一，… then 第二，…), stay body text.
 */
export function buildOutline(paragraphs: readonly SourceLine[], warnings: WarningList): Outline {
  const outline: Outline = { intro: [], nodes: [] };
  const stack: Level[] = [];
  const lastSeen = new Map<LevelKind, number>();
  let bodyList: { kind: MarkerKind; last: number } | null = null;

  const children = (depth: number) => (depth === 0 ? outline.nodes : stack[depth - 1]!.node.children);
  const addBody = (p: SourceLine) => {
    const target = stack.length === 0 ? outline.intro : stack[stack.length - 1]!.node.body;
    target.push({ text: p.text, line: p.line });
  };
  const open = (depth: number, kind: LevelKind, n: number, node: OutlineNode) => {
    stack.length = depth;
    children(depth).push(node);
    stack.push({ kind, last: n, node });
    lastSeen.set(kind, n);
    bodyList = null;
  };

  for (const [index, p] of paragraphs.entries()) {
    const marker = readMarker(p.text);
    const problem = readProblemHead(marker ? marker.rest : p.text);
    const current = stack[stack.length - 1]?.node;
    const previous = current ? current.body[current.body.length - 1] : outline.intro[outline.intro.length - 1];
    // Inside an item, a list that starts after 具体整改落实情况如下： is the item's, whatever its kind.
    const afterLead =
      current?.problem != null && previous !== undefined && (progressLead(previous.text) !== null || measuresLead(previous.text) !== null || /如下：$/u.test(previous.text));

    if (marker && marker.kind !== 'shi' && !problem && bodyList?.kind === marker.kind && marker.n === bodyList.last + 1) {
      bodyList.last++;
      addBody(p);
      continue;
    }
    // A long numbered problem still heads an item when its measures or progress follow under their lead.
    const next = paragraphs[index + 1];
    const leadFollows = next !== undefined && readMarker(next.text) === null && (progressLead(next.text) !== null || measuresLead(next.text) !== null);
    const runIn = marker && !problem ? runInLead(marker.rest) : -1;
    const headingLike = marker !== null && (isHeadingLike(marker.rest) || leadFollows || runIn > 0);
    const structural = marker && marker.kind !== 'shi' && (problem !== null || headingLike) && !(afterLead && marker.n === 1 && !problem);
    if (marker && structural) {
      const head = runIn > 0 ? marker.rest.slice(0, runIn) : marker.rest;
      const node: OutlineNode = { marker, head, line: p.line, problem, body: [], children: [] };
      if (runIn > 0) node.body.push({ text: marker.rest.slice(runIn), line: p.line });
      // The level this count continues, at any depth (1. items with 1. measures under them), else the deepest of its kind.
      const continued = stack.findLastIndex((level) => level.kind === marker.kind && marker.n === level.last + 1);
      const at = stack.findLastIndex((level) => level.kind === marker.kind);
      if (continued !== -1) open(continued, marker.kind, marker.n, node);
      else if (marker.n === 1) open(stack.length, marker.kind, 1, node);
      else if (at !== -1) {
        warnings.add('numbering', `编号不连续：${marker.text.trim()}前一个同级编号是 ${stack[at]!.last}`, p.line, p.text);
        open(at, marker.kind, marker.n, node);
      } else {
        if (lastSeen.get(marker.kind) !== marker.n - 1) {
          warnings.add('numbering', `编号不连续：${marker.text.trim()}之前没有相应的上一个编号`, p.line, p.text);
        }
        open(stack.length, marker.kind, marker.n, node);
      }
      continue;
    }
    if (!marker && problem?.strong) {
      // An item printed without a number (the only item of its group): a sibling of items, a child of groups.
      let depth = stack.length;
      while (depth > 0 && (stack[depth - 1]!.node.problem !== null || stack[depth - 1]!.kind === 'unnumbered')) depth--;
      open(depth, 'unnumbered', 1, { marker: null, head: p.text, line: p.line, problem, body: [], children: [] });
      continue;
    }
    addBody(p);
    const listStart = readMarker(withoutLead(p.text));
    if (listStart && listStart.n === 1 && listStart.kind !== 'shi') bodyList = { kind: listStart.kind, last: 1 };
    else if (marker && bodyList?.kind === marker.kind) bodyList.last = marker.n;
  }
  return outline;
}

/** Where a numbered problem hands over to its measures or progress in the same paragraph (…不规范。整改情况：…), or -1. */
function runInLead(rest: string): number {
  const match = /[。；](?=(?:具体)?(?:的)?整改(?:落实|完成|推进)?(?:措施|情况|进展)(?:情况)?(?:如下)?：)/u.exec(rest);
  return match ? match.index + 1 : -1;
}
