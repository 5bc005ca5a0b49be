/**
 * Linear-time helpers for rules that test many matches against phrases or
 * against each other: a text of a megabyte with a hundred thousand matches
 * must not be read once per match.
 */

/** Every start of `phrase` in the text, overlapping ones included, in order. */
export function occurrences(text: string, phrase: string): number[] {
  const starts: number[] = [];
  if (phrase === '') return starts;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) starts.push(at);
  return starts;
}

/**
 * A text's occurrences of some phrases, each found once on first use: true
 * when an occurrence of a phrase covers start…end (binary search).
 */
export function phraseCover(text: string): (phrase: string, start: number, end: number) => boolean {
  const found = new Map<string, number[]>();
  return (phrase, start, end) => {
    let starts = found.get(phrase);
    if (!starts) found.set(phrase, (starts = occurrences(text, phrase)));
    // The first occurrence starting at or after end - phrase.length; it covers the range when it starts by `start`.
    const from = end - phrase.length;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo]! <= start;
  };
}

/** Ranges of a text already claimed by a match: a later match overlapping one is dropped. Cost is the length of the ranges. */
export class TakenRanges {
  private readonly units: Uint8Array;

  constructor(length: number) {
    this.units = new Uint8Array(length + 1);
  }

  /** True when no unit of start…end is taken. */
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.units[i] === 1) return false;
    return true;
  }

  take(start: number, end: number): void {
    this.units.fill(1, start, end);
  }
}

/** Appends without spreading into arguments (a spread of a hundred thousand overflows the stack). */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
