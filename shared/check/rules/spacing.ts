import { SPACES_IN_CHINESE, ZERO_WIDTH } from '../../text/normalize';
import { printedMarks, type Spot, spotMaker, type TextPlace } from './spot';

const make = spotMaker('punctuation');

/** The words a finding adds when the export prints the text corrected anyway. */
export const EXPORT_CORRECTS = '导出时会自动更正';

/**
 * Spaces between Chinese characters, or between Chinese and digits (2021年12
 * 月24 日): the spaces the export closes up (normalize.ts, the very pattern),
 * read on the text with its half-width marks made full-width as the export
 * does first (整改. 落实 prints 整改。落实). A hint: the stored text differs
 * from what prints; the fix closes them up.
 */
export function spacesInChinese(text: string): Spot[] {
  const full = printedMarks(text);
  const spots: Spot[] = [];
  for (const match of full.matchAll(SPACES_IN_CHINESE)) {
    const start = match.index;
    const end = start + match[0].length;
    const around = text.slice(Math.max(0, start - 4), Math.min(text.length, end + 4));
    spots.push(make('punctuation.space', 'hint', `“${around}”中间有多余的空格，应删去（${EXPORT_CORRECTS}）`, start, end, ''));
  }
  return spots;
}

/**
 * Spaces at the start of a text print as indentation on top of the two
 * characters the layout gives (pasted　　根据…); at the end they are invisible
 * but wrong.
 */
export function edgeSpaces(text: string): Spot[] {
  const spots: Spot[] = [];
  const lead = /^[ \u00A0\u3000]+(?=[^ \u00A0\u3000])/u.exec(text);
  if (lead) spots.push(make('punctuation.leading-space', 'error', '段首有空格，排版会自动缩进两字，应删去', 0, lead[0].length, ''));
  const trail = /(?<=[^ \u00A0\u3000])[ \u00A0\u3000]+$/u.exec(text);
  if (trail) spots.push(make('punctuation.trailing-space', 'hint', '末尾有多余的空格，应删去', trail.index, text.length, ''));
  return spots;
}

const INVISIBLE: Record<string, string> = {
  '\u200B': '零宽空格',
  '\u200C': '零宽非连接符',
  '\u200D': '零宽连接符',
  '\u2060': '零宽不换行符',
  '\uFEFF': '零宽不换行空格（BOM）',
  '\u00AD': '软连字符',
  '\t': '制表符',
  '\n': '段内换行',
  '\r': '回车符',
  '\u2028': '行分隔符',
  '\u2029': '段分隔符',
};
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD\t\n\r\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/gu;

/** Zero-width characters and the controls XML forbids, which the export removes (normalize.ts, sanitize.ts); a tab or a line break prints as a space, C1 controls as they are. */
function removedAtExport(c: string): boolean {
  ZERO_WIDTH.lastIndex = 0;
  return ZERO_WIDTH.test(c) || /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u.test(c);
}

/**
 * Zero-width and control characters (pasted from web pages and Word); a
 * title's newline is a line break the user chose. Those the export removes
 * anyway are a hint.
 */
export function invisibleCharacters(text: string, place: TextPlace): Spot[] {
  const spots: Spot[] = [];
  for (const match of text.matchAll(INVISIBLES)) {
    let run = match[0];
    if (place.title) run = run.replace(/\n/g, '');
    if (run === '') continue;
    const names = [
      ...new Set(Array.from(run, (c) => INVISIBLE[c] ?? `控制字符 U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)),
    ];
    if (place.title && match[0].includes('\n')) {
      // Keep the chosen line breaks, remove the rest one character at a time.
      for (let i = 0; i < match[0].length; i++) {
        const c = match[0][i]!;
        if (c !== '\n')
          spots.push(
            make(
              'punctuation.invisible',
              'error',
              `有看不见的字符（${INVISIBLE[c] ?? '控制字符'}），应删去`,
              match.index + i,
              match.index + i + 1,
              '',
            ),
          );
      }
      continue;
    }
    const removed = Array.from(run).every(removedAtExport);
    const message = `有看不见的字符（${names.join('、')}），应删去${removed ? `（${EXPORT_CORRECTS}）` : ''}`;
    spots.push(make('punctuation.invisible', removed ? 'hint' : 'error', message, match.index, match.index + match[0].length, ''));
  }
  return spots;
}
