import { emptyMeta } from '../model/factory';
import type { NoticeMeta, Stage } from '../model/notice';
import type { IsoDate } from '../text/dates';
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
  const opening = frame.opening?.text ?? '';
  const fromOpening = readOpening(opening, frame.opening?.line ?? null, warnings);

  meta.inspectingBody = fromOpening.inspectingBody;
  meta.inspectionGroup = fromOpening.inspectionGroup;
  meta.inspectionStart = fromOpening.start;
  meta.inspectionEnd = fromOpening.end;
  meta.feedbackDate = fromOpening.feedback;
  meta.stage = fromTitle?.stage ?? fromOpening.stage ?? 'interim';
  meta.round = fromTitle?.round || findRound(title) || findRound(opening) || (title === '' ? meta.inspectingBody : '');

  const signature = frame.signature?.text ?? '';
  const names = [fromTitle?.issuer ?? '', ...fromOpening.names, signature].filter((n) => n !== '');
  meta.issuer = fromTitle?.issuer || longestFormal(names);
  meta.issuerShort = fromOpening.short || names.find((n) => n !== meta.issuer && n.length < meta.issuer.length) || '';
  meta.signature = signature;

  if (frame.date) {
    const mention = findDates(frame.date.text)[0];
    meta.publicationDate = mention ? resolveDate(mention, null) : null;
    if (!meta.publicationDate) warnings.add('badDate', '无法读出落款日期', frame.date.line, frame.date.text);
  } else if (frame.pageDate) {
    meta.publicationDate = frame.pageDate;
  }

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

const TITLE = /^(.*?)关于(.*?)(?:巡察|巡视)(?:反馈意见|反馈问题)?(?:集中)?整改(阶段性进展|工作进展|进展|落实|)情况的通报$/u;

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

function findRound(text: string): string {
  return /(?:[一二三四五六七八九十]+届)?(?:省|市|区|县|州|旗|盟)委(?:第[一二三四五六七八九十]+轮)/u.exec(text)?.[0] ?? '';
}

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
  /** The inspected organisation as named in the opening (对…, 向…). */
  names: string[];
  short: string;
}

const INSPECTED = /对(.{2,40}?)(?:（以下简称“(.{1,24}?)”）)?(?:党组织)?(?:进行了?|开展了?)(?:常规|专项|机动|提级|交叉)?(?:巡察|巡视)/u;
const FEEDBACK_TO = /向(.{2,40}?)(?:党组织)?(?:集中)?(?:反馈|进行了?反馈)/u;

function readOpening(text: string, line: number | null, warnings: WarningList): OpeningFacts {
  const facts: OpeningFacts = { inspectingBody: '', inspectionGroup: '', start: null, end: null, feedback: null, stage: null, names: [], short: '' };
  if (text === '') return facts;
  facts.inspectionGroup = /([^，。；、：\d日]{0,12}?第[一二三四五六七八九十\d]+(?:巡察|巡视)组)/u.exec(text)?.[1] ?? '';
  facts.inspectingBody =
    /根据(.{1,12}?)(?:巡察工作|巡视工作|巡察|巡视)?(?:统一)?(?:部署|安排)/u.exec(text)?.[1] ?? /^(.+?)第/u.exec(facts.inspectionGroup)?.[1] ?? '';
  const inspected = INSPECTED.exec(text);
  if (inspected) {
    facts.names.push(inspected[1]!);
    facts.short = inspected[2] ?? '';
  }
  const target = FEEDBACK_TO.exec(text);
  if (target && target[1] !== facts.short) facts.names.push(target[1]!);
  const stage = /(?:巡察|巡视)整改(阶段性进展|进展|)情况/u.exec(text);
  if (stage) facts.stage = stageOf(stage[1]!);

  // The period is written before 对…进行了巡察, the feedback date after it and before 反馈.
  const dates = findDates(text);
  const inspectedEnd = inspected ? inspected.index + inspected[0].length : -1;
  const feedbackAt = text.indexOf('反馈', Math.max(0, inspectedEnd));
  const periodDates = dates.filter((d) => (inspectedEnd !== -1 ? d.index < inspectedEnd : feedbackAt === -1 || d.index < feedbackAt));
  const period = readPeriod(text, periodDates);
  facts.start = period.start;
  facts.end = period.end;
  if (period.unreadable) warnings.add('badDate', `无法读出巡察时间：${period.unreadable}`, line, text);
  if (feedbackAt !== -1) {
    const mention = dates.filter((d) => d.index < feedbackAt && !period.used.includes(d) && d.index >= Math.max(0, inspectedEnd)).pop();
    facts.feedback = mention ? resolveDate(mention, facts.end ?? facts.start) : null;
    if (!facts.feedback) warnings.add('badDate', mention ? `无法读出反馈日期：${mention.text}` : '开头段未写明反馈日期', line, text);
  }
  return facts;
}

/** The inspection period: the first date, and the one after 至/到/— if there is one. */
function readPeriod(
  text: string,
  dates: readonly DateMention[],
): { start: IsoDate | null; end: IsoDate | null; used: DateMention[]; unreadable: string | null } {
  const first = dates[0];
  if (!first) return { start: null, end: null, used: [], unreadable: null };
  const second = dates[1];
  const joined = second && /^\s*(?:至|到|—|-|－|～|~)\s*$/u.test(text.slice(first.end, second.index));
  const start = resolveDate(first, null);
  const end = joined ? resolveDate(second, start) : null;
  const unreadable = start === null ? first.text : joined && end === null ? second.text : null;
  return { start, end, used: joined ? [first, second] : [first], unreadable };
}
