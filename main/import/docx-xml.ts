import { DOMParser } from '@xmldom/xmldom';
import { ImportError } from '../../shared/import/errors';

/** WordprocessingML's main namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Elements in one part. Word writes a few dozen per paragraph (run
 * properties repeated on every run), so a twenty-page notice has some ten
 * thousand and a hundred-page document under 200,000. The parsed tree costs
 * about a kilobyte and some microseconds per element: the cap keeps a
 * hostile part to a few hundred megabytes and a couple of seconds.
 */
export const MAX_XML_ELEMENTS = 250_000;

/** Parses one XML part of a .docx (`part` names it in Chinese); a malformed part is a damaged file. */
export function parseXmlPart(xml: string, part: string): Document {
  checkXmlShape(xml, part);
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

/**
 * Refuses, before parsing, what no Word part contains and a parser should
 * not be given: a DTD (entity expansion) or more elements than
 * MAX_XML_ELEMENTS. One linear scan.
 */
function checkXmlShape(xml: string, part: string): void {
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml))
    throw new ImportError(`文件中的${part}含有 Word 从不写入的文档类型声明，可能不是 Word 文档或已被改动，未导入。`);
  let elements = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const next = xml.charCodeAt(at + 1);
    // An element's start tag: '<' then a name character (not '/', '!', '?').
    if (next !== 0x2f && next !== 0x21 && next !== 0x3f && ++elements > MAX_XML_ELEMENTS) {
      throw new ImportError(`文件中的${part}包含的元素超过 ${MAX_XML_ELEMENTS / 10000} 万个，远多于任何一份通报，未导入。`);
    }
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
