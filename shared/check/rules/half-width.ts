import { EXPORT_CORRECTS } from './spacing';
import { printedMarks, type Spot, spotMaker } from './spot';

const NAMES: Record<string, string> = {
  ',': '逗号',
  '.': '句号',
  ';': '分号',
  ':': '冒号',
  '?': '问号',
  '!': '叹号',
  '(': '括号',
  ')': '括号',
  '"': '引号',
  "'": '引号',
};

const QUOTE_NAMES: Record<string, string> = { '“': '左双引号', '”': '右双引号', '‘': '左单引号', '’': '右单引号' };

const make = spotMaker('punctuation');

/**
 * Half-width marks in Chinese context, with the full-width form the export
 * prints (a hint: the export corrects them anyway). The decision is the one the importer and the export make
 * (punctuation.ts), so URLs, e-mail addresses, 9:00, 3.5, 1,000 and the `1.`
 * of level-3 numbering are left alone here exactly as they are there.
 */
export function halfWidthMarks(text: string): Spot[] {
  const full = printedMarks(text);
  if (full === text) return [];
  const spots: Spot[] = [];
  // One mark in, one mark out, all in the BMP: the offsets of both texts agree.
  for (let i = 0; i < text.length; i++) {
    if (full[i] === text[i]) continue;
    const mark = text[i]!;
    const name = NAMES[mark] ?? '标点';
    // A quotation mark is named in words, not quoted inside quotation marks.
    const message = QUOTE_NAMES[full[i]!] ? `半角${name}应为全角${QUOTE_NAMES[full[i]!]}` : `半角${name}“${mark}”应为全角“${full[i]}”`;
    spots.push(make('punctuation.half-width', 'hint', `${message}（${EXPORT_CORRECTS}）`, i, i + 1, full[i]));
  }
  return spots;
}
