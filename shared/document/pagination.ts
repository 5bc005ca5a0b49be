import type { DocBlock } from './blocks';

/**
 * Where a page may not break, decided on the composed blocks so that the
 * export and any paged preview agree. Widow control stays off everywhere
 * (it would cost full pages their 22nd line); only these keeps move lines:
 *
 * - A heading standing as its own paragraph never ends a page: it goes with
 *   the first line of what follows, and a run of headings goes as one. Its
 *   own lines stay together, so a two-line heading is never cut either.
 * - The signature never stands on a page without body text (GB/T 9704
 *   7.3.5): the last body paragraph, the blank lines, the attachment note and
 *   the signature are one chain. The signature itself never splits.
 */
export function paginate(blocks: readonly DocBlock[], endingFrom: number): DocBlock[] {
  const keep = new Set<number>();
  blocks.forEach((block, index) => {
    if (isStandaloneHeading(block) && index < blocks.length - 1) keep.add(index);
  });
  const tiedFrom = lastParagraphBefore(blocks, endingFrom);
  if (tiedFrom !== -1 && endingFrom < blocks.length) {
    for (let index = tiedFrom; index < blocks.length - 1; index++) keep.add(index);
  }
  return blocks.map((block, index) => {
    switch (block.kind) {
      case 'paragraph':
      case 'blank': {
        const heading = isStandaloneHeading(block);
        if (!keep.has(index) && !heading) return block;
        return { ...block, ...(keep.has(index) ? { keepWithNext: true } : {}), ...(heading ? { keepTogether: true } : {}) };
      }
      case 'signature':
        return { ...block, keepTogether: true };
      case 'title':
        return block;
    }
  });
}

/**
 * A heading of the notice's structure standing as its own paragraph, as the
 * composer marks it: 一、… part headings, （一）… group titles, 专题式 item
 * heads. A list's paragraphs never are, however short: a run of short
 * measures in a heading font (（一）加强理论学习。…) breaks like body text,
 * or twelve of them would go to the next page as one block.
 */
export function isStandaloneHeading(block: DocBlock): boolean {
  return block.kind === 'paragraph' && block.heading === true;
}

/** The last body paragraph before the ending starts (the closing, usually), or -1. */
function lastParagraphBefore(blocks: readonly DocBlock[], endingFrom: number): number {
  for (let index = Math.min(endingFrom, blocks.length) - 1; index >= 0; index--) {
    if (blocks[index]!.kind === 'paragraph') return index;
  }
  return -1;
}
