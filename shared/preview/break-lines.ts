import type { DocRun } from '../document/blocks';
import { FONT_OF_ROLE } from '../layout/role-fonts';
import type { FontSlot } from '../layout/style';
import { hangs, mayBreakBetween } from './line-break-rules';
import { advance, gapScript, type GapScript, meetsAcrossScripts, type TextMetrics } from './text-metrics';

/** How a paragraph's text is set: one size and character spacing for all its runs. */
export interface TextSetting {
  /** Half-points. */
  size: number;
  /** Twips added to every character (the grid's −5 on 16 pt body text). */
  spacing: number;
  /** The Chinese font, when not the one the run's role takes (table text is all in the table font). */
  slot?: FontSlot;
}

/** The line widths available: the first line's (less its indent) and every other's, twips. */
export interface LineWidths {
  first: number;
  rest: number;
}

export interface BrokenLine {
  runs: DocRun[];
  /** The last character hangs past the right edge. */
  hanging: boolean;
}

interface Glyph {
  char: string;
  run: number;
  width: number;
  /** The autospace gap before this character, when it is not the first of its line. */
  gapBefore: number;
}

function measure(runs: readonly DocRun[], setting: TextSetting, metrics: TextMetrics): Glyph[] {
  const glyphs: Glyph[] = [];
  let previous: GapScript = 'other';
  runs.forEach((run, index) => {
    const slot = setting.slot ?? FONT_OF_ROLE[run.role];
    const gap = metrics.scriptGap[slot] * setting.size * 10;
    for (const char of run.text) {
      const script = gapScript(char);
      const across = meetsAcrossScripts(previous, script);
      previous = script;
      glyphs.push({
        char,
        run: index,
        width: advance(char, setting.size, setting.spacing, run.bold === true, metrics),
        gapBefore: across ? gap : 0,
      });
    }
  });
  return glyphs;
}

/** The glyphs [start, end) as runs, each keeping its role and bold. */
function slice(runs: readonly DocRun[], glyphs: readonly Glyph[], start: number, end: number): DocRun[] {
  const out: DocRun[] = [];
  for (let i = start; i < end; i++) {
    const glyph = glyphs[i]!;
    const last = out.at(-1);
    if (last && i > start && glyphs[i - 1]!.run === glyph.run) last.text += glyph.char;
    else out.push({ ...runs[glyph.run]!, text: glyph.char });
  }
  return out;
}

/**
 * Where the first line starting at `start` overflows: the index of the
 * first glyph that does not fit (glyphs.length if all do). A line always
 * takes at least one glyph.
 */
function overflowAt(glyphs: readonly Glyph[], start: number, width: number): number {
  let used = 0;
  let at = start;
  while (at < glyphs.length) {
    const glyph = glyphs[at]!;
    const needed = glyph.width + (at > start ? glyph.gapBefore : 0);
    if (used + needed > width) break;
    used += needed;
    at++;
  }
  return Math.max(at, start + 1);
}

/**
 * A paragraph's text broken into lines the way LibreOffice breaks it on the
 * grid: as many characters as fit; a closing mark that alone overflows
 * (，。…) hangs in the margin; otherwise the break moves back to the last
 * place 避头尾 allows (no closing mark first, no opening mark last, no break
 * inside a number or a Latin word), and a line with no such place breaks
 * where it overflows. Spaces at a break hang at the line's end.
 */
export function breakLines(runs: readonly DocRun[], setting: TextSetting, widths: LineWidths, metrics: TextMetrics): BrokenLine[] {
  const glyphs = measure(runs, setting, metrics);
  const chars = glyphs.map((g) => g.char);
  const lines: BrokenLine[] = [];
  const push = (start: number, end: number, hanging = false) => lines.push({ runs: slice(runs, glyphs, start, end), hanging });
  let start = 0;
  while (start < glyphs.length) {
    const over = overflowAt(glyphs, start, lines.length === 0 ? widths.first : widths.rest);
    if (over >= glyphs.length) {
      push(start, glyphs.length);
      break;
    }
    if (chars[over] === ' ') {
      let end = over;
      while (end < chars.length && chars[end] === ' ') end++;
      push(start, end);
      start = end;
      continue;
    }
    const next = chars[over + 1];
    if (hangs(chars[over]!) && over > start && (next === undefined || mayBreakBetween(chars[over]!, next))) {
      push(start, over + 1, true);
      start = over + 1;
      continue;
    }
    let end = over;
    while (end > start && !mayBreakBetween(chars[end - 1]!, chars[end]!)) end--;
    if (end === start) end = over;
    push(start, end);
    start = end;
  }
  return lines;
}
