import type { Enumeration } from '../model/rich-text';
import { fromChineseNumeral } from '../text/chinese-numerals';

/**
 * The enumerators Chinese official documents open paragraphs with. Which
 * level each one is differs from notice to notice, so the kinds carry no
 * level: the parser learns the levels from the order they occur in.
 */
export const MARKER_KINDS = ['yi', 'paren', 'arabic', 'arabicParen', 'di', 'aspect', 'shi', 'circled'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export interface Marker {
  kind: MarkerKind;
  /** The count it stands for: 三 → 3. */
  n: number;
  /** The enumerator as written, including its punctuation. */
  text: string;
  /** The paragraph after the enumerator. */
  rest: string;
}

// Up to 九百九十九: a run of numerals longer than that is no enumerator, and is never scanned on.
const CN = '[一二三四五六七八九十百]{1,5}';
const PATTERNS: ReadonlyArray<{ kind: MarkerKind; re: RegExp }> = [
  // 第一方面问题， / 第二部分： before 第一， so the longer form wins.
  { kind: 'aspect', re: new RegExp(`^第(${CN})(?:方面|部分|类)(?:问题|的问题)?\\s*[，、：。]?\\s*`, 'u') },
  { kind: 'di', re: new RegExp(`^第(${CN})\\s*[，、：]\\s*`, 'u') },
  { kind: 'yi', re: new RegExp(`^(${CN})\\s*、\\s*`, 'u') },
  // （一）、 with a stray 、 after it is still （一）.
  { kind: 'paren', re: new RegExp(`^（\\s*(${CN})\\s*）[、，.]?\\s*`, 'u') },
  { kind: 'arabicParen', re: /^（\s*(\d{1,3})\s*）[、，.]?\s*/u },
  { kind: 'arabic', re: /^(\d{1,3})(?:\.(?!\d)|、)\s*/u },
  // 一是 keeps what follows it (一是，…): only the two characters are the enumerator.
  { kind: 'shi', re: new RegExp(`^(${CN})是(?=\\S)`, 'u') },
  { kind: 'circled', re: /^([\u2460-\u2473])\s*/u },
];

/** The enumerator a (cleaned) paragraph opens with, or null. */
export function readMarker(text: string): Marker | null {
  for (const { kind, re } of PATTERNS) {
    const match = re.exec(text);
    if (!match) continue;
    const n = countOf(kind, match[1]!);
    if (n === null) continue;
    return { kind, n, text: match[0], rest: text.slice(match[0].length) };
  }
  return null;
}

function countOf(kind: MarkerKind, digits: string): number | null {
  if (kind === 'arabic' || kind === 'arabicParen') return Number(digits) > 0 ? Number(digits) : null;
  if (kind === 'circled') return digits.charCodeAt(0) - 0x2460 + 1;
  return fromChineseNumeral(digits);
}

/** The generated enumeration a marker kind corresponds to, if the model has one. */
export function enumerationOf(kind: MarkerKind): Enumeration | null {
  switch (kind) {
    case 'shi':
      return '一是';
    case 'di':
      return '第一，';
    case 'paren':
      return '（一）';
    case 'arabic':
      return '1.';
    case 'arabicParen':
      return '（1）';
    default:
      return null;
  }
}

/**
 * True when the text after an enumerator reads as a heading standing alone
 * (班子分工不规范), not as a numbered body paragraph (10月9日，该中心…。…):
 * short, and no sentence ends before its last character.
 */
export function isHeadingLike(rest: string): boolean {
  // Fifty characters are at most a hundred code units: a longer text is never spread into an array.
  if (rest.length > 100) return false;
  const chars = Array.from(rest);
  if (chars.length === 0 || chars.length > 50) return false;
  const inner = chars.slice(0, -1).join('');
  return !/[。；！？：]/u.test(inner);
}
