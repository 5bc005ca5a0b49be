// DOM-only: kept apart from clean-text.ts so that file stays testable in Node.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const IGNORED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TITLE', 'META', 'LINK', 'XML', 'TEMPLATE']);

/**
 * The text of an HTML fragment (what Word and WPS put on the clipboard), one
 * line per block element, styles and hidden parts left out. Only used when
 * the clipboard carries no plain text.
 */
export function htmlToText(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      // Line breaks in HTML source are only wrapping: they read as spaces.
      out.push((node.textContent ?? '').replace(/[ \t\r\n]+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (IGNORED.has(tag)) return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) out.push('\n');
    node.childNodes.forEach(walk);
    if (block) out.push('\n');
  };
  walk(body);
  return out.join('');
}
