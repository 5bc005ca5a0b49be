/**
 * 避头尾 as LibreOffice applies it to Chinese text (zh-CN), found by
 * rendering: closing marks never start a line and opening marks never end
 * one; … and —— may start a line. Of the closing marks, ，。、：；！？ hang
 * into the right margin when they alone would overflow a line; ” ’ ） 》 】
 * do not: the character before them goes down with them instead.
 */
const NO_LINE_START = new Set([...'，。、；：？！）》】」』〕〉〗〙〞”’％‰℃°・·～﹚﹜︰︱,.;:?!)]}%']);
const NO_LINE_END = new Set([...'（《【「『〔〈〖〘〝“‘([{$￥¥£']);
const HANGING = new Set([...'，。、：；！？．']);

/** Half-width letters, digits and ASCII marks that stay one word: 2020, 9:00, 1., http://… */
const WORD = /^[\x21-\x7e]$/;

export function mayStartLine(char: string): boolean {
  return !NO_LINE_START.has(char);
}

export function mayEndLine(char: string): boolean {
  return !NO_LINE_END.has(char);
}

/** A closing mark that may hang past the right edge rather than start the next line. */
export function hangs(char: string): boolean {
  return HANGING.has(char);
}

/** True if a line may break between these two characters. */
export function mayBreakBetween(before: string, after: string): boolean {
  if (after === ' ') return false; // breaks come after spaces, which hang at the line's end
  // Inside a number or word only after a hyphen: LibreOffice breaks 2016-2019 as 2016-|2019.
  if (WORD.test(before) && WORD.test(after)) return before === '-';
  return mayEndLine(before) && mayStartLine(after);
}
