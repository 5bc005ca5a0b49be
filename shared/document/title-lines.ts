/**
 * The lines of the title. Line breaks the user typed are kept; otherwise a
 * title longer than one line is split into lines of at most `max`
 * characters, upper lines no shorter than lower ones so the block reads as a
 * trapezoid (GB/T 9704 7.3.3), breaking where no word or number is cut.
 */
export function titleLines(title: string, max: number): string[] {
  const typed = title
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (typed.length !== 1) return typed;
  const chars = Array.from(typed[0]!);
  if (chars.length <= max) return [typed[0]!];
  const lines: string[] = [];
  let rest = chars;
  while (rest.length > max) {
    const count = Math.ceil(rest.length / max);
    const cut = bestBreak(rest, count, max);
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  lines.push(rest.join(''));
  return lines;
}

/** Words of a title that a line break should not cut. */
const WORDS = ['巡察', '整改', '阶段性', '进展', '情况', '通报', '党组', '党委', '党工委', '关于', '市委', '区委', '县委', '省委', '工作'];
const NUMERAL = /[〇零一二三四五六七八九十百0-9]/u;

/** True when breaking before `chars[at]` would cut a word or a number such as 第十轮. */
function cutsWord(chars: string[], at: number): boolean {
  const before = chars[at - 1] ?? '';
  const after = chars[at] ?? '';
  if (before === '第' || (NUMERAL.test(before) && (NUMERAL.test(after) || /[轮届次批]/u.test(after)))) return true;
  const text = chars.join('');
  let offset = 0;
  for (const word of WORDS) {
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
      offset = Array.from(text.slice(0, i)).length;
      if (offset < at && at < offset + Array.from(word).length) return true;
    }
  }
  return false;
}

/** Where to end the first of `count` lines: near an even share, upper line longer, no word cut. */
function bestBreak(chars: string[], count: number, max: number): number {
  const ideal = Math.ceil(chars.length / count);
  let best = -1;
  let bestCost = Infinity;
  const lowest = Math.max(1, chars.length - max * (count - 1));
  for (let cut = lowest; cut <= max; cut++) {
    const lower = (chars.length - cut) / (count - 1);
    const shape = cut < lower ? 20 : cut === lower ? 2 : 0; // a rectangle or a funnel reads worse
    const cost = Math.abs(cut - ideal) + shape + (cutsWord(chars, cut) ? 10 : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = cut;
    }
  }
  return best;
}
