import { mayHoldAddresses, PROTECTED, protectedLength } from '../../text/punctuation';

/**
 * Where a text holds something that keeps its own punctuation and digits:
 * URLs and e-mail addresses, found by the patterns the export's punctuation
 * uses (punctuation.ts). The text rules leave these ranges alone.
 */
export interface Range {
  start: number;
  end: number;
}

export function protectedRanges(text: string): Range[] {
  if (!mayHoldAddresses(text)) return [];
  const ranges: Range[] = [];
  for (const pattern of PROTECTED) {
    for (const match of text.matchAll(pattern)) {
      ranges.push({ start: match.index, end: match.index + protectedLength(match[0]) });
    }
  }
  return merged(ranges);
}

/** Ranges sorted by start, those that overlap or touch joined into one. */
export function merged(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** True when start…end overlaps one of the ranges (sorted and apart, as protectedRanges and titleRanges give them): a binary search. */
export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  // The first range ending after start.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && r.start < end && start < r.end;
}

/**
 * The insides of 《…》 titles, quoted as published: the word rules leave
 * them alone (a document's name keeps its own wording). Outermost titles
 * that close; linear in the text.
 */
export function titleRanges(text: string): Range[] {
  if (!text.includes('《')) return [];
  const ranges: Range[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') {
      if (depth === 0) open = i;
      depth += 1;
    } else if (c === '》' && depth > 0) {
      depth -= 1;
      if (depth === 0) ranges.push({ start: open + 1, end: i });
    }
  }
  return ranges;
}
