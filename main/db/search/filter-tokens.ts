import { ITEM_STATUSES } from '../../../shared/model/notice';

/*
 * The status filter inside the index. Beside the tokens of its text, an
 * item's row of search_grams holds one token for its status, so a query with
 * words and a status filter asks FTS5 for both in one MATCH, and FTS5 hands
 * back only the matches of the wanted statuses instead of every match for
 * the filter to throw three in four of away (at 100,000 items, a fifth off
 * the 95th percentile of five characters under 已完成). The token only
 * narrows: search_items.status still decides. Every item of a status must
 * hold its token, so a change of status indexes the item anew.
 *
 * The group-title filter has no tokens: the titles would have to be written
 * into every item under them, so typing a group's title would index all its
 * items anew at each save, for a few per cent off its searches.
 */

/** Two letters each: the tokens of text are 4, 8 or 12 characters long (grams.ts). */
const STATUS_TOKENS = new Map<string, string>([
  ['done', 'sd'],
  ['mostlyDone', 'sm'],
  ['ongoing', 'so'],
  ['longTerm', 'sl'],
]);

/** The token an item of this status carries; '' for a status outside the list (a damaged row), which no filter asks for. */
export function statusToken(status: string | null): string {
  return STATUS_TOKENS.get(status ?? '') ?? '';
}

/** The MATCH that narrows to the statuses; null when it would narrow nothing (every status). */
export function statusesMatch(statuses: readonly string[]): string | null {
  if (ITEM_STATUSES.every((status) => statuses.includes(status))) return null;
  const tokens = statuses.map((status) => STATUS_TOKENS.get(status)).filter((token) => token !== undefined);
  return tokens.length === 0 ? null : `(${tokens.join(' OR ')})`;
}
