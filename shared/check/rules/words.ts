import type { CheckRules, ConfusedWord, RepeatRules } from '../rules-schema';
import { phraseCover, TakenRanges } from './ranges';
import { spotMaker, type Spot } from './spot';

const make = spotMaker('words');

/** A word list compiled once per set of rules: each entry's pattern, in the order of the list. */
export interface CompiledWords {
  entries: { word: ConfusedWord; pattern: RegExp; except: string[] }[];
  /** Quick test: a text holding none of the words' first characters cannot match any. */
  firsts: Set<string>;
}

export function compileWords(words: readonly ConfusedWord[]): CompiledWords {
  const entries = words.map((word) => ({
    word,
    pattern: new RegExp(word.context ?? escape(word.wrong), 'gu'),
    // A wrong word inside its own right form (市民政局 in 东莞市民政局) is the right form: fixing it would grow it on every fix.
    except: [...(word.except ?? []), ...(word.right.includes(word.wrong) ? [word.right] : [])],
  }));
  return { entries, firsts: new Set(words.map((w) => w.wrong[0]!)) };
}

/** Words often written wrong (其它, 截止目前, 再接再励), from templates/check and the office's own list. */
export function confusedWords(text: string, compiled: CompiledWords): Spot[] {
  if (!Array.from(text).some((c) => compiled.firsts.has(c))) return [];
  const spots: Spot[] = [];
  const taken = new TakenRanges(text.length);
  const covered = phraseCover(text);
  for (const { word, pattern, except } of compiled.entries) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0] === '' || !taken.free(start, end)) continue;
      if (except.some((phrase) => covered(phrase, start, end))) continue;
      taken.take(start, end);
      const message = word.message ?? `“${match[0]}”应为“${word.right}”`;
      spots.push(make('words.confused', word.severity, message, start, end, word.fix ? word.right : undefined));
    }
  }
  return spots.sort((a, b) => a.start - b.start);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A character typed twice or more in a row. */
const DOUBLED = /(\p{Script=Han})\1+/gu;

interface CompiledRepeats {
  errors: Set<string>;
  allowedWords: Set<string>;
  /** The allowed phrases holding each character doubled. */
  phrases: Map<string, string[]>;
}

const compiledRepeats = new WeakMap<RepeatRules, CompiledRepeats>();

function compileRepeats(rules: RepeatRules): CompiledRepeats {
  let compiled = compiledRepeats.get(rules);
  if (compiled) return compiled;
  const errors = new Set(Array.from(rules.errorCharacters));
  const phrases = new Map<string, string[]>();
  for (const char of errors)
    phrases.set(
      char,
      rules.allowedPhrases.filter((p) => p.includes(char + char)),
    );
  compiled = { errors, allowedWords: new Set(rules.allowedWords), phrases };
  compiledRepeats.set(rules, compiled);
  return compiled;
}

/**
 * A function word typed twice or more (的的, 了了, 的的的), an error with
 * the fix to one, unless it is a reduplicated word (an office may list 常
 * with 常常 allowed), part of a right phrase (不了了之, 为了了解, 已经经过) or
 * an AABB form (的的确确). Other doubled characters are left alone: in
 * Chinese two words meet on the same character all the time (工作作风,
 * 会议议事, 市市直).
 */
export function repeatedCharacters(text: string, rules: CheckRules['repeats']): Spot[] {
  const { errors, allowedWords, phrases } = compileRepeats(rules);
  const spots: Spot[] = [];
  const covered = phraseCover(text);
  for (const match of text.matchAll(DOUBLED)) {
    const start = match.index;
    const char = match[1]!;
    const end = start + match[0].length;
    if (!errors.has(char)) continue;
    const twice = match[0].length === 2 * char.length;
    if (twice && allowedWords.has(match[0])) continue;
    if (phrases.get(char)!.some((phrase) => covered(phrase, start, end)) || (twice && isAabb(text, start, end))) continue;
    const around = text.slice(Math.max(0, start - 3), Math.min(text.length, end + 3));
    spots.push(make('words.repeated', 'error', `“${char}”字重复：“${around}”，应${twice ? '删去一个' : '只留一个'}`, start, end, char));
  }
  return spots;
}

/** 的的确确, 是是非非: a doubled character beside another doubled one. */
function isAabb(text: string, start: number, end: number): boolean {
  const doubled = (pair: string) => pair.length === 2 && pair[0] === pair[1] && /\p{Script=Han}/u.test(pair);
  return doubled(text.slice(end, end + 2)) || doubled(text.slice(Math.max(0, start - 2), start));
}
