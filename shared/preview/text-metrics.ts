import type { FontSlot } from '../layout/style';
import { isHalfWidth } from '../text/width';
import { DEJAVU_SERIF, DEJAVU_SERIF_BOLD, TIMES_NEW_ROMAN, TIMES_NEW_ROMAN_BOLD, type AsciiWidths } from './latin-fonts';

/**
 * What the preview measures text by. Full-width characters (Chinese, and the
 * “ ” ‘ ’ — … that the eastAsia hint sends to the Chinese font) are one em
 * in every Chinese font; half-width ones take the Latin font's own advance.
 */
export interface TextMetrics {
  /** The Latin font's ASCII advances, regular and bold. */
  latin: AsciiWidths;
  latinBold: AsciiWidths;
  /**
   * The gap typesetters put where a Chinese character meets a digit or Latin
   * letter (Word's autoSpaceDE/DN, LibreOffice's autospace), in em of the
   * run's size, by the Chinese font the run is set in. Found in LibreOffice
   * 7.4 at 16 pt from where lines of 巡1巡1… break: 71 twips beside 仿宋
   * (Noto Serif CJK here), and the same beside 黑体 and 楷体 where seed
   * notices' headings break (their glyphs only print the gap a little
   * narrower or wider). Full-width punctuation gets none: ，2020 and （1）
   * print without a gap.
   */
  scriptGap: Readonly<Record<FontSlot, number>>;
}

const SERIF_GAP = 71 / 320;
const GAPS: Record<FontSlot, number> = {
  title: SERIF_GAP,
  body: SERIF_GAP,
  table: SERIF_GAP,
  pageNumber: SERIF_GAP,
  heading1: SERIF_GAP,
  heading2: SERIF_GAP,
};

/** The metrics of the fonts the export names: what Word and WPS lay the file out with on the users' machines. */
export const NAMED_FONT_METRICS: TextMetrics = { latin: TIMES_NEW_ROMAN, latinBold: TIMES_NEW_ROMAN_BOLD, scriptGap: GAPS };

/** The metrics of a machine without Times New Roman, where LibreOffice substitutes DejaVu Serif (the render checks'). */
export const DEJAVU_FALLBACK_METRICS: TextMetrics = { latin: DEJAVU_SERIF, latinBold: DEJAVU_SERIF_BOLD, scriptGap: GAPS };

/** A half-width character outside ASCII (half-width forms) is taken as half an em. */
const OTHER_HALF_WIDTH = 500;

/** A character's advance in twips at a size (half-points), character spacing (twips) included. */
export function advance(char: string, size: number, spacing: number, bold: boolean, metrics: TextMetrics): number {
  const em = size * 10;
  if (!isHalfWidth(char)) return em + spacing;
  const code = char.codePointAt(0)!;
  const widths = bold ? metrics.latinBold : metrics.latin;
  const thousandths = code >= 0x20 && code <= 0x7e ? widths[code - 0x20]! : OTHER_HALF_WIDTH;
  return (thousandths * em) / 1000 + spacing;
}

const HAN = /\p{Script=Han}/u;

/** What the autospace gap looks at: Chinese characters, digits and Latin letters, and the rest. */
export type GapScript = 'han' | 'alphanumeric' | 'other';

export function gapScript(char: string): GapScript {
  const code = char.charCodeAt(0);
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'alphanumeric';
  // Below U+2E80 there is no Chinese character: the regular expression only runs on CJK text.
  return code >= 0x2e80 && HAN.test(char) ? 'han' : 'other';
}

/** True where the autospace gap goes: between a Chinese character and a digit or Latin letter, either way round. */
export function meetsAcrossScripts(before: GapScript, after: GapScript): boolean {
  return (before === 'han' && after === 'alphanumeric') || (before === 'alphanumeric' && after === 'han');
}
