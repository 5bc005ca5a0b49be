import { isGroupTitle } from './group-head';

/**
 * The sentence that opens an item: the problem as fed back, in the phrases
 * real notices use — 针对“…”问题，制定整改措施如下：…, 针对“…”的问题。,
 * 针对…的问题, “…”问题, 关于“…”（的）问题（的整改情况）, 关于…的问题,
 * 对于“…”（问题）, 问题：…, 反馈问题一：…, 存在问题：…, 针对该立行立改事项.
 * A head naming a category (关于“…”方面的问题) is a group's, not an item's.
 */
export interface ProblemHead {
  /** The problem, without the quotes and the phrase around it; '' for 立行立改事项. */
  problem: string;
  /** What follows the head in the same paragraph: the first measure, run in. */
  after: string;
  /** The head as written, up to `after` (针对“…”问题，制定整改措施如下：). */
  head: string;
  /**
   * The head stands alone or hands over to the measures (…问题，制定整改措施如下：):
   * safe to read as an item even without a number in front.
   */
  strong: boolean;
}

/** 制定整改措施如下： and its variants, between a problem and its first measure. */
const MEASURES_HANDOVER =
  /^[，。：；]?\s*(?:(?:研究)?制定(?:了)?|采取(?:了)?|提出(?:了)?)?(?:以下|如下)?(?:的)?(?:整改|具体)?措施(?:如下)?[：]/u;
const END_OR_PUNCTUATION = /^(?:[，。：；]|$)/u;
/** One unit of an unquoted problem: a character other than a quote, or a whole quoted phrase. */
const INNER = '(?:[^“”]|“[^“”]{1,60}”)';
/** 反馈问题一：, 问题1：, 存在问题：, 巡察反馈的问题： — a label, then the problem. */
const LABEL = /^(?:巡察|巡视)?(?:反馈|存在|指出|发现)?(?:的)?问题(?:[一二三四五六七八九十]{1,3}|\d{1,3})?\s*[：]\s*/u;
/** Where a labelled problem hands over to what was done about it, in the same paragraph. */
const LABELLED_HANDOVER = /(?:整改措施|整改情况|整改进展|具体整改落实情况|整改落实情况|落实情况)(?:如下)?[：]/u;
/** The problem phrases in front of a quote, longest first. */
const QUOTE_PREFIXES = ['针对', '关于', '对于', ''] as const;

/** Reads the problem head a paragraph (after its enumerator) opens with, or null. */
export function readProblemHead(text: string): ProblemHead | null {
  const read = readLabelled(text) ?? readHead(text);
  if (!read) return null;
  const head = text.endsWith(read.after) ? text.slice(0, text.length - read.after.length).trim() : text;
  // A numbered label (反馈问题一：, 问题1：) is the item's number: the layout prints its own in its place, never both.
  const numbered = NUMBERED_LABEL.exec(head);
  return { ...read, head: numbered ? head.slice(numbered[0].length) : head };
}

const NUMBERED_LABEL = /^(?:巡察|巡视)?(?:反馈|存在|指出|发现)?(?:的)?问题(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[：]\s*/u;

/**
 * 反馈问题一：关于“…”的问题。 — the label, and the problem as the rest
 * states it: a head of its own (quotes and 关于 … 问题 go), or plain words.
 */
function readLabelled(text: string): Omit<ProblemHead, 'head'> | null {
  const label = LABEL.exec(text);
  if (!label) return null;
  const body = text.slice(label[0].length);
  const inner = readHead(body);
  if (inner) return { ...inner, strong: true };
  const cut = body.search(LABELLED_HANDOVER);
  const problem = cut === -1 ? body : body.slice(0, cut);
  return { problem: problem.trim(), after: cut === -1 ? '' : body.slice(cut), strong: true };
}

function readHead(text: string): Omit<ProblemHead, 'head'> | null {
  const instant = /^(?:针对|关于)(?:该|此|本|这一?)?(?:项)?立行立改(?:事项|问题)(?:的整改情况)?/u.exec(text);
  if (instant) return finish('', text.slice(instant[0].length), true);

  for (const prefix of QUOTE_PREFIXES) {
    if (!text.startsWith(`${prefix}“`)) continue;
    const quoted = closingQuote(text, prefix.length, prefix === '针对' || prefix === '对于');
    if (!quoted) continue;
    let tail = quoted.tail;
    // 关于“…”问题的整改情况, and “…”问题整改情况 as a heading of its own.
    if (prefix === '关于' || prefix === '对于') tail = tail.replace(/^的?整改(?:落实|进展)?(?:情况)?/u, '');
    else if (prefix === '') tail = tail.replace(/^的?整改(?:落实|进展)?情况[。：]?$/u, '');
    // “…”问题 with no 针对/关于 is a head only when nothing but a handover follows it.
    if (prefix === '' && !END_OR_PUNCTUATION.test(tail) && !MEASURES_HANDOVER.test(tail)) return null;
    return finish(quoted.problem, tail, prefix === '关于' || isStrongTail(tail));
  }

  // The problem may quote a phrase of its own (落实“三重一大”决策制度不严格): a quote that opens and closes inside it.
  const about = new RegExp(`^关于(${INNER}{2,120}?)的?问题的?整改(?:落实|进展)?情况`, 'u').exec(text);
  if (about && !isGroupTitle(about[1]!)) return finish(about[1]!, text.slice(about[0].length), true);
  const plain = new RegExp(`^(针对|关于|对于)(${INNER}{2,120}?)的?问题(?=[，。：；]|$)`, 'u').exec(text);
  if (plain && !isGroupTitle(plain[2]!)) {
    const tail = text.slice(plain[0].length);
    // 关于…的问题 standing alone heads an item; run on into a sentence it is a sentence.
    return finish(plain[2]!, tail, isStrongTail(tail));
  }
  return null;
}

function isStrongTail(tail: string): boolean {
  return /^[，。：；]?$/u.test(tail.trim()) || MEASURES_HANDOVER.test(tail);
}

function finish(problem: string, tail: string, strong: boolean): Omit<ProblemHead, 'head'> {
  const handover = MEASURES_HANDOVER.exec(tail);
  const after = handover ? tail.slice(handover[0].length) : tail.replace(/^[，。：；]\s*/u, '');
  return { problem: problem.trim(), after: after.trim(), strong };
}

/** ” followed by (的)问题, and, after 针对/对于, a ” followed by punctuation alone (对于“…”，). */
const AFTER_QUOTE = /”(的)?问题/uy;
const AFTER_QUOTE_BARE = /”(?=[，。：；]|$)/uy;

/**
 * The quoted problem opening at `at` (a “) and what follows its closing
 * “…”(的)?问题. The closing quote is where the quotes balance again (the
 * problem may quote ‘三会一课’ or “写字机器人” itself); pages with
 * unbalanced quotes fall back to the ” that is followed by 问题 and a
 * handover, or by 问题 and punctuation. One pass over the text.
 */
function closingQuote(text: string, at: number, bareAllowed: boolean): { problem: string; tail: string } | null {
  const after = (close: number): number => {
    AFTER_QUOTE.lastIndex = close;
    const m = AFTER_QUOTE.exec(text);
    if (m) return m[0].length;
    if (!bareAllowed) return -1;
    AFTER_QUOTE_BARE.lastIndex = close;
    return AFTER_QUOTE_BARE.test(text) ? 1 : -1;
  };
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '“') depth++;
    else if (c === '”' && --depth === 0) {
      const length = after(i);
      if (length !== -1) return { problem: text.slice(at + 1, i), tail: text.slice(i + length) };
      break;
    }
  }
  let punctuated: { close: number; length: number } | null = null;
  for (let i = text.indexOf('”', at); i !== -1; i = text.indexOf('”', i + 1)) {
    const length = after(i);
    if (length === -1) continue;
    const tail = text.slice(i + length);
    if (MEASURES_HANDOVER.test(tail)) return { problem: text.slice(at + 1, i), tail };
    if (punctuated === null && END_OR_PUNCTUATION.test(tail)) punctuated = { close: i, length };
  }
  return punctuated ? { problem: text.slice(at + 1, punctuated.close), tail: text.slice(punctuated.close + punctuated.length) } : null;
}
