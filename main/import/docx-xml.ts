import { DOMParser } from '@xmldom/xmldom';
import { ImportError } from '../../shared/import/errors';

/** WordprocessingML's main namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Parses one XML part of a .docx; a malformed part is a damaged file. */
export function parseXmlPart(xml: string, part: string): Document {
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'application/xml') as unknown as Document;
  } catch {
    throw new ImportError(`文件中的${part}无法解析，这份 Word 文档可能已损坏。`);
  }
}

/** Child elements in the w: namespace with this local name. */
export function children(parent: Element | null | undefined, localName: string): Element[] {
  const out: Element[] = [];
  if (!parent) return out;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === W) out.push(node as Element);
  }
  return out;
}

/** The first child element in the w: namespace with this local name, or null. */
export function child(parent: Element | null | undefined, localName: string): Element | null {
  return children(parent, localName)[0] ?? null;
}

/** A w: attribute's value, or null. */
export function attr(element: Element | null | undefined, localName: string): string | null {
  if (!element) return null;
  return element.hasAttributeNS(W, localName) ? element.getAttributeNS(W, localName) : null;
}

/** True for a w: toggle property that is on (<w:vanish/>, <w:vanish w:val="true"/>). */
export function isOn(element: Element | null): boolean {
  if (!element) return false;
  const value = attr(element, 'val');
  return value === null || !['0', 'false', 'off'].includes(value);
}
