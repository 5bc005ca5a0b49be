import type { Boilerplate } from '../layout/boilerplate';
import type { EntryFormat, Layout } from '../layout/layout';
import { itemNumbering, type EntryNumbering } from '../layout/entry-numbering';
import { placeChecklist, placedFormats, type Placement } from '../layout/numbering';
import { partNumbers } from './part-numbers';
import type { ChecklistNode, Item, Notice, Part, SubItem } from '../model/notice';
import { isEmptyList } from '../model/rich-text';
import { formatChineseDate } from '../text/dates';
import { fillTemplate } from '../text/fill';
import type { DocBlock, DocRun } from './blocks';
import { finishRuns, finishText } from './finish-text';
import { groupHeading } from './group-heading';
import { closingParagraph, noticeTitle, openingParagraph } from './generated-text';
import { paginate } from './pagination';
import { composeList, headingBold, typedEnumeratorLength } from './paragraph-list';
import { titleLines } from './title-lines';
import { META_SELECTION, partSelection, richFieldKey, type PartName } from './notice-fields';
import { hasText } from '../layout/entry-numbering';
import type { ParagraphList } from '../model/rich-text';

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
  const paragraph = (runs: DocRun[], source: string, heading = false, key?: string) => {
    const finished = finishRuns(runs);
    if (finished.length > 0)
      blocks.push({ kind: 'paragraph', runs: finished, ...(heading ? { heading: true } : {}), source, ...(key ? { paragraph: key } : {}) });
  };
  const { meta, parts } = notice;

  const title = titleLines(noticeTitle(meta, boilerplate), options.titleMaxCharactersPerLine).map(finishText);
  if (title.length > 0) blocks.push({ kind: 'title', lines: title, source: META_SELECTION }, { kind: 'blank' });

  // An opening typed (or imported) over several paragraphs prints as several.
  for (const line of openingParagraph(meta, boilerplate).split('\n')) {
    if (line.trim() !== '') paragraph([{ text: line, role: 'body' }], META_SELECTION);
  }

  const numbers = partNumbers(notice, layout);
  const section = (key: PartName, part: Part, hasMore: boolean) => {
    const empty = isEmptyList(part.body) && !hasMore;
    if (empty) return;
    const mode = layout.sections[key];
    const source = partSelection(key);
    if (mode !== 'none' && part.heading.trim() !== '') {
      const number = numbers[key];
      paragraph([{ text: number + part.heading.slice(typedEnumeratorLength(part.heading, number)), role: 'heading1' }], source, true);
    }
    for (const line of keyed(part.body, richFieldKey({ part: key }), composeList(part.body, [], options.heading3Bold)))
      paragraph(line.runs, source, false, line.paragraph);
  };

  section('organisation', parts.organisation, false);
  section('checklist', parts.checklist, notice.checklist.length > 0);
  for (const line of composeChecklist(notice.checklist, layout, options)) paragraph(line.runs, line.source, line.heading, line.paragraph);
  section('nextSteps', parts.nextSteps, false);

  paragraph([{ text: closingParagraph(meta, boilerplate), role: 'body' }], META_SELECTION);
  // What follows stays on the page of the body's last lines (pagination.ts).
  const endingFrom = blocks.length;
  if (options.attachmentNote) {
    blocks.push({ kind: 'blank' });
    paragraph([{ text: options.attachmentNote, role: 'body' }], META_SELECTION);
  }

  const organisation = meta.signature.trim() || meta.issuer.trim();
  const date = meta.publicationDate ? formatChineseDate(meta.publicationDate) : '';
  if (organisation !== '' || date !== '') {
    blocks.push(
      { kind: 'blank' },
      { kind: 'signature', organisation: finishText(organisation), date, sealed: meta.sealed, source: META_SELECTION },
    );
  }
  return paginate(blocks, endingFrom);
}

/** A paragraph as composed: its runs, whether it is a heading of the notice's structure standing alone, and the node it shows. */
interface Line {
  runs: DocRun[];
  heading?: boolean;
  source: string;
  /** The rich field's paragraph it prints (blocks.ts Sourced). */
  paragraph?: string;
}

/**
 * The composed paragraphs of a list, each with the key of the paragraph it
 * prints: composeList leaves out empty paragraphs and gives one for each of
 * the others, in order; a lead standing alone prints none of them.
 */
function keyed(list: ParagraphList, field: string, composed: DocRun[][]): Omit<Line, 'source'>[] {
  const printed = list.paragraphs.flatMap((p, index) => (hasText(p) ? [index] : []));
  return composed.map((runs, i) => (printed.length === composed.length ? { runs, paragraph: `${field}#${printed[i]}` } : { runs }));
}

/** The checklist's paragraphs, numbered as the layout counts. */
export function composeChecklist(nodes: readonly ChecklistNode[], layout: Layout, options: Pick<ComposeOptions, 'heading3Bold'>): Line[] {
  const placed = placeChecklist(nodes, layout);
  const out: Line[] = [];
  const walk = (list: readonly ChecklistNode[], depth: number) => {
    for (const node of list) {
      if (node.kind === 'item') {
        out.push(...composeItem(node, placed, layout, options.heading3Bold));
        continue;
      }
      if (layout.groups.print && node.title.trim() !== '') {
        const { label: number, role } = placed.get(node.id)!;
        const text = groupHeading(node.title, number, layout.groups.levels[Math.min(depth, layout.groups.levels.length - 1)]!);
        out.push({
          runs: [{ text, role, ...(headingBold(role, options.heading3Bold) ? { bold: true } : {}) }],
          heading: true,
          source: node.id,
        });
      }
      walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return out;
}

function composeItem(item: Item, placed: Map<string, Placement>, layout: Layout, heading3Bold: boolean): Line[] {
  const { format, subFormat } = placedFormats(item, layout, placed);
  const numbering = itemNumbering(item, format, subFormat);
  const out = composeEntry(item, placed.get(item.id)?.label ?? '', format, heading3Bold, item.leadOverride, numbering.own);
  item.subItems.forEach((sub, i) => {
    const { label, numbering: inner } = numbering.subItems[i]!;
    out.push(...composeEntry(sub, label, subFormat, heading3Bold, null, inner));
  });
  // A sub-item is edited in its item's panel, so its paragraphs show the item.
  return out.map((line) => ({ ...line, source: item.id }));
}

/** One item or sub-item: its numbered lead, its measures, its progress. */
function composeEntry(
  entry: Item | SubItem,
  label: string,
  format: EntryFormat,
  heading3Bold: boolean,
  leadOverride: string | null,
  numbering: EntryNumbering,
): Omit<Line, 'source'>[] {
  const problem = entry.problem.trim();
  const head =
    leadOverride !== null && leadOverride.trim() !== ''
      ? leadOverride.slice(typedEnumeratorLength(leadOverride, label))
      : fillTemplate(problem === '' ? format.headWithoutProblem : format.head, { problem });
  const headRuns: DocRun[] = [{ text: label + head, role: format.role, ...(headingBold(format.role, heading3Bold) ? { bold: true } : {}) }];
  const out: Omit<Line, 'source'>[] = [];
  const measuresKey = richFieldKey({ id: entry.id, field: 'measures' });
  if (format.headAlone) {
    out.push({ runs: headRuns, heading: true });
    if (!isEmptyList(entry.measures)) {
      const lead: DocRun[] = format.measuresLead ? [{ text: format.measuresLead, role: 'body' }] : [];
      out.push(...keyed(entry.measures, measuresKey, composeList(entry.measures, lead, heading3Bold, numbering.measures)));
    }
  } else {
    out.push(...keyed(entry.measures, measuresKey, composeList(entry.measures, headRuns, heading3Bold, numbering.measures)));
  }
  if (!isEmptyList(entry.progress)) {
    const lead: DocRun[] = format.progressLead ? [{ text: format.progressLead, role: 'body' }] : [];
    out.push(
      ...keyed(
        entry.progress,
        richFieldKey({ id: entry.id, field: 'progress' }),
        composeList(entry.progress, lead, heading3Bold, numbering.progress),
      ),
    );
  }
  return out;
}
