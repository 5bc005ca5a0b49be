import { plainParagraph, type ParagraphList } from '../../model/rich-text';
import { buildParagraphList } from '../build-list';
import { cleanLine, closeUpLine } from '../clean-text';
import type { WarningList } from '../warnings';

/**
 * Inline enumerators that start a new paragraph inside a cell written on one
 * line (1.建立制度；2.开展检查。), each with how its count reads.
 */
const INLINE: ReadonlyArray<{ re: RegExp; count: (m: string) => number }> = [
  { re: /(?<=^|[。；;！!？?\s])(\d{1,2})[.、．](?!\d)/gu, count: (m) => Number(m) },
  { re: /(?<=^|[。；;！!？?\s])[（(](\d{1,2})[）)]/gu, count: (m) => Number(m) },
  { re: /([\u2460-\u2473])/gu, count: (m) => m.charCodeAt(0) - 0x2460 + 1 },
];

/**
 * A measures or progress cell as a paragraph list: one paragraph per line,
 * and a line numbered 1. 2. 3. (or （1）（2）, ①②) inside is split at its
 * enumerators when they count on from 1. The list's enumeration then comes
 * from the enumerators, as for a notice's paragraphs (buildParagraphList).
 */
export function cellParagraphs(text: string, line: number, warnings: WarningList): ParagraphList {
  const lines = text
    .split(/\r\n|[\n\r\u2028\u2029]/u)
    .flatMap(splitInline)
    .map((t) => closeUpLine(cleanLine(t)))
    .filter((t) => t !== '');
  return buildParagraphList(
    lines.map((t) => ({ text: t, line })),
    warnings,
  );
}

function splitInline(text: string): string[] {
  for (const { re, count } of INLINE) {
    const starts: number[] = [];
    let expected = 1;
    for (const m of text.matchAll(re)) {
      if (count(m[1]!) !== expected) continue;
      starts.push(m.index!);
      expected++;
    }
    if (starts.length < 2) continue;
    const pieces = [text.slice(0, starts[0]), ...starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length))];
    return pieces.map((p) => p.trim()).filter((p) => p !== '');
  }
  return [text];
}

/** Paragraphs added after a list: numbered on when numbered alike, else each a paragraph of its own. */
export function appendParagraphs(list: ParagraphList, more: ParagraphList): ParagraphList {
  if (more.paragraphs.length === 0) return list;
  if (list.paragraphs.length === 0) return more;
  // Numbered lists keep their count; what follows a numbered run is a paragraph of its own.
  const tail =
    more.enumeration === list.enumeration
      ? more.paragraphs
      : more.paragraphs.map((p) => ({
          ...plainParagraph(p.children.map((l) => l.text).join('')),
          ...(list.enumeration === 'none' ? {} : { continued: true }),
        }));
  return { enumeration: list.enumeration, paragraphs: [...list.paragraphs, ...tail] };
}

/** The first words of a cell, for a warning that quotes it. */
export function excerptOf(text: string): string {
  const chars = Array.from(text.replace(/\s+/gu, ' '));
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : chars.join('');
}
