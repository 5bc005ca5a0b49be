import type { IsoDate } from '../text/dates';
import { readHeader } from './frame-header';
import { isBarFurniture, isFurniture, opensRelatedList, pagePublicationDate, type Disclosure } from './furniture';
import { readMarker } from './markers';
import { isDateLine } from './read-dates';
import type { SourceLine } from './source';
import type { WarningList } from './warnings';

/**
 * The outer parts of a notice found in its paragraphs: the title (one to
 * three lines), the opening paragraph, the body, the closing with its
 * contact lines, the signature and the date; and what the page put around
 * them, dropped as furniture or kept where the notice can hold it.
 */
export interface Frame {
  title: SourceLine[];
  /** The issuer on a line of its own under a title that starts with 关于. */
  issuerLine: SourceLine | null;
  /** Text before the opening that is neither furniture nor the title (an editor's note): kept in front of the opening. */
  lead: SourceLine[];
  opening: SourceLine | null;
  /** Paragraphs the opening runs on into (…进行了巡察。 / 6月15日，巡察组…反馈了巡察意见。). */
  openingMore: SourceLine[];
  body: SourceLine[];
  /** The closing paragraph and any contact lines under it. */
  closing: SourceLine[];
  signature: SourceLine | null;
  date: SourceLine | null;
  /** The date the web page gives (发布日期：…), if it gives one. */
  pageDate: IsoDate | null;
  /** What the page's information-disclosure table says (发布机构, 成文日期): fallbacks, never printed. */
  disclosure: Disclosure;
  /** The lines left out as web-page furniture, in order. */
  dropped: SourceLine[];
}

/** What an opening states: who inspected whom, the feedback. */
const OPENING_FACTS = /(?:进行了?|开展了?)[^，。；]{0,12}?(?:巡察|巡视)|反馈了?(?:巡察|巡视)?(?:意见|问题)/u;
/** What an opening may state instead: that the progress is made public (an editor's note says so too, so it counts only failing the facts). */
const OPENING_ANNOUNCEMENT = /予以公[布开示]|现将.{0,30}(?:情况|如下)/u;
const CLOSING = /欢迎.{0,12}(?:干部群众|社会各界|群众|广大).{0,30}?(?:监督|批评)|如有意见建议|请及时(?:向我们)?反映/u;
const CONTACT_LINE =
  /^(?:联系方式|联系电话|电话|举报电话|监督电话|传真|邮政信箱|通讯地址|通信地址|来信地址|地址|邮政编码|邮编|电子邮箱|电子信箱|电子邮件|邮箱|E-?mail)/iu;
/** Longest paragraph looked at as a possible opening: openings are a few hundred characters. */
const MAX_OPENING = 3000;
/** Without an opening, how far down the title is looked for. */
const HEADER_LINES = 30;

/** Finds the frame; paragraphs are cleaned and non-empty. */
export function findFrame(paragraphs: readonly SourceLine[], warnings: WarningList): Frame {
  const openingAt = findOpening(paragraphs);
  const headerEnd = openingAt !== -1 ? openingAt : bodyStart(paragraphs);
  const header = readHeader(paragraphs.slice(0, headerEnd));
  const opening = openingAt === -1 ? null : paragraphs[openingAt]!;
  const openingMore = opening ? continuation(opening, paragraphs.slice(openingAt + 1, openingAt + 3)) : [];
  const start = opening ? openingAt + 1 + openingMore.length : headerEnd;
  for (const p of header.kept) {
    warnings.add(
      'unplaced',
      opening ? '开头段之前的这段文字已并入开头段，请核对' : '正文之前的这段文字已放在正文开头，请核对',
      p.line,
      p.text,
    );
  }

  const rest = paragraphs.slice(start);
  const end = findEnd(rest);
  const dropped = [...header.dropped];
  const body: SourceLine[] = opening ? [] : [...header.kept];
  for (const p of rest.slice(0, end.bodyEnd)) (isBarFurniture(p.text) ? dropped : body).push(p);
  if (end.closingSplit) body.push(end.closingSplit);
  for (const [lines, message] of [
    [end.between, '结束语之后的这段文字已放在正文末尾，请核对'],
    [end.after, '落款之后的这段文字已放在正文末尾，请核对'],
  ] as const) {
    const sorted = afterTheNotice(lines);
    dropped.push(...sorted.dropped);
    for (const p of sorted.kept) {
      warnings.add('unplaced', message, p.line, p.text);
      body.push(p);
    }
  }
  return {
    title: header.title,
    issuerLine: header.issuer,
    lead: opening ? header.kept : [],
    opening,
    openingMore,
    body,
    closing: end.closing,
    signature: end.signature,
    date: end.date,
    // A page may print its publication line under the notice instead.
    pageDate: header.pageDate ?? dropped.map((l) => pagePublicationDate(l.text)).find((d) => d !== null) ?? null,
    disclosure: header.disclosure,
    dropped,
  };
}

/** The opening: the first paragraph, near the top, that says who inspected whom or that the progress is made public. */
function findOpening(paragraphs: readonly SourceLine[]): number {
  // The opening comes first; a later paragraph quoting 反馈了巡察意见 is not it.
  const limit = Math.max(12, Math.ceil(paragraphs.length * 0.4));
  let announcement = -1;
  let text = 0;
  for (let i = 0; i < paragraphs.length && text < limit; i++) {
    const p = paragraphs[i]!.text;
    if (isFurniture(p)) continue;
    text++;
    if (p.length < 30 || p.length > MAX_OPENING || !/巡察|巡视/u.test(p) || /通报$/u.test(p) || readMarker(p)) continue;
    if (OPENING_FACTS.test(p)) return i;
    if (announcement === -1 && OPENING_ANNOUNCEMENT.test(p)) announcement = i;
  }
  return announcement;
}

/** Without an opening, where the body starts: at the first numbered line or long sentence, near the top. */
function bodyStart(paragraphs: readonly SourceLine[]): number {
  const limit = Math.min(paragraphs.length, HEADER_LINES);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i]!.text;
    if (isFurniture(p)) continue;
    if (readMarker(p) || (p.length >= 40 && /[。；]/u.test(p))) return i;
  }
  return limit;
}

/**
 * The paragraphs an opening runs on into: the feedback (…反馈了巡察意见)
 * or the announcement (现将…予以公布) the opening itself lacks, in the
 * next one or two unnumbered paragraphs.
 */
function continuation(opening: SourceLine, next: readonly SourceLine[]): SourceLine[] {
  const more: SourceLine[] = [];
  let text = opening.text;
  for (const p of next) {
    if (readMarker(p.text) || p.text.length > 400) break;
    const feedback = !/反馈/u.test(text) && /反馈/u.test(p.text);
    const announcement = !ANNOUNCEMENT.test(text) && ANNOUNCEMENT.test(p.text);
    if (!feedback && !announcement) break;
    more.push(p);
    text += p.text;
  }
  return more;
}

const ANNOUNCEMENT = /现将.{0,60}?(?:公布|公开|通报|如下)|予以公[布开示]/u;

/**
 * What follows the closing or the date: furniture and lists of other
 * pages' headlines (相关新闻 and the lines under it, short lines that are
 * no sentence) are dropped; sentences and notes are kept.
 */
function afterTheNotice(lines: readonly SourceLine[]): { kept: SourceLine[]; dropped: SourceLine[] } {
  const kept: SourceLine[] = [];
  const dropped: SourceLine[] = [];
  let inList = false;
  for (const p of lines) {
    inList ||= opensRelatedList(p.text);
    // Sentences, the notice's own notes (（此件公开发布）) and its attachment note are the notice's; the rest is the page's.
    const sentence = /[。！？]/u.test(p.text) || /^（[^（）]{2,40}）$/u.test(p.text) || /^附件\d{0,2}[：:]/u.test(p.text);
    (inList || isFurniture(p.text) || !sentence ? dropped : kept).push(p);
  }
  return { kept, dropped };
}

interface End {
  bodyEnd: number;
  /** The lines between the closing and the signature, when the signature stands a few lines down. */
  between: SourceLine[];
  /** The lines after the signature and date (or after the body, when there is neither). */
  after: SourceLine[];
  /** The body part of a paragraph whose closing was run into it. */
  closingSplit: SourceLine | null;
  closing: SourceLine[];
  signature: SourceLine | null;
  date: SourceLine | null;
}

/** Where the body ends: at the closing (欢迎…监督), or at the signature, or before the page's footer. */
function findEnd(rest: readonly SourceLine[]): End {
  let closingAt = -1;
  for (let i = rest.length - 1; i >= 0; i--) {
    if (CLOSING.test(rest[i]!.text)) {
      closingAt = i;
      break;
    }
  }
  if (closingAt === -1) {
    const tail = findSignature(rest, 0, true);
    return {
      bodyEnd: tail.from,
      between: [],
      after: rest.slice(tail.to),
      closingSplit: null,
      closing: [],
      signature: tail.signature,
      date: tail.date,
    };
  }

  const paragraph = rest[closingAt]!;
  const match = CLOSING.exec(paragraph.text)!;
  // The closing starts with the sentence the match is in; text before it belongs to the body.
  const before = paragraph.text.slice(0, match.index);
  // After the last full stop before it (found by lastIndexOf: /[^。！？]*$/ would be quadratic on a long paragraph).
  const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
  const split = sentenceStart > 0 ? paragraph.text.slice(0, sentenceStart).trim() : '';
  const closing = [split ? { text: paragraph.text.slice(sentenceStart).trim(), line: paragraph.line } : paragraph];
  let i = closingAt + 1;
  while (i < rest.length && CONTACT_LINE.test(rest[i]!.text) && !isFurniture(rest[i]!.text)) closing.push(rest[i++]!);
  // The signature may stand a few lines down (an attachment note, a stray line between): look there too.
  let at = i;
  let tail = findSignature(rest, at, false);
  for (let j = i + 1; tail.signature === null && tail.date === null && j < Math.min(rest.length, i + 4); j++) {
    const further = findSignature(rest, j, false);
    if (further.signature !== null || further.date !== null) [at, tail] = [j, further];
  }
  return {
    bodyEnd: closingAt,
    between: rest.slice(i, at),
    after: rest.slice(tail.to),
    closingSplit: split ? { text: split, line: paragraph.line } : null,
    closing,
    signature: tail.signature,
    date: tail.date,
  };
}

/** A line that can be the signing organisation: short, no punctuation, not a date. */
function isSignatureLine(text: string): boolean {
  return (
    text.length <= 80 &&
    Array.from(text).length <= 40 &&
    !/[。，；：！？]/u.test(text) &&
    !isDateLine(text) &&
    !isFurniture(text) &&
    /\p{Script=Han}{2}/u.test(text)
  );
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
    // A list of other pages' headlines under the notice ends it, as does the footer's furniture.
    const related = rest.findIndex((p, i) => i >= rest.length - 40 && opensRelatedList(p.text));
    at = related === -1 ? rest.length : related;
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
  if (isSignatureLine(first.text) && (!second || isFurniture(second.text)))
    return { from: start, to: at + 1, signature: first, date: null };
  return { from: start, to: at, signature: null, date: null };
}

/** 中共某某党组 2020年12月21日 on one line. */
function signatureAndDate(text: string): { signature: string; date: string } | null {
  const match =
    /^(.{2,40}?)\s*((?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|(?:[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日))$/u.exec(
      text,
    );
  if (!match || !isSignatureLine(match[1]!.trim())) return null;
  return { signature: match[1]!.trim(), date: match[2]! };
}
