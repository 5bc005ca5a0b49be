import { dropUnits } from '../../shared/document/paragraph-list';
import type { TextLeaf } from '../../shared/model/rich-text';
import { normalizeRuns, removeZeroWidth } from '../../shared/text/normalize';
import { sanitizeText } from '../../shared/text/sanitize';
import { joinLine, joinWrappedLines } from './wrapped-lines';

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\v\f]/;

/**
 * Plain text from the clipboard as the paragraphs it holds, each one run:
 * split at line breaks, the lines a PDF broke mid-paragraph joined again
 * (wrapped-lines.ts), then cleaned as every pasted paragraph is (cleanRuns).
 */
export function plainTextRuns(text: string): TextLeaf[][] {
  const lines = text.split(LINE_BREAK).map((line) => removeZeroWidth(sanitizeText(line)));
  return joinWrappedLines(lines)
    .map((line) => cleanRuns([{ text: line }]))
    .filter((runs) => runs.length > 0);
}

/** plainTextRuns as strings: the text of each paragraph. */
export function textToParagraphs(text: string): string[] {
  return plainTextRuns(text).map((runs) => runs.map((run) => run.text).join(''));
}

/**
 * Text pasted into a plain field (反馈问题, a title, 责任单位) cleaned as a
 * rich field's paste is: in a text area its paragraphs stay on lines of
 * their own, in a one-line input they run on as one line.
 */
export function cleanPlainPaste(text: string, multiline: boolean): string {
  const paragraphs = textToParagraphs(text);
  return multiline ? paragraphs.join('\n') : paragraphs.reduce((line, next) => joinLine(line, next), '');
}

/**
 * One pasted paragraph's runs as they are kept: control characters removed,
 * normalised by the same rules as the export and the importer (normalize.ts:
 * zero-width characters, stray spaces between Chinese characters,
 * full-width punctuation in Chinese context), so what the user sees after
 * pasting is what prints; the indentation Word and WPS put at its start
 * (full-width spaces, &nbsp;) and the spaces at its end dropped (the export
 * indents paragraphs itself). Each run keeps its bold; neighbours alike in
 * bold become one run, and empty runs go, so an empty paragraph gives [].
 */
export function cleanRuns(runs: readonly TextLeaf[]): TextLeaf[] {
  const texts = normalizeRuns(runs.map((run) => sanitizeText(run.text).replace(/\u00A0/g, ' ')));
  let cleaned: TextLeaf[] = runs.map((run, i) => (run.bold ? { text: texts[i]!, bold: true } : { text: texts[i]! }));
  const text = texts.join('');
  cleaned = dropUnits(cleaned, text.length - text.trimStart().length);
  cleaned = dropTrailingUnits(cleaned, text.length - text.trimEnd().length);
  return mergeAlike(cleaned);
}

/** The runs with their last `count` UTF-16 units taken off; runs left empty go. */
function dropTrailingUnits(runs: readonly TextLeaf[], count: number): TextLeaf[] {
  let drop = count;
  const out: TextLeaf[] = [];
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    const cut = Math.min(drop, run.text.length);
    drop -= cut;
    out.unshift({ ...run, text: run.text.slice(0, run.text.length - cut) });
  }
  return out.filter((run) => run.text !== '');
}

/** Neighbouring runs of the same weight as one run. */
function mergeAlike(runs: readonly TextLeaf[]): TextLeaf[] {
  const out: TextLeaf[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out.at(-1);
    if (last && (last.bold === true) === (run.bold === true)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push({ ...run });
  }
  return out;
}
