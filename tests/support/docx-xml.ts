import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import xpath from 'xpath';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const select = xpath.useNamespaces({ w: W });

/** The parts of a .docx package by name. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Parses a part strictly: malformed XML throws, as it would make Word refuse the file. */
export function parseXml(xml: string): XmlDocument {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

export function nodes(expression: string, context: XmlDocument | Element): Element[] {
  return select(expression, context as never) as unknown as Element[];
}

export function attr(element: Element | undefined, name: string): string | null {
  return element ? element.getAttributeNS(W, name) : null;
}

/** The text of a paragraph or run, fields' instructions left out. */
export function text(element: Element): string {
  return nodes('.//w:t', element)
    .map((t) => t.textContent ?? '')
    .join('');
}

/** Each body paragraph with its text and the properties tests check. */
export interface ParagraphInfo {
  element: Element;
  text: string;
  alignment: string | null;
  runs: {
    text: string;
    eastAsia: string | null;
    ascii: string | null;
    hAnsi: string | null;
    hint: string | null;
    size: string | null;
    bold: boolean;
  }[];
}

export function bodyParagraphs(document: XmlDocument): ParagraphInfo[] {
  return nodes('/w:document/w:body/w:p', document).map((p) => ({
    element: p,
    text: text(p),
    alignment: attr(nodes('w:pPr/w:jc', p)[0], 'val'),
    runs: nodes('w:r', p).map((r) => {
      const fonts = nodes('w:rPr/w:rFonts', r)[0];
      const bold = nodes('w:rPr/w:b', r)[0];
      return {
        text: text(r),
        eastAsia: attr(fonts, 'eastAsia'),
        ascii: attr(fonts, 'ascii'),
        hAnsi: attr(fonts, 'hAnsi'),
        hint: attr(fonts, 'hint'),
        size: attr(nodes('w:rPr/w:sz', r)[0], 'val'),
        bold: bold !== undefined && !['false', '0'].includes(attr(bold, 'val') ?? ''),
      };
    }),
  }));
}
