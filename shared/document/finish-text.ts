import { normalizeRuns, normalizeText } from '../text/normalize';
import { nestQuotes } from '../text/quotes';
import { sanitizeText } from '../text/sanitize';
import type { DocRun } from './blocks';

/**
 * The last step before text reaches a page, the same for the notice and the
 * ledger: characters a document cannot hold removed, the forms an approver
 * expects (normalize.ts), quotes nested.
 */

/** Clean text ready for a document: no forbidden characters, normalised as an approver expects (normalize.ts), quotes nested. */
export function finishText(text: string): string {
  return nestQuotes(normalizeText(sanitizeText(text)));
}

/**
 * Sanitises each run, then normalises over the whole paragraph (context
 * crosses run boundaries) with each run keeping its own characters;
 * neighbouring runs of the same font and weight are merged.
 */
export function finishRuns(runs: DocRun[]): DocRun[] {
  const clean = runs.map((r) => ({ ...r, text: sanitizeText(r.text) }));
  const normalized = normalizeRuns(clean.map((r) => r.text));
  // Quotes nest across runs; the nesting maps one UTF-16 unit to one, so each run keeps its length.
  const whole = nestQuotes(normalized.join(''));
  let at = 0;
  const texts = normalized.map((t) => whole.slice(at, (at += t.length)));
  const merged: DocRun[] = [];
  clean.forEach((r, i) => {
    const text = texts[i]!;
    if (text === '') return;
    const last = merged[merged.length - 1];
    if (last && last.role === r.role && Boolean(last.bold) === Boolean(r.bold)) last.text += text;
    else merged.push({ ...r, text });
  });
  return merged;
}
