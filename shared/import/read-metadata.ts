import { emptyMeta } from '../model/factory';
import type { NoticeMeta, Stage } from '../model/notice';
import { parseIsoDate, type IsoDate } from '../text/dates';
import type { Frame } from './frame';
import { findDates, resolveDate, type DateMention } from './read-dates';
import { readContacts, splitClosing } from './read-contacts';
import type { WarningList } from './warnings';

/**
 * The metadata a notice states about itself: from the title (issuer, round,
 * stage), the opening (who inspected whom and when, when the feedback came,
 * the short name), the closing (its contact channels) and the signature.
 * Overrides are left null here; the caller compares with the generated text.
 */
export function readMetadata(frame: Frame, warnings: WarningList): NoticeMeta {
  const meta = emptyMeta();
  const title = frame.title.map((l) => l.text).join('');
  const fromTitle = readTitle(title);
  const opening = frame.opening ? [frame.opening, ...frame.openingMore].map((l) => l.text).join('') : '';

  if (frame.date) {
    const mention = findDates(frame.date.text)[0];
    meta.publicationDate = mention ? resolveDate(mention, null) : null;
    if (!meta.publicationDate) warnings.add('badDate', '无法读出落款日期', frame.date.line, frame.date.text);
  } else {
    meta.publicationDate = frame.disclosure.date ?? frame.pageDate;
  }

  const years: YearHints = { title: titleYear(title), publication: meta.publicationDate };
  const fromOpening = readOpening(opening, frame.opening?.line ?? null, years, warnings);
  meta.inspectingBody = fromOpening.inspectingBody;
  meta.inspectionGroup = fromOpening.inspectionGroup;
  meta.inspectionStart = fromOpening.start;
  meta.inspectionEnd = fromOpening.end;
  meta.feedbackDate = fromOpening.feedback;
  meta.stage = fromTitle?.stage ?? fromOpening.stage ?? 'interim';
  meta.round = fromTitle?.round || findRound(title) || findRound(opening) || (title === '' ? meta.inspectingBody : '');

  const signature = frame.signature?.text ?? '';
  const names = [fromTitle?.issuer ?? '', frame.issuerLine?.text ?? '', ...fromOpening.names, signature].filter((n) => n !== '');
  meta.issuer = fromTitle?.issuer || longestFormal(names) || frame.disclosure.issuer || '';
  meta.issuerShort = fromOpening.short || shortName(meta.issuer, names);
  meta.signature = signature;

  if (frame.closing.length > 0) {
    const [first, ...more] = frame.closing;
    const { sentence, contacts } = splitClosing(first!.text);
    const channels = readContacts([contacts, ...more.map((l) => l.text)].filter((t) => t !== '').join('；'));
    meta.closingOverride = sentence;
    meta.contactsLead = channels.lead;
    meta.contacts = channels.contacts;
  }
  return meta;
}

/** 中共…党组关于十四届市委第十轮巡察（反馈意见）整改阶段性进展情况的通报 / …的报告. */
const TITLE =
  /^(.*?)关于(.*?)(?:巡察|巡视)(?:组)?(?:反馈)?(?:意见|问题)?(?:的)?(?:集中)?整改(?:工作)?(阶段性进展|工作进展|进展|落实|)情况的?(?:通报|报告|公告|公示)$/u;

function readTitle(title: string): { issuer: string; round: string; stage: Stage } | null {
  const match = TITLE.exec(title);
  if (match) return { issuer: match[1]!, round: match[2]!, stage: stageOf(match[3]!) };
  const about = title.indexOf('关于');
  if (about <= 0) return null;
  const stage = /阶段性/u.test(title) ? 'interim' : /进展/u.test(title) ? 'progress' : 'final';
  return { issuer: title.slice(0, about), round: '', stage };
}

function stageOf(phrase: string): Stage {
  if (phrase === '阶段性进展') return 'interim';
  if (phrase.includes('进展')) return 'progress';
  return 'final';
}

/** 十四届市委第十轮, 县委2023年第一轮, 2023年第一轮, 校党委第三轮. */
function findRound(text: string): string {
  const round =
    /(?:[一二三四五六七八九十]+届)?(?:(?:省|市|区|县|州|旗|盟|党|党工)委)?(?:\d{4}年度?)?第[一二三四五六七八九十\d]{1,3}轮/u.exec(text);
  if (!round) return '';
  // Without 委 or a year it is no round of an inspection body (第一轮 alone says too little).
  return /委|年/u.test(round[0]) ? round[0] : '';
}

/** The year a title names (县委2023年第一轮巡察): the inspection's year. */
function titleYear(title: string): number | null {
  const year = /(\d{4})年度?第/u.exec(title)?.[1];
  return year ? Number(year) : null;
}

/**
 * The short name among the names the opening uses: one shorter than the
 * issuer's, an organisation's (…党组, …市委) before a place's (临江市,
 * where a 巡视 of a city names the city and then feeds back to its 市委).
 */
function shortName(issuer: string, names: readonly string[]): string {
  const shorter = names.filter((n) => n !== issuer && n.length < issuer.length);
  return shorter.find((n) => ORGANISATION_END.test(n)) ?? shorter[0] ?? '';
}

const ORGANISATION_END = /(?:委|党组|党委|委员会|党工委|总支|支部|局|院|校|办|中心|公司|集团)$/u;

/** The formal name among several: the one starting with 中共, else the longest. */
function longestFormal(names: readonly string[]): string {
  const formal = names.filter((n) => n.startsWith('中共'));
  const pool = formal.length > 0 ? formal : names;
  return pool.reduce((a, b) => (b.length > a.length ? b : a), '');
}

interface OpeningFacts {
  inspectingBody: string;
  inspectionGroup: string;
  start: IsoDate | null;
  end: IsoDate | null;
  feedback: IsoDate | null;
  stage: Stage | null;
  /** The inspected organisation as named in the opening (对…, 向…), self-references (我局) left out. */
  names: string[];
  short: string;
}

/** Where a year the opening leaves out can come from, besides its own dates. */
interface YearHints {
  title: number | null;
  publication: IsoDate | null;
}

const INSPECTED = /对(.{2,40}?)(?:（以下简称[“"]?([^“”"（）]{1,24}?)[”"]?）)?(?:党组织)?(?:进行了?|开展了?)[^，。；]{0,12}?(?:巡察|巡视)/u;
const FEEDBACK_TO = /向(.{2,40}?)(?:党组织)?(?:集中)?(?:反馈|进行了?反馈)/u;
/** 我院党组, 我局, 本单位: the issuer speaking of itself. */
const SELF_REFERENCE =
  /^(?:我|本)\p{Script=Han}{0,4}$|^(?:我|本)(?:院|局|委|校|单位|公司|镇|乡|街道|办|中心|厅|部|所|社|集团|会|馆|站|队)/u;
/** An organ that orders inspections: 市委, 中共某某县委, 校党委, 局党组. */
const ORGAN = /(?:中共)?[^和及、与，。]{0,14}?(?:省委|市委|区委|县委|州委|旗委|盟委|党工委|党委|党组)/gu;

function readOpening(text: string, line: number | null, years: YearHints, warnings: WarningList): OpeningFacts {
  const facts: OpeningFacts = {
    inspectingBody: '',
    inspectionGroup: '',
    start: null,
    end: null,
    feedback: null,
    stage: null,
    names: [],
    short: '',
  };
  if (text === '') return facts;
  facts.inspectionGroup = /([^，。；、：\d日]{0,12}?第[一二三四五六七八九十\d]+(?:巡察|巡视)组)/u.exec(text)?.[1] ?? '';
  facts.inspectingBody = inspectingBody(text) || (/^(.+?)第/u.exec(facts.inspectionGroup)?.[1] ?? '');
  const inspected = INSPECTED.exec(text);
  if (inspected && !SELF_REFERENCE.test(inspected[1]!)) {
    facts.names.push(inspected[1]!);
    facts.short = inspected[2] ?? '';
  }
  const target = FEEDBACK_TO.exec(text);
  if (target && target[1] !== facts.short && !SELF_REFERENCE.test(target[1]!)) facts.names.push(target[1]!);
  const stage = /(?:巡察|巡视)整改(阶段性进展|进展|)情况/u.exec(text);
  if (stage) facts.stage = stageOf(stage[1]!);

  // The period (… 至 …) is written before the feedback, mostly before 对…进行了巡察; the feedback date after both and before 反馈.
  const dates = findDates(text);
  const inspectedEnd = inspected ? inspected.index + inspected[0].length : -1;
  const feedbackAt = text.indexOf('反馈', Math.max(0, inspectedEnd));
  const beforeFeedback = dates.filter((d) => feedbackAt === -1 || d.index < feedbackAt);
  const period = findPeriod(text, beforeFeedback, inspectedEnd);
  const afterPeriod = Math.max(0, inspectedEnd, period.used.at(-1)?.end ?? 0);
  const mention = feedbackAt === -1 ? undefined : beforeFeedback.filter((d) => d.index >= afterPeriod && !period.used.includes(d)).pop();

  const [first, second] = period.used;
  if (first) {
    facts.start = resolveDate(first, null) ?? withYear(first, yearFor(first, mention, years));
    facts.end = second ? resolveDate(second, facts.start) : null;
    const unreadable = facts.start === null ? first.text : second && facts.end === null ? second.text : null;
    if (unreadable) warnings.add('badDate', `无法读出巡察时间：${unreadable}`, line, text);
  }
  if (feedbackAt !== -1) {
    const previous = facts.end ?? facts.start;
    facts.feedback = mention
      ? (resolveDate(mention, previous) ?? (previous ? null : withYear(mention, yearFor(mention, undefined, years))))
      : null;
    if (!facts.feedback) warnings.add('badDate', mention ? `无法读出反馈日期：${mention.text}` : '开头段未写明反馈日期', line, text);
  }
  return facts;
}

/**
 * Who ordered the inspection, from 根据…部署 (or 按照/依据…): the organ named there
 * (根据区委巡察工作的安排部署 → 区委; 根据中央和省委关于巡视工作的统一部署 → 省委;
 * 根据县委2023年第一轮巡察工作部署 → 县委), else what 根据 names.
 */
function inspectingBody(text: string): string {
  const said = /(?:根据|按照|依据|遵照)([^，。；]{1,24}?)(?=巡察|巡视|关于|统一|的|安排|部署|工作|要求|[，。；]|$)/u.exec(text)?.[1];
  if (!said) return '';
  const organs = [...said.matchAll(ORGAN)].map((m) => m[0]);
  const organ = organs.at(-1)?.replace(/^[和及、与]/u, '');
  if (organ) return organ;
  return Array.from(said).length <= 12 && !/\d/u.test(said) ? said : '';
}

/**
 * The inspection period: the first pair of dates joined by 至 / 到 / — / ～
 * before the feedback; failing one, the first date before 对…进行了巡察.
 */
function findPeriod(text: string, dates: readonly DateMention[], inspectedEnd: number): { used: DateMention[] } {
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i]!, dates[i + 1]!];
    if (/^\s*起?\s*(?:至|到|—{1,2}|-|－|～|~)\s*$/u.test(text.slice(a.end, b.index))) return { used: [a, b] };
  }
  const first = dates[0];
  return first && (inspectedEnd === -1 || first.index < inspectedEnd) ? { used: [first] } : { used: [] };
}

/**
 * The year of a date written without one: the feedback's year when that
 * is written (the period comes before it), else the year the title names,
 * else the publication's (the inspection came before it).
 */
function yearFor(mention: DateMention, feedback: DateMention | undefined, years: YearHints): number | null {
  if (feedback?.year) return yearBefore(mention, feedback.year, feedback.month, feedback.day ?? 31);
  if (years.title) return years.title;
  const published = years.publication ? parseIsoDate(years.publication) : null;
  return published ? yearBefore(mention, published.year, published.month, published.day) : null;
}

/** The year that puts a month and day on or before the given date. */
function yearBefore(mention: DateMention, year: number, month: number, day: number): number {
  const later = mention.month > month || (mention.month === month && (mention.day ?? 1) > day);
  return later ? year - 1 : year;
}

function withYear(mention: DateMention, year: number | null): IsoDate | null {
  return year === null ? null : resolveDate({ ...mention, year }, null);
}
