import type { ComposeOptions } from '../document/compose';
import { noticeTitle, openingParagraph } from '../document/generated-text';
import type { Boilerplate } from '../layout/boilerplate';
import type { Layout } from '../layout/layout';
import { newId } from '../model/factory';
import type { Notice, NoticeMeta } from '../model/notice';
import { describeIssues, noticeSchema } from '../model/schemas';
import { allItems } from '../model/tree';
import { assembleBody } from './assemble-parts';
import { comparableText, fitTitles, rankLayouts, type LayoutFit } from './choose-layout';
import { keepSourceWording } from './source-wording';
import { cleanLine, closeUpLine } from './clean-text';
import { ImportError } from './errors';
import { findFrame, type Frame } from './frame';
import { readMetadata } from './read-metadata';
import { checkStatedCounts } from './stated-counts';
import { toSimplified } from './traditional';
import type { SourceDocument, SourceLine } from './source';
import { WarningList, type ImportWarning } from './warnings';

/** What the importer needs besides the text: the layouts to choose from and the fixed sentences. */
export interface ImportContext {
  layouts: readonly Layout[];
  boilerplate: Boilerplate;
  options: ComposeOptions;
  now?: Date;
}

/** Which parts were found, for the user to check at a glance. */
export interface Recognised {
  title: boolean;
  opening: boolean;
  /** Paragraphs of each narrative part. */
  organisation: number;
  nextSteps: number;
  groups: number;
  items: number;
  subItems: number;
  closing: boolean;
  contacts: number;
  signature: boolean;
  date: boolean;
}

export interface ImportResult {
  /** The notice, not yet saved: the user accepts it first. */
  notice: Notice;
  warnings: ImportWarning[];
  /** What the warnings' line numbers count (lines of text, paragraphs of a .docx). */
  unit: SourceDocument['unit'];
  recognised: Recognised;
  /** Every layout's fit, best (the notice's) first. */
  layouts: LayoutFit[];
  /** The lines left out as web-page furniture (publication lines, share bars …), for the review to list. */
  dropped: SourceLine[];
}

/**
 * Reads an earlier notice — text copied from a web page or the paragraphs
 * of a .docx — into a notice: parts, metadata, the checklist tree rebuilt
 * from the numbering, in the layout that prints it back most faithfully.
 * Throws ImportError (one Chinese sentence) when the text is not a notice.
 */
export function importNotice(source: SourceDocument, context: ImportContext): ImportResult {
  const warnings = new WarningList();
  const simplified = toSimplified(source.lines);
  if (simplified.converted) warnings.add('converted', '原文为繁体字，已转换为简体字，请核对');
  const paragraphs: SourceLine[] = simplified.lines.map((l) => ({ text: cleanLine(l.text), line: l.line })).filter((l) => l.text !== '');
  if (paragraphs.length === 0) throw new ImportError('文件中没有文字，无法导入。');
  const frame = closeUpFrame(findFrame(paragraphs, warnings));
  if (!paragraphs.some((p) => /巡察|巡视/u.test(p.text))) {
    throw new ImportError('这份文件不像巡察整改情况的通报：文中没有提到巡察或巡视，未导入。');
  }

  const meta = readMetadata(frame, warnings);
  const body = assembleBody(frame.body, warnings);
  // Without title and opening, only a checklist makes the text a notice (a ledger's table printed as text, a notice cut at the top).
  if (frame.opening === null && frame.title.length === 0 && body.narrative) {
    throw new ImportError('这份文件不像巡察整改情况的通报：没有找到通报的标题或开头段（根据…统一部署，…进行了巡察…），未导入。');
  }
  if (body.narrative && !reportsRectification(frame)) {
    throw new ImportError('这份文件不像巡察整改情况的通报：没有识别出任何反馈问题及其整改情况，标题和开头段也没有说明整改情况，未导入。');
  }
  checkStatedCounts(paragraphs, body.checklist, warnings);
  settleOverrides(meta, frame, body.openingTail, context.boilerplate);
  reportMissing(frame, meta, warnings);

  const stamp = (context.now ?? new Date()).toISOString();
  const draft: Notice = {
    id: newId(),
    layoutId: context.layouts[0]?.id ?? '',
    status: 'draft',
    meta,
    parts: body.parts,
    checklist: body.checklist,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const printedSource = frameText(frame);
  const inLayout = (layout: Layout): Notice => ({
    ...draft,
    layoutId: layout.id,
    checklist: keepSourceWording(fitTitles(draft.checklist, layout), layout, body.wording).nodes,
  });
  const layouts = rankLayouts(inLayout, printedSource, context.layouts, context.boilerplate, context.options);
  const layout = context.layouts.find((l) => l.id === layouts[0]?.layoutId);
  const notice = layout ? inLayout(layout) : draft;

  const parsed = noticeSchema.safeParse(notice);
  // The importer builds only valid notices; failing here is a bug to report, not bad input.
  if (!parsed.success) throw new Error(`导入程序生成的通报无效：${describeIssues(parsed.error)}`);
  return {
    notice: parsed.data,
    warnings: warnings.all(),
    unit: source.unit,
    recognised: recognised(frame, parsed.data),
    layouts,
    dropped: frame.dropped,
  };
}

/**
 * A notice without an itemised checklist is still a notice when its title or
 * opening says it reports on the rectification (…巡察整改情况的通报, 现将巡察整改
 * 进展情况予以公布); a news item about an inspection says neither.
 */
function reportsRectification(frame: Frame): boolean {
  const title = frame.title.map((l) => l.text).join('');
  if (/整改/u.test(title) && /(?:通报|情况|报告|公告)$/u.test(title)) return true;
  const opening = frame.opening?.text ?? '';
  return /整改/u.test(opening) && /予以公[布开示]|通报如下|报告如下|公布如下|现将/u.test(opening);
}

/** The frame's lines with their stray spaces closed up, once furniture no longer needs telling apart. */
function closeUpFrame(frame: Frame): Frame {
  const line = (l: SourceLine): SourceLine => ({ ...l, text: closeUpLine(l.text) });
  const maybe = (l: SourceLine | null) => (l ? line(l) : null);
  return {
    ...frame,
    title: frame.title.map(line),
    issuerLine: maybe(frame.issuerLine),
    lead: frame.lead.map(line),
    opening: maybe(frame.opening),
    openingMore: frame.openingMore.map(line),
    body: frame.body.map(line),
    closing: frame.closing.map(line),
    signature: maybe(frame.signature),
    date: maybe(frame.date),
  };
}

/** The source text the printed notice should give back: from the title to the date. */
export function frameText(frame: Frame): string {
  return [
    ...frame.title,
    ...frame.lead,
    ...(frame.opening ? [frame.opening] : []),
    ...frame.openingMore,
    ...frame.body,
    ...frame.closing,
    frame.signature,
    frame.date,
  ]
    .filter((l): l is SourceLine => l !== null)
    .map((l) => l.text)
    .join('\n');
}

/**
 * Title, opening and closing are generated from the metadata where that
 * gives the source's words back; otherwise the source's words are kept as
 * the notice's own (override).
 */
function settleOverrides(meta: NoticeMeta, frame: Frame, openingTail: SourceLine[], boilerplate: Boilerplate): void {
  const title = frame.title.map((l) => l.text);
  // No title found: the title stays empty rather than one made up from the metadata.
  if (title.length === 0 || comparableText(noticeTitle(meta, boilerplate)) !== comparableText(title.join(''))) {
    meta.titleOverride = title.join('\n');
  }
  if (frame.opening === null) {
    // No opening: what stands where it would (before the first heading) prints there, so nothing is lost or moved.
    meta.openingOverride = openingTail.map((l) => l.text).join('\n');
  } else {
    const opening = [...frame.lead, frame.opening, ...frame.openingMore, ...openingTail].map((l) => l.text).join('\n');
    if (comparableText(openingParagraph(meta, boilerplate)) !== comparableText(opening)) meta.openingOverride = opening;
  }
  if (frame.closing.length === 0) {
    meta.closingOverride = '';
  } else if (comparableText(meta.closingOverride ?? '') === comparableText(boilerplate.closing)) {
    meta.closingOverride = null;
  }
}

function reportMissing(frame: Frame, meta: NoticeMeta, warnings: WarningList): void {
  if (frame.title.length === 0) warnings.add('missingPart', '未找到标题，导入后标题为空，请手工填写');
  if (frame.opening === null) warnings.add('missingPart', '未找到开头段（根据…统一部署，…进行了巡察…），导入后开头段为空');
  if (frame.closing.length === 0) warnings.add('missingPart', '未找到结束语（欢迎广大干部群众…监督），导入后结束语为空');
  if (frame.signature === null) warnings.add('missingPart', '未找到落款署名，导出时将以发文机关署名');
  if (frame.date === null) {
    const from = frame.disclosure.date !== null ? '网页信息公开栏的成文日期' : '网页上的发布日期';
    warnings.add('missingPart', meta.publicationDate ? `未找到落款日期，已采用${from}` : '未找到落款日期');
  }
}

function recognised(frame: Frame, notice: Notice): Recognised {
  let groups = 0;
  const countGroups = (nodes: Notice['checklist']) =>
    nodes.forEach((n) => {
      if (n.kind === 'group') {
        groups++;
        countGroups(n.children);
      }
    });
  countGroups(notice.checklist);
  const items = allItems(notice.checklist);
  return {
    title: frame.title.length > 0,
    opening: frame.opening !== null,
    organisation: notice.parts.organisation.body.paragraphs.length,
    nextSteps: notice.parts.nextSteps.body.paragraphs.length,
    groups,
    items: items.length,
    subItems: items.reduce((sum, i) => sum + i.subItems.length, 0),
    closing: frame.closing.length > 0,
    contacts: notice.meta.contacts.length,
    signature: frame.signature !== null,
    date: frame.date !== null,
  };
}
