import type { Boilerplate } from '../layout/boilerplate';
import type { Contact, NoticeMeta } from '../model/notice';
import { formatChineseDate, formatChineseDateAfter } from '../text/dates';
import { fillTemplate } from '../text/fill';

/**
 * The title as generated from the metadata, or the user's own. Lines are
 * split on newlines. An empty override (an imported notice that had no
 * title) prints no title rather than a made-up one.
 */
export function noticeTitle(meta: NoticeMeta, boilerplate: Boilerplate): string {
  if (meta.titleOverride !== null) return meta.titleOverride.trim() === '' ? '' : meta.titleOverride;
  return fillTemplate(boilerplate.title, {
    issuer: meta.issuer,
    round: meta.round,
    stagePhrase: boilerplate.stagePhrases[meta.stage],
  });
}

/** The inspection period as the opening writes it: `2020年5月19日至6月19日`. */
export function inspectionPeriod(meta: NoticeMeta, boilerplate: Boilerplate): string {
  const { inspectionStart: start, inspectionEnd: end } = meta;
  if (start && end) return `${formatChineseDate(start)}${boilerplate.periodJoiner}${formatChineseDateAfter(end, start)}`;
  if (start) return formatChineseDate(start);
  if (end) return formatChineseDate(end);
  return '';
}

/** The opening paragraph as generated from the metadata, or the user's own; an empty override prints none. */
export function openingParagraph(meta: NoticeMeta, boilerplate: Boilerplate): string {
  if (meta.openingOverride !== null) return meta.openingOverride.trim() === '' ? '' : meta.openingOverride;
  const previous = meta.inspectionEnd ?? meta.inspectionStart;
  // A date not yet filled in leaves its clause empty; never print "部署，，对".
  return fillTemplate(boilerplate.opening, {
    inspectingBody: meta.inspectingBody,
    period: inspectionPeriod(meta, boilerplate),
    inspectionGroup: meta.inspectionGroup,
    issuer: meta.issuer,
    issuerShort: meta.issuerShort || meta.issuer,
    feedbackDate: meta.feedbackDate ? formatChineseDateAfter(meta.feedbackDate, previous) : '',
    stagePhrase: boilerplate.stagePhrases[meta.stage],
  }).replace(/，(?:\s*，)+/g, '，');
}

/**
 * One contact as written: 电话22832508, 电话：0754-88888888, 电子邮箱：a@b.cn.
 * A contact that does not say what stands after its label (stored before
 * contacts kept their own) prints as it always did: the boilerplate's colon,
 * none for the kinds that never had one, none after an empty label or one
 * that ends in a colon.
 */
export function contactText(contact: Contact, boilerplate: Boilerplate): string {
  // A label typed with its colon (举报电话：) never gets a second one.
  if (contact.label === '' || /[：:]$/u.test(contact.label)) return `${contact.label}${contact.value}`;
  const colon = contact.colon ?? (boilerplate.contactKindsWithoutColon.includes(contact.kind) ? '' : boilerplate.contactColon);
  return `${contact.label}${colon}${contact.value}`;
}

/** The closing paragraph: the fixed sentence, then the contact channels in the user's order. */
export function closingParagraph(meta: NoticeMeta, boilerplate: Boilerplate): string {
  const sentence = meta.closingOverride ?? boilerplate.closing;
  const contacts = meta.contacts.filter((c) => c.value.trim() !== '');
  if (contacts.length === 0) return sentence;
  // Each channel keeps the separator written after it; the last one ends the sentence.
  const list = contacts
    .map((c, i) => contactText(c, boilerplate) + (i < contacts.length - 1 ? (c.separator ?? boilerplate.contactSeparator) : ''))
    .join('');
  return `${sentence}${meta.contactsLead}${list}${boilerplate.contactEnd}`;
}

/**
 * The word the notice uses for the inspection: 巡视 for a notice on a 巡视
 * (provincial or central) whose title or opening says so and never says 巡察,
 * else 巡察, the boilerplate's word.
 */
export function inspectionWord(meta: NoticeMeta, boilerplate: Boilerplate): '巡察' | '巡视' {
  const own = `${noticeTitle(meta, boilerplate)}${openingParagraph(meta, boilerplate)}`;
  return own.includes('巡视') && !own.includes('巡察') ? '巡视' : '巡察';
}

/** The attachment note (附件：巡察反馈问题整改台账) in the notice's own word for the inspection. */
export function attachmentNote(meta: NoticeMeta, boilerplate: Boilerplate): string {
  return boilerplate.attachmentNote.replace(/巡察/gu, inspectionWord(meta, boilerplate));
}

/** The ledger's title: what the attachment note names, so both say the same. */
export function ledgerTitle(meta: NoticeMeta, boilerplate: Boilerplate): string {
  return attachmentNote(meta, boilerplate).replace(/^附件[：:]/u, '');
}
