import { gramQuery, TOKEN_CHARACTERS } from './grams';
import { heldCondition, type HeldCondition } from './raw-match';

/*
 * Turns words into one query of the index (search_grams). Nothing the user
 * typed is ever FTS5 syntax: each run of up to three characters becomes one
 * token of base-36 digits (grams.ts), so operators, parentheses, `*`, `-`,
 * `:`, NEAR and AND are plain characters to find. The index keeps no
 * positions (detail=none, a fraction of the size): a word of four
 * characters or more is found by threes that cover it and then confirmed on
 * the item's row (raw-match.ts).
 */

export interface MatchSpec {
  /** Words that must all occur. */
  all: readonly string[];
  /** A run of text that must not occur (the phrase, for the second tier). */
  not?: string | null;
}

export interface MatchPlan {
  /** The index's MATCH: one AND of every token the words need, which FTS5 merges itself. */
  match: string;
  /** Conditions on the item's row, for what the tokens alone cannot tell. */
  held: HeldCondition[];
}

/** Words of up to this many characters are asked for by every three they hold (measured at 100,000 items: better up to 6, worse from 8). */
const EVERY_THREE_UP_TO = 6;

/**
 * The tokens any item holding the text must have, and whether having them is
 * holding the text. A phrase may hold spaces (ASCII words keep theirs), which
 * no token spans: each piece between them counts alone.
 */
function tokensOf(text: string): { tokens: string[]; exact: boolean } {
  const pieces = text.split(/\s+/u).filter((piece) => piece !== '');
  const tokens: string[] = [];
  for (const piece of pieces) {
    const chars = Array.from(piece);
    if (chars.length <= TOKEN_CHARACTERS) {
      tokens.push(gramQuery(piece));
      continue;
    }
    // A short word asks for every three it holds: the threes that overlap rule out many items its two ends
    // share with others (“会议，明确”: 9,606 items hold “会议，” and “，明确”, 1,863 “议，明” too), each of which
    // would be read to be confirmed. A longer word asks for threes side by side, the last ending at the end,
    // every character in one: each further list costs FTS5 more to merge than the rows it spares.
    const last = chars.length - TOKEN_CHARACTERS;
    const step = chars.length <= EVERY_THREE_UP_TO ? 1 : TOKEN_CHARACTERS;
    for (let at = 0; at < last; at += step) tokens.push(gramQuery(chars.slice(at, at + TOKEN_CHARACTERS).join('')));
    tokens.push(gramQuery(chars.slice(last).join('')));
  }
  return { tokens, exact: pieces.length === 1 && tokens.length === 1 };
}

/** The excluded phrase is one more token (NOT) when it is one token, else it is confirmed absent on the row. */
export function planMatch(spec: MatchSpec): MatchPlan {
  const tokens = new Set<string>();
  const held: HeldCondition[] = [];
  for (const word of spec.all) {
    const found = tokensOf(word);
    found.tokens.forEach((token) => tokens.add(token));
    if (!found.exact) held.push(heldCondition(word));
  }
  let match = [...tokens].join(' AND ');
  if (tokens.size > 1) match = `(${match})`;
  if (spec.not) {
    const excluded = tokensOf(spec.not);
    if (excluded.exact) match = `${match} NOT ${excluded.tokens[0]!}`;
    else {
      const condition = heldCondition(spec.not);
      held.push({ sql: `NOT ${condition.sql}`, params: condition.params });
    }
  }
  return { match, held };
}
