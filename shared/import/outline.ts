import type { BodyParagraph } from './build-list';
import { measuresLead, progressLead, withoutLead } from './leads';
import { isHeadingLike, readMarker, type Marker, type MarkerKind } from './markers';
import { isGroupTitle } from './group-head';
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
  /** The heading names a category of problems (…方面的问题, 第一方面问题，…): a group's, whatever stands under it. */
  group: boolean;
  /** Paragraphs under the heading, before its first sub-heading. */
  body: BodyParagraph[];
  children: OutlineNode[];
}

export interface Outline {
  /** Paragraphs before the first heading. */
  intro: BodyParagraph[];
  nodes: OutlineNode[];
}

/**
 * Rebuilds the heading tree of a run of paragraphs from their enumerators,
 * whatever level each kind sits at in this document: a count that continues
 * an open level is its sibling (第二 after 第一 closes everything under
 * 第一), a count of 1 opens a level below, and a count that carries on from
 * an earlier list (items numbered on across groups) opens where it stands.
 * Numbered paragraphs that read as sentences, and lists begun inside a
 * paragraph (…如下：第一，… then 第二，…), stay body text.
 */
export function buildOutline(paragraphs: readonly SourceLine[], warnings: WarningList): Outline {
  const builder = new OutlineBuilder(warnings);
  paragraphs.forEach((p, i) => builder.take(p, paragraphs[i + 1]));
  return builder.outline;
}

type LevelKind = MarkerKind | 'unnumbered';

interface Level {
  kind: LevelKind;
  last: number;
  node: OutlineNode;
}

class OutlineBuilder {
  readonly outline: Outline = { intro: [], nodes: [] };
  /** The open headings, outermost first. */
  private readonly stack: Level[] = [];
  /** The last count seen of each kind, to tell a list numbered on across groups from a gap. */
  private readonly lastSeen = new Map<LevelKind, number>();
  /** A list running through body paragraphs of the current heading (一是 … 二是, 第一，… 第二，). */
  private bodyList: { kind: MarkerKind; last: number } | null = null;

  constructor(private readonly warnings: WarningList) {}

  take(p: SourceLine, next: SourceLine | undefined): void {
    const marker = readMarker(p.text);
    const problem = readProblemHead(marker ? marker.rest : p.text);
    if (marker && marker.kind !== 'shi' && !problem && this.bodyList?.kind === marker.kind && marker.n === this.bodyList.last + 1) {
      this.bodyList.last++;
      this.addBody(p);
      return;
    }
    if (marker && marker.kind !== 'shi' && this.isHeading(marker, problem, next)) {
      this.placeHeading(p, marker, problem, next !== undefined && readMarker(next.text) === null && isLead(next.text));
      this.continueRunInList(problem);
      return;
    }
    if (!marker && problem?.strong) {
      this.placeUnnumbered(p, problem);
      this.continueRunInList(problem);
      return;
    }
    this.addBody(p);
    const listStart = readMarker(withoutLead(p.text));
    if (listStart && listStart.n === 1 && listStart.kind !== 'shi') this.bodyList = { kind: listStart.kind, last: 1 };
    else if (marker && this.bodyList?.kind === marker.kind) this.bodyList.last = marker.n;
  }

  /**
   * A numbered paragraph heads a level when it states a problem, reads as a
   * heading, or is a long problem whose measures or progress follow under
   * their lead. Inside an item, a list starting right after 具体整改落实情况如下：
   * is the item's own, whatever its kind.
   */
  private isHeading(marker: Marker, problem: ProblemHead | null, next: SourceLine | undefined): boolean {
    if (problem) return true;
    const current = this.stack[this.stack.length - 1]?.node;
    const previous = current?.body[current.body.length - 1];
    // The lead may end the head itself (…问题，制定整改措施如下：) with nothing after it.
    const headHandsOver =
      current?.problem != null &&
      current.body.length === 0 &&
      current.problem.after === '' &&
      /(?:如下|措施)：$/u.test(current.problem.head);
    const afterLead =
      headHandsOver || (current?.problem != null && previous !== undefined && (isLead(previous.text) || /如下：$/u.test(previous.text)));
    if (afterLead && marker.n === 1) return false;
    const leadFollows = next !== undefined && readMarker(next.text) === null && isLead(next.text);
    return isHeadingLike(marker.rest) || isCategory(marker) || leadFollows || runInLead(marker.rest) > 0;
  }

  private placeHeading(p: SourceLine, marker: Marker, problem: ProblemHead | null, entryFollows: boolean): void {
    const runIn = problem ? -1 : runInLead(marker.rest);
    const group = problem === null && isCategory(marker);
    const node: OutlineNode = {
      marker,
      head: runIn > 0 ? marker.rest.slice(0, runIn) : marker.rest,
      line: p.line,
      problem,
      group,
      body: [],
      children: [],
    };
    if (runIn > 0) node.body.push({ text: marker.rest.slice(runIn), line: p.line });
    const { stack } = this;
    // The level this count continues, at any depth (1. items with 1. measures under them).
    const continued = stack.findLastIndex((level) => level.kind === marker.kind && marker.n === level.last + 1);
    const sameKind = stack.findLastIndex((level) => level.kind === marker.kind);
    if (continued !== -1) return this.open(continued, marker.kind, marker.n, node);
    // A 1. with its own measures after one that already has them: the list restarts (mis-numbered), it does not go a level down.
    if (marker.n === 1 && sameKind !== -1 && entryFollows && stack[sameKind]!.node.body.some((b) => isLead(b.text))) {
      this.warnings.add('numbering', `编号不连续：${marker.text.trim()}前一个同级编号是 ${stack[sameKind]!.last}`, p.line, p.text);
      return this.open(sameKind, marker.kind, 1, node);
    }
    // A kind opens below itself once (items 1. with measures 1. under them), never deeper: the outline stays shallow whatever the text.
    if (marker.n === 1 && stack.filter((level) => level.kind === marker.kind).length < 2)
      return this.open(stack.length, marker.kind, 1, node);
    if (marker.n === 1) return this.open(sameKind, marker.kind, 1, node);
    if (sameKind !== -1) {
      this.warnings.add('numbering', `编号不连续：${marker.text.trim()}前一个同级编号是 ${stack[sameKind]!.last}`, p.line, p.text);
      return this.open(sameKind, marker.kind, marker.n, node);
    }
    if (this.lastSeen.get(marker.kind) !== marker.n - 1) {
      this.warnings.add('numbering', `编号不连续：${marker.text.trim()}之前没有相应的上一个编号`, p.line, p.text);
    }
    this.open(stack.length, marker.kind, marker.n, node);
  }

  /** An item printed without a number (the only item of its group): a sibling of items, a child of groups. */
  private placeUnnumbered(p: SourceLine, problem: ProblemHead): void {
    let depth = this.stack.length;
    while (depth > 0 && (this.stack[depth - 1]!.node.problem !== null || this.stack[depth - 1]!.kind === 'unnumbered')) depth--;
    this.open(depth, 'unnumbered', 1, { marker: null, head: p.text, line: p.line, problem, group: false, body: [], children: [] });
  }

  /**
   * A head whose first measure is run in with its number (…制定整改措施如下：（1）…,
   * as the notice export prints it): the next （2） carries that list on as
   * body text, not as a heading of its own.
   */
  private continueRunInList(problem: ProblemHead | null): void {
    const first = problem ? readMarker(problem.after) : null;
    if (first && first.n === 1 && first.kind !== 'shi') this.bodyList = { kind: first.kind, last: 1 };
  }

  private open(depth: number, kind: LevelKind, n: number, node: OutlineNode): void {
    this.stack.length = depth;
    (depth === 0 ? this.outline.nodes : this.stack[depth - 1]!.node.children).push(node);
    this.stack.push({ kind, last: n, node });
    this.lastSeen.set(kind, n);
    this.bodyList = null;
  }

  private addBody(p: SourceLine): void {
    const target = this.stack.length === 0 ? this.outline.intro : this.stack[this.stack.length - 1]!.node.body;
    target.push({ text: p.text, line: p.line });
  }
}

/** 第一方面问题，… or a heading naming a category (…方面的问题). */
function isCategory(marker: Marker): boolean {
  return marker.kind === 'aspect' || isGroupTitle(marker.rest);
}

export function isLead(text: string): boolean {
  return progressLead(text) !== null || measuresLead(text) !== null;
}

/** Where a numbered problem hands over to its measures or progress in the same paragraph (…不规范。整改情况：…), or -1. */
function runInLead(rest: string): number {
  const match = /[。；](?=(?:具体)?(?:的)?整改(?:落实|完成|推进)?(?:措施|情况|进展)(?:情况)?(?:如下)?：)/u.exec(rest);
  return match ? match.index + 1 : -1;
}
