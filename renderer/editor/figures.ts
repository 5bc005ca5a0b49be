import { paragraphText, plainParagraph, type Paragraph, type ParagraphList } from '../../shared/model/rich-text';

/** Fen (stored, so sums are exact) to yuan (shown). */
export function fenToYuan(fen: number | null): number | null {
  return fen === null ? null : fen / 100;
}

/** Yuan as typed (two decimals at most) to fen; rounding absorbs binary fractions such as 0.29 * 100. */
export function yuanToFen(yuan: number | null): number | null {
  return yuan === null || !Number.isFinite(yuan) ? null : Math.max(0, Math.round(yuan * 100));
}

/** A count as typed (项, 人): a whole non-negative number, or none. */
export function toCount(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.max(0, Math.round(value));
}

/**
 * The figures sentence as a paragraph to add at the end of a part. In a list
 * numbered （一）（二）… it continues the last entry rather than take a number
 * of its own: a summary of figures is no new point of the list.
 */
export function figuresParagraph(list: ParagraphList, sentence: string): Paragraph {
  const numbered = list.enumeration !== 'none' && list.paragraphs.some((p) => paragraphText(p).trim() !== '');
  return numbered ? { ...plainParagraph(sentence), continued: true } : plainParagraph(sentence);
}
