/**
 * Text assembled from several pieces (the runs of a paragraph) in which
 * every UTF-16 unit remembers the piece it came from, so that rules which
 * change lengths can work across piece boundaries and still hand each piece
 * back its own characters.
 */
export interface TaggedText {
  text: string;
  /** owners[i]: the index of the piece unit i of `text` belongs to. */
  owners: number[];
}

export function tagPieces(pieces: readonly string[]): TaggedText {
  const owners: number[] = [];
  pieces.forEach((piece, index) => {
    for (let k = 0; k < piece.length; k++) owners.push(index);
  });
  return { text: pieces.join(''), owners };
}

/** The text cut back into `count` pieces by owner; a piece whose characters all went is ''. */
export function splitPieces(tagged: TaggedText, count: number): string[] {
  const pieces: string[] = Array.from({ length: count }, () => '');
  // Copied a run of one owner at a time (most paragraphs are one run), not unit by unit: export time is spent here.
  const { text, owners } = tagged;
  for (let start = 0, end = 0; start < text.length; start = end) {
    const owner = owners[start]!;
    while (end < text.length && owners[end] === owner) end++;
    pieces[owner] += text.slice(start, end);
  }
  return pieces;
}

/**
 * Replaces each match of a global pattern with what `replace` returns (null
 * keeps the match). A replacement's units take, position by position, the
 * owners of the units they replace; units beyond the match's length (an
 * insertion: — becoming ——) belong to the match's last unit's piece.
 */
export function replaceTagged(
  tagged: TaggedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray, text: string) => string | null,
): TaggedText {
  if (!pattern.global) throw new Error('replaceTagged needs a global pattern');
  let text = '';
  const owners: number[] = [];
  // Loops rather than push(...slice): a pasted paragraph may be longer than a call's argument list may be.
  const keep = (from: number, to: number) => {
    text += tagged.text.slice(from, to);
    for (let k = from; k < to; k++) owners.push(tagged.owners[k]!);
  };
  let at = 0;
  let changed = false;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(tagged.text); match; match = pattern.exec(tagged.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(match, tagged.text);
    if (replacement === null) continue;
    changed = true;
    const start = match.index;
    keep(at, start);
    for (let k = 0; k < replacement.length; k++) owners.push(tagged.owners[start + Math.min(k, match[0].length - 1)]!);
    text += replacement;
    at = start + match[0].length;
  }
  if (!changed) return tagged;
  keep(at, tagged.text.length);
  return { text, owners };
}

/** Applies a rule that maps unit for unit (it must keep the length), owners unchanged. */
export function mapTagged(tagged: TaggedText, rule: (text: string) => string): TaggedText {
  const text = rule(tagged.text);
  if (text.length !== tagged.text.length) throw new Error('mapTagged: the rule changed the length');
  return { text, owners: tagged.owners };
}
