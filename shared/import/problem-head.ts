/**
 * The sentence that opens an item: the problem as fed back, in the phrases
 * real notices use — 针对“…”问题，制定整改措施如下：…, 针对“…”的问题。,
 * 针对…的问题, “…”问题, 关于“…”问题的整改情况, 问题：…, 针对该立行立改事项.
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
const MEASURES_HANDOVER = /^[，。：；]?\s*(?:(?:研究)?制定(?:了)?|采取(?:了)?|提出(?:了)?)?(?:以下|如下)?(?:的)?(?:整改|具体)?措施(?:如下)?[：]/u;
const END_OR_PUNCTUATION = /^(?:[，。：；]|$)/u;
/** One unit of an unquoted problem: a character other than a quote, or a whole quoted phrase. */
const INNER = '(?:[^“”]|“[^“”]{1,60}”)';

/** Reads the problem head a paragraph (after its enumerator) opens with, or null. */
export function readProblemHead(text: string): ProblemHead | null {
  const read = readHead(text);
  if (!read) return null;
  const head = text.endsWith(read.after) ? text.slice(0, text.length - read.after.length).trim() : text;
  return { ...read, head };
}

function readHead(text: string): Omit<ProblemHead, 'head'> | null {
  const instant = /^(?:针对|关于)(?:该|此|本|这一?)?(?:项)?立行立改(?:事项|问题)(?:的整改情况)?/u.exec(text);
  if (instant) return finish('', text.slice(instant[0].length), true);

  for (const prefix of ['针对', '关于', ''] as const) {
    if (!text.startsWith(`${prefix}“`)) continue;
    const quoted = closingQuote(text, prefix.length);
    if (!quoted) continue;
    let tail = quoted.tail;
    // 关于“…”问题的整改情况, and “…”问题整改情况 as a heading of its own.
    if (prefix !== '针对') tail = tail.replace(prefix === '关于' ? /^的?整改(?:落实|进展)?(?:情况)?/u : /^的?整改(?:落实|进展)?情况[。：]?$/u, '');
    // “…”问题 with no 针对/关于 is a head only when nothing but a handover follows it.
    if (prefix === '' && !END_OR_PUNCTUATION.test(tail) && !MEASURES_HANDOVER.test(tail)) return null;
    return finish(quoted.problem, tail, prefix === '关于' || isStrongTail(tail));
  }

  // The problem may quote a phrase of its own (落实“三重一大”决策制度不严格): a quote that opens and closes inside it.
  const about = new RegExp(`^关于(${INNER}{2,120}?)的?问题的?整改(?:落实|进展)?情况`, 'u').exec(text);
  if (about) return finish(about[1]!, text.slice(about[0].length), true);
  const plain = new RegExp(`^针对(${INNER}{2,120}?)的?问题(?=[，。：；]|$)`, 'u').exec(text);
  if (plain) {
    const tail = text.slice(plain[0].length);
    return finish(plain[1]!, tail, isStrongTail(tail));
  }
  const labelled = /^(?:巡察)?(?:反馈|存在)?的?问题\d*[：]\s*/u.exec(text);
  if (labelled) {
    const body = text.slice(labelled[0].length);
    const cut = body.search(/(?:整改措施|整改情况|具体整改落实情况|整改落实情况)[：]/u);
    const problem = cut === -1 ? body : body.slice(0, cut);
    return { problem: problem.trim(), after: cut === -1 ? '' : body.slice(cut), strong: true };
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

/**
 * The quoted problem opening at `at` (a “) and what follows its closing
 * “…”(的)?问题. The closing quote is where the quotes balance again (the
 * problem may quote ‘三会一课’ or “写字机器人” itself); pages with
 * unbalanced quotes fall back to the ” that is followed by 问题 and a
 * handover, or by 问题 and punctuation.
 */
function closingQuote(text: string, at: number): { problem: string; tail: string } | null {
  const after = (close: number) => /^”(的)?问题/u.exec(text.slice(close));
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '“') depth++;
    else if (c === '”' && --depth === 0) {
      const m = after(i);
      if (m) return { problem: text.slice(at + 1, i), tail: text.slice(i + m[0].length) };
      break;
    }
  }
  const candidates: { close: number; tail: string }[] = [];
  for (let i = text.indexOf('”', at); i !== -1; i = text.indexOf('”', i + 1)) {
    const m = after(i);
    if (m) candidates.push({ close: i, tail: text.slice(i + m[0].length) });
  }
  const pick = candidates.find((c) => MEASURES_HANDOVER.test(c.tail)) ?? candidates.find((c) => END_OR_PUNCTUATION.test(c.tail));
  return pick ? { problem: text.slice(at + 1, pick.close), tail: pick.tail } : null;
}
