import type { Boilerplate } from '../layout/boilerplate';
import type { EntryFormat, Layout } from '../layout/layout';
import { formatNumber, numberChecklist } from '../layout/numbering';
import type { ChecklistNode, Item, Notice, Part, SubItem } from '../model/notice';
import { isEmptyList } from '../model/rich-text';
import { formatChineseDate } from '../text/dates';
import { fillTemplate } from '../text/fill';
import { normalizeRuns, normalizeText } from '../text/normalize';
import { sanitizeText } from '../text/sanitize';
import type { DocBlock, DocRun } from './blocks';
import { closingParagraph, noticeTitle, openingParagraph } from './generated-text';
import { composeList, headingBold } from './paragraph-list';
import { titleLines } from './title-lines';

export interface ComposeOptions {
  /** House option: level-3 headings (1.) in bold. */
  heading3Bold: boolean;
  /** Longest title line, in characters. */
  titleMaxCharactersPerLine: number;
  /** The attachment note (附件：…) printed a blank line below the body, before the signature. */
  attachmentNote?: string;
}

/**
 * A notice as it prints, in the given layout: title, opening, the three
 * parts with the checklist numbered from the tree, closing, signature.
 * Pure: the same notice always composes to the same blocks, in the editor's
 * preview and in the export.
 */
export function composeNotice(notice: Notice, layout: Layout, boilerplate: Boilerplate, options: ComposeOptions): DocBlock[] {
  const blocks: DocBlock[] = [];
  const paragraph = (runs: DocRun[]) => {
    const finished = finishRuns(runs);
    if (finished.length > 0) blocks.push({ kind: 'paragraph', runs: finished });
  };
  const { meta, parts } = notice;

  const title = titleLines(noticeTitle(meta, boilerplate), options.titleMaxCharactersPerLine).map(finishText);
  if (title.length > 0) blocks.push({ kind: 'title', lines: title }, { kind: 'blank' });

  const opening = openingParagraph(meta, boilerplate);
  if (opening.trim() !== '') paragraph([{ text: opening, role: 'body' }]);

  let sectionCount = 0;
  const section = (key: keyof Layout['sections'], part: Part, hasMore: boolean) => {
    const empty = isEmptyList(part.body) && !hasMore;
    if (empty) return;
    const mode = layout.sections[key];
    if (mode !== 'none' && part.heading.trim() !== '') {
      const number = mode === 'numbered' ? formatNumber(layout.sectionNumber, ++sectionCount) : '';
      paragraph([{ text: number + part.heading, role: 'heading1' }]);
    }
    for (const runs of composeList(part.body, [], options.heading3Bold)) paragraph(runs);
  };

  section('organisation', parts.organisation, false);
  section('checklist', parts.checklist, notice.checklist.length > 0);
  for (const runs of composeChecklist(notice.checklist, layout, options)) paragraph(runs);
  section('nextSteps', parts.nextSteps, false);

  paragraph([{ text: closingParagraph(meta, boilerplate), role: 'body' }]);
  if (options.attachmentNote) {
    blocks.push({ kind: 'blank' });
    paragraph([{ text: options.attachmentNote, role: 'body' }]);
  }

  const organisation = meta.signature.trim() || meta.issuer.trim();
  const date = meta.publicationDate ? formatChineseDate(meta.publicationDate) : '';
  if (organisation !== '' || date !== '') {
    blocks.push({ kind: 'blank' }, { kind: 'signature', organisation: finishText(organisation), date, sealed: meta.sealed });
  }
  return blocks;
}

/** The checklist's paragraphs, each a list of runs, numbered as the layout counts. */
export function composeChecklist(nodes: readonly ChecklistNode[], layout: Layout, options: Pick<ComposeOptions, 'heading3Bold'>): DocRun[][] {
  const labels = numberChecklist(nodes, layout);
  const out: DocRun[][] = [];
  const walk = (list: readonly ChecklistNode[], depth: number) => {
    for (const node of list) {
      if (node.kind === 'item') {
        out.push(...composeItem(node, labels, layout, options.heading3Bold));
        continue;
      }
      if (layout.groups.print && node.title.trim() !== '') {
        const level = layout.groups.levels[Math.min(depth, layout.groups.levels.length - 1)]!;
        const title = level.suffix && !node.title.endsWith(level.suffix) ? node.title + level.suffix : node.title;
        const text = fillTemplate(level.text, { number: labels.get(node.id) ?? '', title });
        out.push([{ text, role: level.role, ...(headingBold(level.role, options.heading3Bold) ? { bold: true } : {}) }]);
      }
      walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return out;
}

function composeItem(item: Item, labels: Map<string, string>, layout: Layout, heading3Bold: boolean): DocRun[][] {
  const out = composeEntry(item, labels.get(item.id) ?? '', layout.item, heading3Bold, item.leadOverride);
  for (const sub of item.subItems) out.push(...composeEntry(sub, labels.get(sub.id) ?? '', layout.subItem, heading3Bold, null));
  return out;
}

/** One item or sub-item: its numbered lead, its measures, its progress. */
function composeEntry(
  entry: Item | SubItem,
  label: string,
  format: EntryFormat,
  heading3Bold: boolean,
  leadOverride: string | null,
): DocRun[][] {
  const problem = entry.problem.trim();
  const head =
    leadOverride !== null && leadOverride.trim() !== ''
      ? leadOverride
      : fillTemplate(problem === '' ? format.headWithoutProblem : format.head, { problem });
  const headRuns: DocRun[] = [{ text: label + head, role: format.role, ...(headingBold(format.role, heading3Bold) ? { bold: true } : {}) }];
  const out: DocRun[][] = [];
  if (format.headAlone) {
    out.push(headRuns);
    if (!isEmptyList(entry.measures)) {
      const lead: DocRun[] = format.measuresLead ? [{ text: format.measuresLead, role: 'body' }] : [];
      out.push(...composeList(entry.measures, lead, heading3Bold));
    }
  } else {
    out.push(...composeList(entry.measures, headRuns, heading3Bold));
  }
  if (!isEmptyList(entry.progress)) {
    const lead: DocRun[] = format.progressLead ? [{ text: format.progressLead, role: 'body' }] : [];
    out.push(...composeList(entry.progress, lead, heading3Bold));
  }
  return out;
}

/** Clean text ready for a document: no forbidden characters, normalised as an approver expects (normalize.ts). */
function finishText(text: string): string {
  return normalizeText(sanitizeText(text));
}

/**
 * Sanitises each run, then normalises over the whole paragraph (context
 * crosses run boundaries) with each run keeping its own characters;
 * neighbouring runs of the same font and weight are merged.
 */
function finishRuns(runs: DocRun[]): DocRun[] {
  const clean = runs.map((r) => ({ ...r, text: sanitizeText(r.text) }));
  const texts = normalizeRuns(clean.map((r) => r.text));
  const merged: DocRun[] = [];
  clean.forEach((r, i) => {
    const text = texts[i]!;
    if (text === '') return;
    const last = merged[merged.length - 1];
    if (last && last.role === r.role && Boolean(last.bold) === Boolean(r.bold)) last.text += text;
    else merged.push({ ...r, text });
  });
  return merged;
}
