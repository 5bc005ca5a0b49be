import type { IXmlableObject } from 'docx';

/**
 * The XML text of what a docx component's prepForXml returns, by the rules
 * docx's own writer follows (those of the `xml` package it once used, quirks
 * included), so the text is the one docx's Packer writes for the part — the
 * unit tests compare the two byte for byte. docx keeps its writer to itself;
 * this is the one piece of docx's packing done here (docx-package.ts), and
 * only without indentation, as the export asks docx for none.
 */
export function xmlText(part: IXmlableObject): string {
  return DECLARATION + element(part);
}

/** The declaration docx writes before document.xml and docProps/core.xml. */
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// Control characters XML cannot carry are dropped, as docx drops them.
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Strings are escaped, in attributes and text alike; numbers and booleans are written as they are. */
function value(item: unknown): string {
  return typeof item === 'string' ? item.replace(ESCAPED, (char) => ESCAPES[char] ?? '') : String(item);
}

/** Text: as a value, but nothing for a missing one. */
function text(item: unknown): string {
  return item === undefined ? '' : value(item);
}

function attributes(attr: Record<string, unknown>): string {
  let written = '';
  for (const key of Object.keys(attr)) written += ` ${key}="${value(attr[key])}"`;
  return written;
}

/**
 * One element: `{ name: content }`, the content an object with `_attr`
 * (attributes only: `<a x="1"/>`), an array of attributes, children and
 * text, or a value. As docx writes it: an element whose content is an array
 * is never written empty (`<a></a>`, not `<a/>`), and a text in the array
 * takes the place of what was written just before it.
 */
function element(data: IXmlableObject): string {
  const name = firstKey(data);
  if (name === undefined) return '';
  const content: unknown = (data as Record<string, unknown>)[name];
  if (typeof content !== 'object') return `<${name}>${text(content)}</${name}>`;
  if (content === null) return `<${name}/>`;
  const { _attr: attr, _cdata: cdata } = content as { _attr?: Record<string, unknown>; _cdata?: string };
  let open = `<${name}${attr ? attributes(attr) : ''}`;
  const cdataText = cdata ? `<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>` : '';
  if (!Array.isArray(content)) return cdataText ? `${open}>${cdataText}</${name}>` : `${open}/>`;
  // Written as one string; `last` is where the latest child or text begins, for a text to take its place.
  let inside = '';
  let last = 0;
  for (const item of content as unknown[]) {
    if (typeof item === 'object') {
      const child = item as IXmlableObject;
      if (firstKey(child) === '_attr') open += attributes((child as { _attr: Record<string, unknown> })._attr);
      else {
        last = inside.length;
        inside += element(child);
      }
    } else inside = inside.slice(0, last) + text(item);
  }
  return `${open}>${inside}</${name}>`;
}

/** The name of an element (its object's one key), without making the list of keys. */
function firstKey(data: object): string | undefined {
  for (const key in data) return key;
  return undefined;
}
