import { createGroup, createItem, createSubItem } from '../model/factory';
import { MAX_GROUP_DEPTH, type ChecklistNode, type Item } from '../model/notice';
import { plainParagraph, type ParagraphList } from '../model/rich-text';
import { buildParagraphList, type BodyParagraph } from './build-list';
import { measuresLead, progressLead } from './leads';
import { readMarker } from './markers';
import { isLead, type OutlineNode } from './outline';
import type { EntryLeads, SourceWording } from './source-wording';
import type { WarningList } from './warnings';

/**
 * The checklist tree an outline stands for. The level that holds the items
 * is told by what sits there: headings that state a problem (针对“…”问题 …)
 * or that carry measures and progress directly (整改措施：…, 整改情况：…)
 * are items; the headings above them, and headings naming a category
 * (…方面的问题, 第一方面问题), are groups; the headings below an item are its
 * measures, or its sub-items when they state problems themselves or carry
 * the measures the item does not. Where nothing tells, the innermost
 * headings are the items — only when the caller allows it (`plainItems`:
 * the part's heading says it lists the problems); else there is no
 * checklist and the result is empty.
 */
export function checklistFromOutline(
  nodes: readonly OutlineNode[],
  warnings: WarningList,
  wording: SourceWording,
  plainItems = true,
): ChecklistNode[] {
  const anyItem = nodes.some(hasItemWithin);
  if (!anyItem && !plainItems && !nodes.some(hasCategoryWithin)) return [];
  const convert = (list: readonly OutlineNode[], depth: number): ChecklistNode[] =>
    list.flatMap((node): ChecklistNode[] => {
      if (!isGroup(node, anyItem)) return [itemFromNode(node, warnings, wording)];
      // A group one level too deep whose headings all hold items: an item fed back in parts keeps the structure.
      if (depth >= MAX_GROUP_DEPTH && node.problem === null && !node.group && node.children.every((c) => !isGroup(c, anyItem))) {
        return [itemFromNode(node, warnings, wording, true)];
      }
      const children = convert(node.children, depth + 1);
      if (node.body.length > 0) {
        warnings.add(
          'unplaced',
          '分组标题下、第一个问题之前的文字没有对应的位置，已放入该组第一个问题的整改措施开头',
          node.body[0]!.line,
          node.body[0]!.text,
        );
        const first = firstItem(children);
        if (first) first.measures = prepend(node.body, first.measures);
      }
      if (depth >= MAX_GROUP_DEPTH) {
        warnings.add('structure', `分组超过 ${MAX_GROUP_DEPTH} 层，分组“${node.head}”已取消，其中的问题并入上一层`, node.line, node.head);
        return children;
      }
      return [createGroup(node.head, children)];
    });
  return convert(nodes, 0);
}

/** True when the outline shows a checklist at all: a problem head, measures or progress under a heading, or a category heading. */
export function showsChecklist(nodes: readonly OutlineNode[]): boolean {
  return nodes.some((n) => hasItemWithin(n) || hasCategoryWithin(n));
}

function isGroup(node: OutlineNode, anyItem: boolean): boolean {
  if (node.children.length === 0 || node.problem !== null) return false;
  if (node.group) return true;
  if (carriesEntry(node)) return false;
  return anyItem ? node.children.some(hasItemWithin) : true;
}

/** The heading's own paragraphs include measures or progress under their lead (整改措施：, 整改情况：). */
function carriesEntry(node: OutlineNode): boolean {
  return node.body.some((p) => isLead(p.text));
}

function hasItemWithin(node: OutlineNode): boolean {
  return node.problem !== null || carriesEntry(node) || node.children.some(hasItemWithin);
}

function hasCategoryWithin(node: OutlineNode): boolean {
  return (node.group && node.children.length > 0) || node.children.some(hasCategoryWithin);
}

function firstItem(nodes: readonly ChecklistNode[]): Item | null {
  for (const node of nodes) {
    if (node.kind === 'item') return node;
    const inside = firstItem(node.children);
    if (inside) return inside;
  }
  return null;
}

/** An item from its heading: the problem, then measures and progress, then sub-items. */
export function itemFromNode(node: OutlineNode, warnings: WarningList, wording: SourceWording, inParts = false): Item {
  const own: BodyParagraph[] = [...headRemainder(node), ...node.body];
  const subs: { problem: string; paragraphs: BodyParagraph[] }[] = [];
  // Headings that carry the measures the item itself does not are parts of the problem: sub-items.
  const partsCarry = inParts || (!carriesEntry(node) && node.children.some(carriesEntry));
  for (const child of node.children) {
    if (child.problem !== null || (partsCarry && carriesEntry(child))) {
      const problem = child.problem?.problem ?? child.head.replace(/[。；：，]$/u, '');
      subs.push({ problem, paragraphs: [...headRemainder(child), ...child.body, ...child.children.flatMap(flatten)] });
    } else {
      // Headings under an item that state no problem are its measures (1.完善制度。…).
      (subs[subs.length - 1]?.paragraphs ?? own).push(...flatten(child));
    }
  }
  const subItems = subs.map((sub) => {
    const { leads, ...lists } = splitEntry(sub.paragraphs, warnings);
    const subItem = createSubItem({ problem: sub.problem, ...lists });
    wording.leads.set(subItem.id, leads);
    return subItem;
  });
  const { leads, ...lists } = splitEntry(own, warnings);
  const item = createItem({
    problem: node.problem?.problem ?? node.head.replace(/[。；：，]$/u, ''),
    ...lists,
    subItems,
    // A head in no phrase the layouts know prints as written.
    leadOverride: node.problem === null ? node.head : null,
  });
  wording.leads.set(item.id, leads);
  if (node.problem) wording.heads.set(item.id, node.problem.head);
  if (item.measures.paragraphs.length === 0 && subItems.every((s) => s.measures.paragraphs.length === 0)) {
    warnings.add('noMeasures', '这个问题没有识别出整改措施', node.line, node.marker ? node.marker.text + node.head : node.head);
  }
  return item;
}

function headRemainder(node: OutlineNode): BodyParagraph[] {
  return node.problem && node.problem.after !== '' ? [{ text: node.problem.after, line: node.line }] : [];
}

/** A heading and everything under it, back as body paragraphs with their enumerators. */
function flatten(node: OutlineNode): BodyParagraph[] {
  const head = { text: (node.marker?.text ?? '') + node.head, line: node.line };
  return [head, ...node.body, ...node.children.flatMap(flatten)];
}

/**
 * Measures and progress from an entry's paragraphs: the progress starts at
 * the first paragraph that opens with its lead (具体整改落实情况如下：,
 * 整改情况：…); leads are dropped, as the layouts print their own.
 */
function splitEntry(
  given: BodyParagraph[],
  warnings: WarningList,
): { measures: ParagraphList; progress: ParagraphList; leads: EntryLeads } {
  const paragraphs = splitRunInProgress(given.map(withoutLeadNumber));
  const at = paragraphs.findIndex((p) => progressLead(p.text) !== null);
  const measures = at === -1 ? paragraphs : paragraphs.slice(0, at);
  const progress = at === -1 ? [] : paragraphs.slice(at);
  const leads = {
    measures: measures[0] ? measuresLead(measures[0].text) : null,
    progress: progress[0] ? progressLead(progress[0].text) : null,
  };
  return {
    measures: buildParagraphList(
      measures.map((p, i) => (i === 0 ? strip(p, leads.measures) : p)),
      warnings,
    ),
    progress: buildParagraphList(
      progress.map((p, i) => (i === 0 ? strip(p, leads.progress) : p)),
      warnings,
    ),
    leads,
  };
}

/**
 * （1）整改措施：… （2）整改情况：… — numbers that only tell the entry's two
 * parts apart: the paragraph is read without them, so its lead is found and
 * the layout prints the parts in its own way.
 */
function withoutLeadNumber(p: BodyParagraph): BodyParagraph {
  const marker = readMarker(p.text);
  if (!marker || marker.n > 2 || (progressLead(marker.rest) === null && measuresLead(marker.rest) === null)) return p;
  return { ...p, text: marker.rest };
}

/** A sentence handing over to the progress inside a paragraph of measures (…专项整治行动。整改情况：…). */
const RUN_IN_PROGRESS = /[。；](?=(?:具体)?(?:的)?整改(?:落实|完成|推进|进展)?(?:情况|进展|进度|成效|结果)(?:如下)?：)/u;

/** The measures' paragraph the progress is run into, split where the progress starts: before any paragraph opens with its lead. */
function splitRunInProgress(paragraphs: BodyParagraph[]): BodyParagraph[] {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (progressLead(p.text) !== null) return paragraphs;
    const match = RUN_IN_PROGRESS.exec(p.text);
    if (match) {
      const cut = match.index + 1;
      return [
        ...paragraphs.slice(0, i),
        { text: p.text.slice(0, cut), line: p.line },
        { text: p.text.slice(cut), line: p.line },
        ...paragraphs.slice(i + 1),
      ];
    }
  }
  return paragraphs;
}

function strip(p: BodyParagraph, lead: string | null): BodyParagraph {
  return lead ? { ...p, text: p.text.slice(lead.length).trim() } : p;
}

/** Paragraphs put before a list as typed, without enumerators of their own. */
function prepend(paragraphs: BodyParagraph[], list: ParagraphList): ParagraphList {
  const extra = paragraphs.map((p) => ({ ...plainParagraph(p.text), ...(list.enumeration === 'none' ? {} : { continued: true }) }));
  return { enumeration: list.enumeration, paragraphs: [...extra, ...list.paragraphs] };
}
