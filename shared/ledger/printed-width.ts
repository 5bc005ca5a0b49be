import { displayWidth, isHalfWidth } from '../text/width';

/**
 * Word and LibreOffice put a small gap where Chinese meets digits or Latin
 * letters (autoSpaceDE/DN, on by default): 2020年9月22日 has five. Measured in
 * LibreOffice at 12 pt: about a fifth of a character each.
 */
const SCRIPT_GAP = 0.2;

/**
 * Half-width characters count half a character, as everywhere in the
 * notice; but the Latin font's digits may be wider: Times New Roman's are 0.5
 * em, DejaVu Serif's (LibreOffice's stand-in where Times New Roman is
 * missing) 0.64. The allowance keeps a date measured to fit on one line.
 */
const LATIN_ALLOWANCE = 0.15;

/**
 * A line's printed width in characters of the table font: displayWidth
 * (full-width 1, half-width 0.5), plus the Latin allowance and the gaps
 * between scripts.
 */
export function printedWidth(line: string): number {
  let gaps = 0;
  let halfWidth = 0;
  let previous: boolean | null = null;
  for (const char of line) {
    if (char.trim() === '') continue;
    const half = isHalfWidth(char);
    if (half) halfWidth += 1;
    if (previous !== null && previous !== half) gaps += 1;
    previous = half;
  }
  return displayWidth(line) + halfWidth * LATIN_ALLOWANCE + gaps * SCRIPT_GAP;
}

/** How many lines a cell's text takes at a width in characters: each paragraph wraps on its own. */
export function linesAt(widths: readonly number[], characters: number): number {
  let lines = 0;
  for (const w of widths) lines += Math.max(1, Math.ceil(w / characters - 1e-9));
  return lines;
}
