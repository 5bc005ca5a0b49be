// DOM-only: kept apart from clean-text.ts and pasted-numbering.ts so those stay testable in Node.
import type { TextLeaf } from '../../shared/model/rich-text';

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
// O:P is Word's empty-paragraph filler (<o:p>&nbsp;</o:p>); the rest hold no text of the document.
const IGNORED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TITLE', 'META', 'LINK', 'XML', 'TEMPLATE', 'O:P', 'NOSCRIPT']);

/**
 * The paragraphs of an HTML clipboard (Word, WPS, a web page) as runs of
 * text with their bold, raw: one paragraph per block element and per <br>,
 * comments (Word's conditional ones, <!--StartFragment-->), styles and
 * hidden parts (display:none, Word's mso-hide:all) left out. Bold is what
 * <b>, <strong> or an inline font-weight says, and font-weight:normal
 * inside a <b> takes it away again (Google Docs wraps everything in one).
 * Cleaning is the caller's (cleanRuns).
 */
export function htmlToRuns(html: string): TextLeaf[][] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const paragraphs: TextLeaf[][] = [[]];
  const endParagraph = () => {
    if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
  };
  const add = (text: string, bold: boolean) => {
    if (text !== '') paragraphs.at(-1)!.push(bold ? { text, bold: true } : { text });
  };
  const walk = (node: Node, bold: boolean, pre: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (!pre) {
        // Line breaks in HTML source are only wrapping: they read as spaces.
        add(text.replace(/[ \t\r\n\f]+/g, ' '), bold);
        return;
      }
      text.split(/\r\n|\n|\r/).forEach((line, i) => {
        if (i > 0) endParagraph();
        add(line, bold);
      });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.tagName.toUpperCase();
    if (IGNORED.has(tag) || isHidden(element)) return;
    if (tag === 'BR') {
      endParagraph();
      return;
    }
    const weight = boldOf(element, bold);
    if (isListNumber(element)) {
      // Word's own list numbers (1. 一、) with the gap it pads them with.
      add((element.textContent ?? '').replace(/[\s\u00A0]+/g, ''), weight);
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) endParagraph();
    element.childNodes.forEach((child) => walk(child, weight, pre || tag === 'PRE'));
    if (block) endParagraph();
  };
  walk(body, false, false);
  return paragraphs.filter((runs) => runs.length > 0);
}

function isHidden(element: HTMLElement): boolean {
  const style = element.getAttribute('style') ?? '';
  return element.style.display === 'none' || element.style.visibility === 'hidden' || /mso-hide\s*:\s*all/i.test(style) || element.hidden;
}

function isListNumber(element: HTMLElement): boolean {
  return /mso-list\s*:\s*ignore/i.test(element.getAttribute('style') ?? '');
}

/** Bold inside `element`, given bold around it. Word's mso-bidi-font-weight is another property and is not read. */
function boldOf(element: HTMLElement, around: boolean): boolean {
  const tag = element.tagName.toUpperCase();
  let bold = around || tag === 'B' || tag === 'STRONG';
  const weight = element.style.fontWeight.trim().toLowerCase();
  if (weight === 'bold' || weight === 'bolder') bold = true;
  else if (weight === 'normal' || weight === 'lighter') bold = false;
  else if (/^\d+$/.test(weight)) bold = Number(weight) >= 600;
  return bold;
}
