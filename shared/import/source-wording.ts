import type { Layout } from '../layout/layout';
import type { ChecklistNode, Item, SubItem } from '../model/notice';
import { plainParagraph, type ParagraphList } from '../model/rich-text';
import { fillTemplate } from '../text/fill';
import { comparableText } from './choose-layout';

/** The leads an entry's measures and progress opened with (整改措施：, 整改情况：), as written. */
export interface EntryLeads {
  measures: string | null;
  progress: string | null;
}

/**
 * How the source worded what a layout prints by itself — each item's head
 * (针对“…”问题，制定整改措施如下：) and each entry's leads — so that once a
 * layout is chosen, wording it would print differently can be kept.
 */
export class SourceWording {
  /** Item id → the head as written. */
  readonly heads = new Map<string, string>();
  /** Item or sub-item id → its leads. */
  readonly leads = new Map<string, EntryLeads>();
}

/**
 * The checklist with the source's own wording kept where the layout would
 * print other words: an item's head becomes its lead override (问题：…);
 * a lead the layout does not print (整改措施： where it prints none) stays
 * in front of the text. Punctuation at the end is not a difference worth
 * an override; quotes around the problem are.
 */
export function keepSourceWording(
  nodes: readonly ChecklistNode[],
  layout: Layout,
  wording: SourceWording,
): { nodes: ChecklistNode[]; changed: boolean } {
  let changed = false;
  const keep = (list: readonly ChecklistNode[]): ChecklistNode[] =>
    list.map((node): ChecklistNode => {
      if (node.kind === 'group') return { ...node, children: keep(node.children) };
      const head = wording.heads.get(node.id);
      const problem = node.problem.trim();
      const printed = fillTemplate(problem === '' ? layout.item.headWithoutProblem : layout.item.head, { problem });
      let item: Item =
        head !== undefined && node.leadOverride === null && !sameWords(printed, head) ? { ...node, leadOverride: head } : node;
      item = { ...withLeads(item, layout.item, wording), subItems: item.subItems.map((sub) => withLeads(sub, layout.subItem, wording)) };
      changed ||=
        item.leadOverride !== node.leadOverride ||
        item.measures !== node.measures ||
        item.progress !== node.progress ||
        item.subItems.some((sub, i) => sub !== node.subItems[i]);
      return item;
    });
  const kept = keep(nodes);
  return { nodes: kept, changed };
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) => comparableText(text).replace(/[。，、；：！？.,;:!?]+$/u, '');
  return words(a) === words(b);
}

function withLeads<T extends Item | SubItem>(entry: T, format: Layout['subItem'], wording: SourceWording): T {
  const leads = wording.leads.get(entry.id);
  if (!leads) return entry;
  const measures = leads.measures && format.measuresLead === '' ? prependLead(leads.measures, entry.measures) : entry.measures;
  const progress = leads.progress && format.progressLead === '' ? prependLead(leads.progress, entry.progress) : entry.progress;
  return measures === entry.measures && progress === entry.progress ? entry : { ...entry, measures, progress };
}

/** A lead back in front of its list: run into the first paragraph, or its own paragraph before numbered ones. */
function prependLead(lead: string, list: ParagraphList): ParagraphList {
  const [first, ...rest] = list.paragraphs;
  if (list.enumeration === 'none' && first) {
    return { ...list, paragraphs: [{ ...first, children: [{ text: lead }, ...first.children] }, ...rest] };
  }
  return { ...list, paragraphs: [{ ...plainParagraph(lead), continued: true }, ...list.paragraphs] };
}
