import type { Paragraph, ParagraphList } from '../model/rich-text';
import { enumerationOf, readMarker, type MarkerKind } from './markers';
import type { WarningList } from './warnings';

/** A paragraph of body text with the source line it came from. */
export interface BodyParagraph {
  text: string;
  line: number;
}

/**
 * The paragraph list a run of body paragraphs makes. When the paragraphs
 * open with enumerators of one kind counting 1, 2, 3 … (一是 二是, 第一，
 * 第二，, （一）（二）, 1. 2., （1）（2）), the list takes that enumeration
 * and the typed enumerators go (they are generated at print time);
 * paragraphs between them become `continued`. Anything else keeps its text
 * as typed, so it prints exactly as the source did.
 */
export function buildParagraphList(paragraphs: readonly BodyParagraph[], warnings?: WarningList): ParagraphList {
  const kept = paragraphs.filter((p) => p.text.trim() !== '');
  const markers = kept.map((p) => readMarker(p.text));
  const byKind = new Map<MarkerKind, number[]>();
  markers.forEach((m, i) => {
    if (!m || !enumerationOf(m.kind)) return;
    const indices = byKind.get(m.kind);
    if (indices) indices.push(i);
    else byKind.set(m.kind, [i]);
  });

  let chosen: { kind: MarkerKind; indices: number[] } | null = null;
  for (const [kind, indices] of byKind) {
    if (indices.length < 2) continue;
    const counts = indices.map((i) => markers[i]!.n);
    if (!counts.every((n, k) => n === k + 1)) {
      if (counts[0] === 1 && warnings) {
        warnings.add('numbering', `编号不连续（${counts.join('、')}），已保留原文编号`, kept[indices[0]!]!.line, kept[indices[0]!]!.text);
      }
      continue;
    }
    if (!chosen || indices.length > chosen.indices.length) chosen = { kind, indices };
  }
  if (!chosen) return { enumeration: 'none', paragraphs: kept.map((p) => paragraph(p.text)) };

  const numbered = new Set(chosen.indices);
  return {
    enumeration: enumerationOf(chosen.kind)!,
    paragraphs: kept.map((p, i) => (numbered.has(i) ? paragraph(markers[i]!.rest) : { ...paragraph(p.text), continued: true })),
  };
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ text }] };
}
