import type { Paragraph, TextLeaf } from '../../shared/model/rich-text';

/** Slate needs at least one paragraph to put the caret in. */
export function emptyParagraph(): Paragraph {
  return { type: 'paragraph', children: [{ text: '' }] };
}

/** The paragraphs an editor starts with: the stored ones, or one empty paragraph. */
export function toSlateValue(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.length > 0 ? paragraphs.map(cleanParagraph) : [emptyParagraph()];
}

/**
 * The paragraphs to store from an editor's value. A field left with only
 * the one empty paragraph Slate needs is stored as no paragraphs at all, so
 * an untouched field round-trips unchanged.
 */
export function fromSlateValue(value: readonly Paragraph[]): Paragraph[] {
  if (value.length === 1 && !value[0]!.continued && value[0]!.children.every((leaf) => leaf.text === '')) return [];
  return value.map(cleanParagraph);
}

/** Only what the model knows: a leaf keeps `bold` when set, a paragraph `continued` when set. */
function cleanParagraph(paragraph: Paragraph): Paragraph {
  const children = paragraph.children.length > 0 ? paragraph.children.map(cleanLeaf) : [{ text: '' }];
  return paragraph.continued ? { type: 'paragraph', continued: true, children } : { type: 'paragraph', children };
}

function cleanLeaf(leaf: TextLeaf): TextLeaf {
  return leaf.bold ? { text: leaf.text, bold: true } : { text: leaf.text };
}
