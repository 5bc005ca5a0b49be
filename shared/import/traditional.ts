import * as OpenCC from 'opencc-js/t2cn';
import type { SourceLine } from './source';

/**
 * Share of Chinese characters that must change from Traditional to
 * Simplified for a text to count as written in Traditional. Simplified
 * text has a few characters the converter may touch (乾, 後 in a quoted
 * name, 著), far under this; Traditional text has a fifth or more.
 */
const TRADITIONAL_SHARE = 0.05;
const MIN_CHANGED = 3;
/** CJK Unified Ideographs and Extension A: where Traditional and Simplified characters differ. */
const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;

type Convert = (text: string) => string;
let converter: Convert | null = null;

/**
 * Built on first use: the dictionaries take some tens of milliseconds to
 * load. The Hong Kong table: it reads the Hong Kong variants (衞, 綫) and
 * every standard and Taiwan form the others read.
 */
function convert(text: string): string {
  converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return converter(text);
}

/**
 * The lines in Simplified characters when the text is written in
 * Traditional ones (Taiwan and Hong Kong variants included), else the lines
 * as they are. One conversion of the whole text, then one pass comparing
 * it with the original.
 */
export function toSimplified(lines: readonly SourceLine[]): { lines: SourceLine[]; converted: boolean } {
  const text = lines.map((l) => l.text).join('\n');
  const simplified = convert(text);
  const parts = simplified.split('\n');
  // The converter maps character for character; should it ever not, the line structure is what must hold.
  if (parts.length !== lines.length) return { lines: [...lines], converted: false };
  let han = 0;
  let changed = 0;
  const sameLength = simplified.length === text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHan(code)) continue;
    han++;
    if (sameLength && simplified.charCodeAt(i) !== code) changed++;
  }
  if (!sameLength) changed = countChangedLines(lines, parts);
  if (changed < MIN_CHANGED || changed < han * TRADITIONAL_SHARE) return { lines: [...lines], converted: false };
  return { lines: lines.map((l, i) => ({ ...l, text: mainlandQuotes(parts[i]!) })), converted: true };
}

const CORNER_QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** Taiwan and Hong Kong write quotes as corner brackets (「…」, 『…』 inside); a Simplified document writes “…” and ‘…’. */
function mainlandQuotes(text: string): string {
  return text.replace(/[「」『』]/gu, (c) => CORNER_QUOTES[c]!);
}

/** Fallback count when a phrase changed length: characters of changed lines that differ at the same place. */
function countChangedLines(lines: readonly SourceLine[], parts: readonly string[]): number {
  let changed = 0;
  lines.forEach((l, i) => {
    const after = parts[i]!;
    for (let k = 0; k < Math.min(l.text.length, after.length); k++) if (l.text[k] !== after[k]) changed++;
  });
  return changed;
}
