import { zipSync, type Zippable } from 'fflate';

/**
 * Hand-built .docx files for the bounds tests: the parts Word writes, from
 * XML strings, so that each test says exactly what is in the file.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>';

const encoder = new TextEncoder();

/** A document.xml around body content. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

/** numbering.xml around its definitions. */
export function numberingXml(definitions: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${definitions}</w:numbering>`;
}

/** One paragraph of plain text (XML special characters escaped). */
export function paragraph(text: string, numbering?: { numId: number; ilvl: number }): string {
  const escaped = text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const pPr = numbering ? `<w:pPr><w:numPr><w:ilvl w:val="${numbering.ilvl}"/><w:numId w:val="${numbering.numId}"/></w:numPr></w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${escaped}</w:t></w:r></w:p>`;
}

/** A .docx of these parts; document.xml and numbering.xml given as XML, other entries as given. */
export function docx(
  parts: { document?: string | Uint8Array; numbering?: string; extra?: Zippable },
  level: 0 | 1 | 6 | 9 = 1,
): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': encoder.encode(CONTENT_TYPES),
    '_rels/.rels': encoder.encode(ROOT_RELS),
    'word/_rels/document.xml.rels': encoder.encode(DOCUMENT_RELS),
    ...(parts.document === undefined
      ? {}
      : { 'word/document.xml': typeof parts.document === 'string' ? encoder.encode(parts.document) : parts.document }),
    ...(parts.numbering === undefined ? {} : { 'word/numbering.xml': encoder.encode(parts.numbering) }),
    ...parts.extra,
  };
  return zipSync(files, { level });
}

/** A slow but valid .docx: many paragraphs of many runs, under every cap, that takes the parser a while. */
export function slowDocx(): Uint8Array {
  const runs = '<w:r><w:rPr><w:b/></w:rPr><w:t>字</w:t></w:r>'.repeat(20);
  return docx({ document: documentXml(`<w:p>${runs}</w:p>`.repeat(2900)) });
}

/** A text's non-empty lines as the paragraphs of a .docx; `wrap` puts markup around the body's paragraphs. */
export function textDocx(text: string, wrap: (body: string) => string = (b) => b, numbering?: string): Uint8Array {
  const body = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => paragraph(l))
    .join('');
  return docx({ document: documentXml(wrap(body)), numbering });
}

/** The archive with every uncompressed size its headers declare (local and central) replaced by `size()`: sizes that lie. */
export function declaringSizes(zip: Uint8Array, size: () => number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 30 < out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50) view.setUint32(at + 22, size(), true);
    if (sig === 0x02014b50) view.setUint32(at + 24, size(), true);
  }
  return out;
}

/** Every entry marked with another compression method (14: LZMA, which no .docx uses). */
export function withCompression(zip: Uint8Array, method: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 30 < out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50) view.setUint16(at + 8, method, true);
    if (sig === 0x02014b50) view.setUint16(at + 10, method, true);
  }
  return out;
}
