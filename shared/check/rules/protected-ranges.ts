/**
 * Where a text holds something that keeps its own punctuation and digits:
 * URLs and e-mail addresses. The text rules leave these ranges alone.
 */
const PROTECTED = [
  /[a-z][a-z0-9+.-]*:\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+/giu,
  /www\.[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+/giu,
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gu,
];

export interface Range {
  start: number;
  end: number;
}

export function protectedRanges(text: string): Range[] {
  if (!text.includes('@') && !text.includes('://') && !/www\./i.test(text)) return [];
  const ranges: Range[] = [];
  for (const pattern of PROTECTED) {
    for (const match of text.matchAll(pattern)) {
      // A sentence's own full stop or comma after a URL is not part of it.
      const length = match[0].replace(/[.,;:!?)]+$/u, '').length;
      ranges.push({ start: match.index, end: match.index + length });
    }
  }
  return ranges;
}

export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}
