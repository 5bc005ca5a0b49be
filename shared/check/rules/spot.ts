import { toFullWidthPunctuation } from '../../text/punctuation';
import type { FindingCategory, Severity } from '../finding';

/** A finding inside one text (a plain field, or one paragraph of a rich one), before it is placed in the notice. */
export interface Spot {
  rule: string;
  category: FindingCategory;
  severity: Severity;
  message: string;
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
  fix?: string;
}

/** What a text rule knows of the text it reads. */
export interface TextPlace {
  /** An item's or sub-item's problem as fed back (a layout quotes it: “{problem}”). */
  problem: boolean;
  /** A title typed by hand: a newline in it is a line break the user chose. */
  title: boolean;
}

export type TextRule = (text: string, place: TextPlace) => Spot[];

/** A spot of a category: `make('punctuation')('punctuation.x', 'error', message, start, end, fix)`. */
export function spotMaker(category: FindingCategory) {
  return (rule: string, severity: Severity, message: string, start: number, end: number, fix?: string): Spot => ({
    rule,
    category,
    severity,
    message,
    start,
    end,
    ...(fix !== undefined ? { fix } : {}),
  });
}

/** Han characters and full-width punctuation, as a regular-expression class body (u flag). */
export const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff60\\u2018-\\u201f\\u2014\\u2026';

let lastText: string | null = null;
let lastFull = '';

/**
 * The text with its half-width marks as the export prints them
 * (toFullWidthPunctuation), worked out once for all the rules that read a
 * text that way: the last text asked for is kept.
 */
export function printedMarks(text: string): string {
  if (text !== lastText) {
    lastFull = toFullWidthPunctuation(text);
    lastText = text;
  }
  return lastFull;
}
