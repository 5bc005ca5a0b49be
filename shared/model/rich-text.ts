import { z } from 'zod';
import { stripForbiddenCharacters } from '../text/sanitize';

/**
 * Rich text as the editor (Slate) holds it: paragraphs of text leaves, bold
 * the only mark. Stored as-is in SQLite and in the JSON exchange format, so
 * what the user typed round-trips without conversion.
 */
export interface TextLeaf {
  text: string;
  bold?: boolean;
}

export interface Paragraph {
  type: 'paragraph';
  /**
   * A paragraph that continues the entry above it: it gets no enumerator of
   * its own and does not advance the count (a measure written in two paragraphs).
   */
  continued?: boolean;
  children: TextLeaf[];
}

/**
 * How the paragraphs of a list are numbered. Numbering is generated, never
 * typed: each value is the shape of the first enumerator.
 */
export const ENUMERATIONS = ['none', '一是', '第一，', '（一）', '1.', '（1）'] as const;
export type Enumeration = (typeof ENUMERATIONS)[number];

/** A run of paragraphs numbered one way: a part's body, an item's measures or progress. */
export interface ParagraphList {
  enumeration: Enumeration;
  paragraphs: Paragraph[];
}

export const textLeafSchema = z.object({
  // Characters XML forbids never reach the store (they would make an exported file fail to open).
  text: z.string({ error: '文字内容必须是字符串' }).overwrite(stripForbiddenCharacters),
  bold: z.boolean().optional(),
});

export const paragraphSchema = z.object({
  type: z.literal('paragraph', { error: '段落类型必须是 paragraph' }),
  continued: z.boolean().optional(),
  children: z.array(textLeafSchema).min(1, { error: '段落至少要有一段文字' }),
});

export const paragraphListSchema = z.object({
  enumeration: z.enum(ENUMERATIONS, { error: `编号方式只能是：${ENUMERATIONS.join('、')}` }),
  paragraphs: z.array(paragraphSchema),
});

/** Plain text of a paragraph, marks dropped. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.children.map((leaf) => leaf.text).join('');
}

/** One paragraph of plain text. */
export function plainParagraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ text }] };
}

/** A list of plain paragraphs, one per string. */
export function plainList(texts: readonly string[], enumeration: Enumeration = 'none'): ParagraphList {
  return { enumeration, paragraphs: texts.map(plainParagraph) };
}

/** True when the list holds no visible text at all. */
export function isEmptyList(list: ParagraphList): boolean {
  return list.paragraphs.every((p) => paragraphText(p).trim() === '');
}
