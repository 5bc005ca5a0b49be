/**
 * How alike two texts are, as 2·LCS / (|a| + |b|) over characters (1: the
 * same, 0: nothing in common), the ratio difflib and most diff tools report.
 * Fast on long texts that are mostly alike, as a notice and its reprint
 * are: the texts are cut into clauses at punctuation, the clauses aligned
 * with Myers' diff, and only the stretches between aligned clauses compared
 * character by character (bit-parallel LCS). Within those stretches the
 * result is exact; the clause alignment can miss a few characters of
 * common subsequence that straddle clause ends, so the ratio can only err
 * low, never high.
 *
 * Bounded on any input: the alignment and the character comparison each
 * have a work budget (WORK_BUDGET, far above what a notice and its print
 * need). Past it, clauses found once in each text are aligned instead
 * (patience diff, O(n log n)) and a stretch too big to compare exactly
 * counts only a common subsequence found greedily in linear time: still a
 * real common subsequence, so the ratio still only errs low.
 */
export function textSimilarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  return (2 * commonLength(a, b)) / (a.length + b.length);
}

/**
 * Steps of work allowed to one comparison, in Myers' edit steps and in
 * 32-bit words of the bit-parallel LCS: a few milliseconds. Ranking the
 * seeds and the corpus takes at most some 50,000 steps and 10,000 words
 * per comparison, so real notices stay exact with a hundredfold margin;
 * hostile inputs (a line repeated thousands of times) are estimated.
 */
const WORK_BUDGET = 4_000_000;

/** Length of a common subsequence of a and b: exact within clause gaps, see textSimilarity. */
export function commonLength(a: string, b: string): number {
  let prefix = 0;
  const shorter = Math.min(a.length, b.length);
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  if (midA === '' || midB === '') return prefix + suffix;

  let budget = WORK_BUDGET;
  /** The exact LCS while the budget lasts, else a greedy common subsequence (never longer than the LCS). */
  const compare = (x: string, y: string): number => {
    const cost = lcsCost(x, y);
    if (cost > budget) return greedyCommonLength(x, y);
    budget -= cost;
    return lcsLength(x, y);
  };

  const chunksA = clauses(midA);
  const chunksB = clauses(midB);
  const ids = new Map<string, number>();
  const idOf = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
  const idsA = Int32Array.from(chunksA, idOf);
  const idsB = Int32Array.from(chunksB, idOf);
  const aligned = alignedPairs(idsA, idsB, WORK_BUDGET);
  if (aligned === null && lcsCost(midA, midB) <= budget) return prefix + suffix + lcsLength(midA, midB);
  const pairs = aligned ?? uniqueAnchors(idsA, idsB);

  let total = prefix + suffix;
  let i = 0;
  let j = 0;
  const gap = (toI: number, toJ: number) => {
    if (toI > i && toJ > j) total += compare(chunksA.slice(i, toI).join(''), chunksB.slice(j, toJ).join(''));
  };
  for (const [pi, pj] of pairs) {
    gap(pi, pj);
    total += chunksA[pi]!.length;
    i = pi + 1;
    j = pj + 1;
  }
  gap(chunksA.length, chunksB.length);
  return total;
}

/** Words the bit-parallel LCS of x and y touches. */
function lcsCost(x: string, y: string): number {
  return Math.ceil(Math.min(x.length, y.length) / 32) * Math.max(x.length, y.length);
}

/**
 * A common subsequence found greedily: each character of the shorter text
 * matched to its next occurrence in the other, skipped when there is none
 * left. O(n log m); a lower bound of the LCS, often far below it.
 */
export function greedyCommonLength(a: string, b: string): number {
  if (a.length > b.length) [a, b] = [b, a];
  const positions = new Map<number, number[]>();
  for (let j = 0; j < b.length; j++) {
    const c = b.charCodeAt(j);
    let list = positions.get(c);
    if (!list) positions.set(c, (list = []));
    list.push(j);
  }
  let length = 0;
  let after = -1;
  for (let i = 0; i < a.length; i++) {
    const list = positions.get(a.charCodeAt(i));
    if (!list) continue;
    // The first position in b beyond `after`.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! <= after) lo = mid + 1;
      else hi = mid;
    }
    if (lo === list.length) continue;
    after = list[lo]!;
    length++;
  }
  return length;
}

/**
 * Pairs of clauses that occur exactly once in each text, the longest chain
 * of them in the same order in both (patience diff): a common subsequence
 * of clauses in O(n log n), for texts too different for Myers' budget.
 */
function uniqueAnchors(a: Int32Array, b: Int32Array): Array<[number, number]> {
  const count = (ids: Int32Array) => {
    const seen = new Map<number, number>();
    ids.forEach((id, at) => seen.set(id, seen.has(id) ? -1 : at));
    return seen;
  };
  const onceA = count(a);
  const onceB = count(b);
  const candidates: Array<[number, number]> = [];
  for (const [id, at] of onceA) {
    const other = onceB.get(id);
    if (at >= 0 && other !== undefined && other >= 0) candidates.push([at, other]);
  }
  candidates.sort((x, y) => x[0] - y[0]);
  // Longest increasing run of b-positions, by patience sorting with back links.
  const tails: number[] = [];
  const back = new Int32Array(candidates.length).fill(-1);
  for (let c = 0; c < candidates.length; c++) {
    const value = candidates[c]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (candidates[tails[mid]!]![1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[c] = tails[lo - 1]!;
    tails[lo] = c;
  }
  const chain: Array<[number, number]> = [];
  for (let c = tails.length > 0 ? tails[tails.length - 1]! : -1; c >= 0; c = back[c]!) chain.push(candidates[c]!);
  return chain.reverse();
}

/** Clauses: pieces ending at Chinese punctuation, so a changed word disturbs one clause only. */
function clauses(text: string): string[] {
  return text.match(/[^。，；：、！？“”（）]*[。，；：、！？“”（）]|[^。，；：、！？“”（）]+$/gu) ?? [];
}

/** Beyond this many differing clauses, alignment costs more than it saves. */
const MAX_EDITS = 4000;

/**
 * The pairs (index in a, index in b) of a longest common subsequence of two
 * id sequences, by Myers' O((N+M)·D) algorithm; null when they differ too
 * much, or when the steps taken pass `budget`.
 */
function alignedPairs(a: Int32Array, b: Int32Array, budget: number): Array<[number, number]> | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let steps = 0;
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    steps += 2 * d + 3;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      steps += x - from + 1;
      if (steps > budget) return null;
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m, a, b);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], dEnd: number, n: number, m: number, a: Int32Array, b: Int32Array): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    // trace[d] holds v before step d over k in [-d-1, d+1]: index k + d + 1.
    const at = (k: number) => trace[d]![k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY && x > 0 && y > 0 && a[x - 1] === b[y - 1]) {
      pairs.push([x - 1, y - 1]);
      x--;
      y--;
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    pairs.push([x - 1, y - 1]);
    x--;
    y--;
  }
  return pairs.reverse();
}

/**
 * LCS length by Hyyrö's bit-parallel algorithm: V' = (V + (V & M)) | (V & ~M)
 * over 32-bit words, M the positions of b's character in a; the answer is
 * the number of zero bits left in V. O(|a|·|b|/32).
 */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length > b.length) [a, b] = [b, a];
  const words = Math.ceil(a.length / 32);
  const masks = new Map<number, Uint32Array>();
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    let mask = masks.get(c);
    if (!mask) masks.set(c, (mask = new Uint32Array(words)));
    mask[i >>> 5]! |= 1 << (i & 31);
  }
  const v = new Uint32Array(words).fill(0xffffffff);
  for (let j = 0; j < b.length; j++) {
    const mask = masks.get(b.charCodeAt(j));
    if (!mask) continue;
    let carry = 0;
    for (let w = 0; w < words; w++) {
      const old = v[w]!;
      const u = old & mask[w]!;
      const sum = old + (u >>> 0) + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[w] = ((sum >>> 0) | (old & ~mask[w]!)) >>> 0;
    }
  }
  let ones = 0;
  for (let w = 0; w < words; w++) {
    let x = v[w]!;
    if (w === words - 1 && a.length % 32 !== 0) x |= ~((1 << (a.length % 32)) - 1) >>> 0;
    x >>>= 0;
    while (x !== 0) {
      x &= x - 1;
      ones++;
    }
  }
  return words * 32 - ones;
}
