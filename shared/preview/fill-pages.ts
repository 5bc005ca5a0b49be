import type { BlockLines } from './block-lines';
import type { NoticePage, PageLine } from './page-types';

/**
 * The notice's lines poured onto pages of `perPage` grid lines. Widow
 * control is off, so a page breaks after any line but where a keep forbids
 * it: inside a block kept together, and inside or after a block kept with
 * the next — LibreOffice moves such a paragraph whole rather than split it
 * (the body's last paragraph goes over to the signature's page entire).
 * Such a page ends at the last line after which a break is allowed, which
 * moves a heading (or a chain of them) with the line that follows, and the
 * body's last paragraph with the signature. A chain longer than a page
 * breaks where the page is full, as LibreOffice and Word do.
 */
export function fillPages(blocks: readonly BlockLines[], perPage: number): NoticePage[] {
  const lines: PageLine[] = [];
  const breakAfter: boolean[] = [];
  for (const block of blocks) {
    block.lines.forEach((line, i) => {
      lines.push(line);
      const last = i === block.lines.length - 1;
      breakAfter.push(!block.withNext && (last || !block.together));
    });
  }
  const pages: NoticePage[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = Math.min(start + perPage, lines.length);
    if (end < lines.length) {
      let allowed = end;
      while (allowed > start && !breakAfter[allowed - 1]) allowed--;
      if (allowed > start) end = allowed;
    }
    pages.push({ orientation: 'portrait', lines: lines.slice(start, end) });
    start = end;
  }
  return pages;
}
