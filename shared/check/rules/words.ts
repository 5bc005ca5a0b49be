import type { CheckRules, ConfusedWord } from '../rules-schema';
import { spotMaker, type Spot } from './spot';

const make = spotMaker('words');

/** A word list compiled once per set of rules: each entry's pattern, in the order of the list. */
export interface CompiledWords {
  entries: { word: ConfusedWord; pattern: RegExp }[];
  /** Quick test: a text holding none of the words' first characters cannot match any. */
  firsts: Set<string>;
}

export function compileWords(words: readonly ConfusedWord[]): CompiledWords {
  const entries = words.map((word) => ({ word, pattern: new RegExp(word.context ?? escape(word.wrong), 'gu') }));
  return { entries, firsts: new Set(words.map((w) => w.wrong[0]!)) };
}

/** Words often written wrong (其它, 截止目前, 再接再励), from templates/check and the office's own list. */
export function confusedWords(text: string, compiled: CompiledWords): Spot[] {
  if (!Array.from(text).some((c) => compiled.firsts.has(c))) return [];
  const spots: Spot[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const { word, pattern } of compiled.entries) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0] === '' || taken.some((t) => start < t.end && end > t.start)) continue;
      if (word.except?.some((phrase) => within(text, start, end, phrase))) continue;
      taken.push({ start, end });
      const message = word.message ?? `“${match[0]}”应为“${word.right}”`;
      spots.push(make('words.confused', word.severity, message, start, end, word.fix ? word.right : undefined));
    }
  }
  return spots.sort((a, b) => a.start - b.start);
}

/** True when an occurrence of `phrase` in the text covers start…end. */
function within(text: string, start: number, end: number, phrase: string): boolean {
  for (let at = text.indexOf(phrase, Math.max(0, end - phrase.length)); at !== -1 && at <= start; at = text.indexOf(phrase, at + 1)) {
    if (at + phrase.length >= end) return true;
  }
  return false;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const DOUBLED = /(\p{Script=Han})\1/gu;

/**
 * A function word typed twice (的的, 了了, 是是), an error with the fix to
 * one, unless it is a reduplicated word (an office may list 常 with 常常
 * allowed), part of a right phrase (不了了之, 为了了解, 已经经过) or an AABB
 * form (的的确确). Other doubled characters are left alone: in Chinese two
 * words meet on the same character all the time (工作作风, 会议议事, 市市直).
 */
export function repeatedCharacters(text: string, rules: CheckRules['repeats']): Spot[] {
  const spots: Spot[] = [];
  for (const match of text.matchAll(DOUBLED)) {
    const start = match.index;
    const char = match[1]!;
    const end = start + match[0].length;
    if (!rules.errorCharacters.includes(char) || rules.allowedWords.includes(match[0])) continue;
    if (rules.allowedPhrases.some((phrase) => within(text, start, end, phrase)) || isAabb(text, start, end)) continue;
    const around = text.slice(Math.max(0, start - 3), Math.min(text.length, end + 3));
    spots.push(make('words.repeated', 'error', `“${char}”字重复：“${around}”，应删去一个`, start, end, char));
  }
  return spots;
}

/** 的的确确, 是是非非: a doubled character beside another doubled one. */
function isAabb(text: string, start: number, end: number): boolean {
  const doubled = (pair: string) => pair.length === 2 && pair[0] === pair[1] && /\p{Script=Han}/u.test(pair);
  return doubled(text.slice(end, end + 2)) || doubled(text.slice(Math.max(0, start - 2), start));
}
