import { isBarFurniture, isFurniture, pagePublicationDate } from './furniture';
import { isDateLine } from './read-dates';
import type { SourceLine } from './source';
import type { WarningList } from './warnings';

/**
 * The outer parts of a notice found in its paragraphs: what comes before it
 * on the page, the title (one to three lines), the opening paragraph, the
 * body, the closing with its contact lines, the signature and the date, and
 * what follows on the page.
 */
export interface Frame {
  title: SourceLine[];
  opening: SourceLine | null;
  body: SourceLine[];
  /** The closing paragraph and any contact lines under it. */
  closing: SourceLine[];
  signature: SourceLine | null;
  date: SourceLine | null;
  /** The date the web page gives (发布日期：…), if it gives one. */
  pageDate: string | null;
}

const OPENING = /(?:进行了?|开展了?)(?:常规|专项|机动|提级|交叉)?(?:巡察|巡视)|反馈了?(?:巡察|巡视)?(?:意见|问题)|予以公[布开示]|现将.{0,30}(?:情况|如下)/u;
const CLOSING = /欢迎.{0,12}(?:干部群众|社会各界|群众|广大).{0,30}?(?:监督|批评)|如有意见建议|请及时(?:向我们)?反映/u;
const CONTACT_LINE = /^(?:联系方式|联系电话|电话|举报电话|监督电话|传真|邮政信箱|通讯地址|通信地址|来信地址|地址|邮政编码|邮编|电子邮箱|电子信箱|电子邮件|邮箱|E-?mail)/iu;
const SENTENCE_PUNCTUATION = /[。，；！？]/u;

/** Finds the frame; paragraphs are cleaned and non-empty. */
export function findFrame(paragraphs: readonly SourceLine[], warnings: WarningList): Frame {
  const pageDate = paragraphs.map((p) => pagePublicationDate(p.text)).find((d) => d !== null) ?? null;
  const openingAt = findOpening(paragraphs);
  const titleRange = findTitle(paragraphs, openingAt);
  const title = titleRange ? paragraphs.slice(titleRange.from, titleRange.to) : [];
  const opening = openingAt === -1 ? null : paragraphs[openingAt]!;
  const start = openingAt !== -1 ? openingAt + 1 : titleRange ? titleRange.to : firstNonFurniture(paragraphs);
  const headerEnd = titleRange ? titleRange.from : openingAt !== -1 ? openingAt : start;
  reportLeftOut(paragraphs.slice(0, headerEnd), '标题之前的这段文字未导入', warnings);

  const rest = paragraphs.slice(start);
  const end = findEnd(rest, warnings);
  const body = rest.slice(0, end.bodyEnd);
  if (end.closingSplit) body.push(end.closingSplit);
  return {
    title,
    opening,
    body: body.filter((p) => !isBarFurniture(p.text)),
    closing: end.closing,
    signature: end.signature,
    date: end.date,
    pageDate,
  };
}

function findOpening(paragraphs: readonly SourceLine[]): number {
  // The opening comes first; a later paragraph quoting 反馈了巡察意见 is not it.
  const limit = Math.max(12, Math.ceil(paragraphs.length * 0.4));
  return paragraphs.findIndex(
    (p, i) => i < limit && /巡察|巡视/u.test(p.text) && OPENING.test(p.text) && Array.from(p.text).length >= 30 && !/通报$/u.test(p.text),
  );
}

/** A line that can be (part of) a title: short, no sentence punctuation, not a date or furniture. */
function isTitleLine(text: string): boolean {
  return Array.from(text).length <= 60 && !SENTENCE_PUNCTUATION.test(text) && !isDateLine(text) && !isFurniture(text);
}

const TITLE_END = /(?:通报|情况|公告|报告)$/u;

function findTitle(paragraphs: readonly SourceLine[], openingAt: number): { from: number; to: number } | null {
  if (openingAt === -1) {
    // No opening: a title among the first lines.
    const at = paragraphs.findIndex((p, i) => i < 12 && isTitleLine(p.text) && /关于.*通报$/u.test(p.text));
    return at === -1 ? null : { from: at, to: at + 1 };
  }
  let last = openingAt - 1;
  // Page furniture, and a date set under the title (（2021年12月28日）), may stand between title and opening.
  while (last >= 0 && (isFurniture(paragraphs[last]!.text) || isDateLine(paragraphs[last]!.text.replace(/^（(.*)）$/u, '$1')))) last--;
  if (last < 0) return null;
  const text = paragraphs[last]!.text;
  if (!isTitleLine(text) || !(TITLE_END.test(text) || text.includes('关于'))) return null;
  let from = last;
  let joined = text;
  // A title set on two or three lines: join lines above while the title's 关于 is not yet in.
  while (from > 0 && last - from < 2) {
    const above = paragraphs[from - 1]!.text;
    const needsMore = !joined.includes('关于') || joined.startsWith('关于');
    if (!needsMore || !isTitleLine(above) || Array.from(above + joined).length > 80) break;
    from--;
    joined = above + joined;
  }
  return { from, to: last + 1 };
}

function firstNonFurniture(paragraphs: readonly SourceLine[]): number {
  const at = paragraphs.findIndex((p) => !isFurniture(p.text));
  return at === -1 ? paragraphs.length : at;
}

interface End {
  bodyEnd: number;
  /** The body part of a paragraph whose closing was run into it. */
  closingSplit: SourceLine | null;
  closing: SourceLine[];
  signature: SourceLine | null;
  date: SourceLine | null;
}

/** Where the body ends: at the closing (欢迎…监督), or at the signature, or before the page's footer. */
function findEnd(rest: readonly SourceLine[], warnings: WarningList): End {
  let closingAt = -1;
  for (let i = rest.length - 1; i >= 0; i--) {
    if (CLOSING.test(rest[i]!.text)) {
      closingAt = i;
      break;
    }
  }
  if (closingAt === -1) {
    const tail = findSignature(rest, 0, true);
    reportLeftOut(rest.slice(tail.to), '落款之后的这段文字未导入', warnings);
    return { bodyEnd: tail.from, closingSplit: null, closing: [], signature: tail.signature, date: tail.date };
  }

  const paragraph = rest[closingAt]!;
  const match = CLOSING.exec(paragraph.text)!;
  // The closing starts with the sentence the match is in; text before it belongs to the body.
  const sentenceStart = paragraph.text.slice(0, match.index).search(/[^。！？]*$/u);
  const split = sentenceStart > 0 ? paragraph.text.slice(0, sentenceStart).trim() : '';
  const closing = [split ? { text: paragraph.text.slice(sentenceStart).trim(), line: paragraph.line } : paragraph];
  let i = closingAt + 1;
  while (i < rest.length && CONTACT_LINE.test(rest[i]!.text) && !isFurniture(rest[i]!.text)) closing.push(rest[i++]!);
  const tail = findSignature(rest, i, false);
  reportLeftOut(rest.slice(tail.to), '落款之后的这段文字未导入', warnings);
  return {
    bodyEnd: closingAt,
    closingSplit: split ? { text: split, line: paragraph.line } : null,
    closing,
    signature: tail.signature,
    date: tail.date,
  };
}

/** A line that can be the signing organisation: short, no punctuation, not a date. */
function isSignatureLine(text: string): boolean {
  return Array.from(text).length <= 40 && !/[。，；：！？]/u.test(text) && !isDateLine(text) && !isFurniture(text) && /\p{Script=Han}{2}/u.test(text);
}

/**
 * The signature and date. After a closing they are the next lines; without
 * one they are searched for from the end, above the page's footer.
 */
function findSignature(
  rest: readonly SourceLine[],
  from: number,
  fromEnd: boolean,
): { from: number; to: number; signature: SourceLine | null; date: SourceLine | null } {
  let at = from;
  if (fromEnd) {
    at = rest.length;
    while (at > 0 && isFurniture(rest[at - 1]!.text)) at--;
    // Look at the last two lines of the text proper.
    const dateAt = [at - 1, at - 2].find((i) => i >= 0 && (isDateLine(rest[i]!.text) || signatureAndDate(rest[i]!.text)));
    if (dateAt === undefined) return { from: at, to: at, signature: null, date: null };
    at = dateAt > 0 && isSignatureLine(rest[dateAt - 1]!.text) && !signatureAndDate(rest[dateAt]!.text) ? dateAt - 1 : dateAt;
  }
  const start = at;
  const first = rest[at];
  if (!first) return { from: start, to: at, signature: null, date: null };
  const both = signatureAndDate(first.text);
  if (both) {
    return { from: start, to: at + 1, signature: { text: both.signature, line: first.line }, date: { text: both.date, line: first.line } };
  }
  if (isDateLine(first.text)) return { from: start, to: at + 1, signature: null, date: first };
  const second = rest[at + 1];
  if (isSignatureLine(first.text) && second && isDateLine(second.text)) return { from: start, to: at + 2, signature: first, date: second };
  if (isSignatureLine(first.text) && (!second || isFurniture(second.text))) return { from: start, to: at + 1, signature: first, date: null };
  return { from: start, to: at, signature: null, date: null };
}

/** 中共某某党组 2020年12月21日 on one line. */
function signatureAndDate(text: string): { signature: string; date: string } | null {
  const match = /^(.{2,40}?)\s*((?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|(?:[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日))$/u.exec(text);
  if (!match || !isSignatureLine(match[1]!.trim())) return null;
  return { signature: match[1]!.trim(), date: match[2]! };
}

/** Lines around the notice that are not page furniture but read as sentences: the user should see them. */
function reportLeftOut(lines: readonly SourceLine[], message: string, warnings: WarningList): void {
  for (const p of lines) {
    if (!isFurniture(p.text) && Array.from(p.text).length >= 20 && /[。；]/u.test(p.text)) warnings.add('unplaced', message, p.line, p.text);
  }
}
