import { nestQuotes } from '../../text/quotes';
import { EXPORT_CORRECTS } from './spacing';
import { printedMarks, type Spot, spotMaker } from './spot';

/**
 * Quotation marks and brackets that do not pair (“…’, （…), ‹…>), and pairs
 * nested the wrong way: double quotes inside double quotes (“…“…”…” should be
 * “…‘…’…”), a title inside a title (《…《…》…》 should be 《…〈…〉…》).
 * Read on the text as the export would print its half-width marks, so a
 * （…) that the half-width rule already turns into （…） is not said twice.
 */

const make = spotMaker('punctuation');

type Family = 'quote' | 'round' | 'title' | 'square';

const PARTNER: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '（': '）',
  '(': ')',
  '《': '》',
  '〈': '〉',
  '‹': '›',
  '«': '»',
  '<': '>',
  '＜': '＞',
  '【': '】',
  '〔': '〕',
  '［': '］',
  '[': ']',
  '「': '」',
  '『': '』',
};
const CLOSERS = new Map(Object.entries(PARTNER).map(([open, close]) => [close, open]));
const FAMILY: Record<string, Family> = {
  '“': 'quote',
  '‘': 'quote',
  '（': 'round',
  '(': 'round',
  '《': 'title',
  '〈': 'title',
  '‹': 'title',
  '«': 'title',
  '<': 'title',
  '＜': 'title',
  '【': 'square',
  '〔': 'square',
  '［': 'square',
  '[': 'square',
  '「': 'square',
  '『': 'square',
};
const NAMES: Record<Family, string> = { quote: '引号', round: '括号', title: '书名号', square: '括号' };
/** < and > are comparison signs except inside a 《…》 title (《关于印发<…>的通知》). */
const ANGLES = new Set(['<', '＜']);
const ANGLE_CLOSERS = new Set(['>', '＞']);

interface Pair {
  mark: string;
  open: number;
  close: number;
  parent: number;
}

export function pairedMarks(original: string): Spot[] {
  if (!/[“”‘’（）()《》〈〉‹›«»<>＜＞【】〔〕［］[\]「」『』]/u.test(original)) return [];
  const text = printedMarks(original);
  const spots: Spot[] = [];
  const pairs: Pair[] = [];
  const stack: number[] = [];
  const top = () => (stack.length === 0 ? undefined : pairs[stack[stack.length - 1]!]);
  const titleOpen = () => stack.some((p) => pairs[p]!.mark === '《');

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c in PARTNER && (!ANGLES.has(c) || titleOpen())) {
      pairs.push({ mark: c, open: i, close: -1, parent: stack.length === 0 ? -1 : stack[stack.length - 1]! });
      stack.push(pairs.length - 1);
      continue;
    }
    const isCloser = CLOSERS.has(c) && (!ANGLE_CLOSERS.has(c) || stack.some((p) => FAMILY[pairs[p]!.mark] === 'title'));
    if (!isCloser || (isApostrophe(text, i) && !closesSingleQuote(text, i, top()))) continue;
    const last = top();
    if (last && PARTNER[last.mark] === c) {
      last.close = i;
      stack.pop();
      continue;
    }
    const deeper = findLast(stack, (p) => PARTNER[pairs[p]!.mark] === c);
    if (deeper !== -1) {
      // The marks opened after the one this closes were never closed.
      while (stack.length - 1 > deeper) spots.push(unclosed(original, pairs[stack.pop()!]!));
      pairs[stack.pop()!]!.close = i;
      continue;
    }
    if (last && FAMILY[last.mark] === FAMILY[CLOSERS.get(c)!]) {
      spots.push(mismatched(original, last, i));
      last.close = i;
      stack.pop();
      continue;
    }
    if (!isEnumerator(text, i)) {
      spots.push(
        make('punctuation.unpaired', 'error', `多余的${markName(original[i]!)}：前面没有与之配对的${markName(CLOSERS.get(c)!)}`, i, i + 1),
      );
    }
  }
  for (const open of stack) spots.push(unclosed(original, pairs[open]!));
  let printed: string | null = null;
  const nested = () => (printed ??= nestQuotes(text));
  for (const pair of pairs) {
    const spot = wronglyNested(text, pairs, pair, nested);
    if (spot) spots.push(spot);
  }
  return spots.sort((a, b) => a.start - b.start);
}

/** An opening mark with nothing to close it. */
function unclosed(text: string, pair: Pair): Spot {
  const after = excerpt(text, pair.open + 1, pair.open + 13);
  return make(
    'punctuation.unpaired',
    'error',
    `${markName(pair.mark)}没有配对：其后“${after}”中缺少对应的${markName(PARTNER[pair.mark]!)}`,
    pair.open,
    pair.open + 1,
  );
}

/** A closing mark of the right family but the wrong kind (“…’, （…]); the fix is the partner when there is only one it can be. */
function mismatched(text: string, open: Pair, at: number): Spot {
  const family = FAMILY[open.mark]!;
  const inner = excerpt(text, open.open + 1, at);
  const expected = PARTNER[open.mark]!;
  // ‹…> is a title typed with the wrong marks: 《》 or 〈〉 only a human can tell.
  const fix = family === 'title' && !['《', '〈'].includes(open.mark) ? undefined : expected;
  const message =
    fix === undefined
      ? `书名号不配对：“${inner}”两边是“${open.mark}”和“${text[at]}”，书名应用《》，书名中的书名用〈〉`
      : `${NAMES[family]}不配对：“${inner}”以${markName(open.mark)}开始、以${markName(text[at]!)}结束，应以${markName(expected)}结束`;
  return make('punctuation.unpaired', 'error', message, at, at + 1, fix);
}

const MARK_NAMES: Record<string, string> = {
  '“': '左双引号',
  '”': '右双引号',
  '‘': '左单引号',
  '’': '右单引号',
  '（': '左括号',
  '）': '右括号',
  '(': '左括号',
  ')': '右括号',
  '《': '左书名号',
  '》': '右书名号',
  '〈': '左单书名号',
  '〉': '右单书名号',
};

/** A mark named in words, so a message need not quote a quotation mark inside quotation marks. */
function markName(mark: string): string {
  return MARK_NAMES[mark] ?? `“${mark}”`;
}

/** Double quotes straight inside double quotes, singles inside singles, a 《》 title inside a title. */
function wronglyNested(text: string, pairs: readonly Pair[], pair: Pair, nested: () => string): Spot | null {
  if (pair.close === -1) return null;
  const family = FAMILY[pair.mark];
  if (family !== 'quote' && family !== 'title') return null;
  let parent = pair.parent;
  while (parent !== -1 && FAMILY[pairs[parent]!.mark] !== family) parent = pairs[parent]!.parent;
  if (parent === -1 || pairs[parent]!.close === -1) return null;
  const outer = pairs[parent]!.mark;
  const inner = text.slice(pair.open + 1, pair.close);
  if (family === 'quote') {
    if (outer !== pair.mark) return null;
    const [open, close] = pair.mark === '“' ? ['‘', '’'] : ['“', '”'];
    // The export nests quotes itself (quotes.ts) when they all pair: then its result is the fix, and the finding a hint.
    const printed = nested().slice(pair.open, pair.close + 1);
    const corrected = printed !== text.slice(pair.open, pair.close + 1);
    const fix = corrected ? printed : `${open}${inner}${close}`;
    const message = `引号套用有误：${pair.mark === '“' ? '双引号内的引号应为单引号' : '单引号内的引号应为双引号'}，此处应为${excerpt(fix, 0, fix.length)}${corrected ? `（${EXPORT_CORRECTS}）` : ''}`;
    return make('punctuation.nested-quotes', corrected ? 'hint' : 'error', message, pair.open, pair.close + 1, fix);
  }
  if (pair.mark === '〈' || outer !== '《') return null;
  return make(
    'punctuation.nested-titles',
    'error',
    `书名号内的书名应使用〈〉，此处应为〈${excerpt(inner, 0, inner.length)}〉`,
    pair.open,
    pair.close + 1,
    `〈${inner}〉`,
  );
}

/** ' or ’ inside a Latin word (it’s, don’t) is an apostrophe, not a quote; ‘ never is. */
function isApostrophe(text: string, i: number): boolean {
  return (text[i] === '’' || text[i] === "'") && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '');
}

/** A ’ between Latin letters still closes an open ‘ when no later ’ comes before the next other quote mark (“a‘b’c”). */
function closesSingleQuote(text: string, i: number, open: Pair | undefined): boolean {
  if (open?.mark !== '‘') return false;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if (c === '’') return false;
    if (c === '“' || c === '”' || c === '‘') return true;
  }
  return true;
}

/** 1） or 一) opening a paragraph or a clause is a (non-standard) enumerator, which the numbering rules judge. */
function isEnumerator(text: string, i: number): boolean {
  if (text[i] !== '）' && text[i] !== ')') return false;
  return /(?:^|[。；：，、\s])\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/u.test(text.slice(Math.max(0, i - 6), i));
}

function findLast(stack: readonly number[], test: (pair: number) => boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) if (test(stack[k]!)) return k;
  return -1;
}

/** A slice of the text for a message, shortened in the middle when long. */
export function excerpt(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  return slice.length <= 24 ? slice : `${slice.slice(0, 10)}…${slice.slice(-10)}`;
}
