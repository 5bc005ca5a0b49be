import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ImportError } from '../../shared/import/errors';
import type { SourceDocument, SourceLine } from '../../shared/import/source';
import { DocxNumbering } from './docx-numbering';
import { attr, child, children, isOn, parseXmlPart, W } from './docx-xml';

/** No part of a real notice comes near this; a bigger one is a zip bomb or not a notice. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * The paragraphs of a .docx in document order (tables and text boxes
 * included), each with the text of its automatic numbering in front, as a
 * reader sees it. Throws ImportError on a file that is not a readable .docx.
 */
export function readDocx(bytes: Uint8Array): SourceDocument {
  const { body, paragraphLine } = openDocx(bytes);
  const lines: SourceLine[] = [];
  let count = 0;
  const emit = (paragraph: Element) => {
    const nested: Element[] = [];
    const text = paragraphLine(paragraph, nested);
    if (text.trim() !== '') {
      count++;
      for (const line of text.split('\n')) lines.push({ text: line, line: count });
    }
    nested.forEach(emit);
  };
  walkBlocks(body, emit);
  return { lines, unit: 'paragraph' };
}

/** A .docx opened: its body, and a paragraph's text as a reader sees it (numbering in front, text boxes into `nested`). */
export interface OpenDocx {
  body: Element;
  paragraphLine: (paragraph: Element, nested: Element[]) => string;
}

/** The parsed body of a .docx (for the notice reader above and the ledger reader of docx-tables.ts). */
export function openDocx(bytes: Uint8Array): OpenDocx {
  const parts = unzipParts(bytes);
  const main = mainPartName(parts);
  const documentXml = parts.get(main);
  if (documentXml === undefined) throw new ImportError('这个 .docx 文件中没有正文（缺少 word/document.xml），可能不是 Word 文档或已损坏。');
  const rels = relationships(parts, main);
  const numberingXml = parts.get(rels.numbering ?? 'word/numbering.xml');
  const stylesXml = parts.get(rels.styles ?? 'word/styles.xml');
  const document = parseXmlPart(documentXml, '正文（document.xml）');
  const numbering = new DocxNumbering(numberingXml === undefined ? null : parseXmlPart(numberingXml, '编号定义（numbering.xml）'));
  const styles = styleNumbering(stylesXml === undefined ? null : parseXmlPart(stylesXml, '样式（styles.xml）'));

  const body = child(document.documentElement, 'body');
  if (!body) throw new ImportError('文档正文为空或已损坏（缺少 w:body），无法导入。');
  return { body, paragraphLine: (paragraph, nested) => numberLabel(paragraph, numbering, styles) + paragraphText(paragraph, nested) };
}

function unzipParts(bytes: Uint8Array): Map<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file: UnzipFileInfo) => wanted(file) });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('文件不是有效的 Word 文档（.docx）：无法按 zip 压缩包读取，文件可能已损坏。');
  }
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

function wanted(file: UnzipFileInfo): boolean {
  const xml = /\.(?:xml|rels)$/i.test(file.name) && (file.name.startsWith('word/') || file.name === '_rels/.rels');
  if (xml && file.originalSize > MAX_PART_BYTES) throw new ImportError('文档正文过大（超过 64 MB），不像一份通报，未导入。');
  return xml;
}

/** The main document part named by the package's relationships (word/document.xml as a rule). */
function mainPartName(parts: Map<string, string>): string {
  const rels = parts.get('_rels/.rels');
  const target = rels && /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/u.exec(rels);
  return target ? (target[1] ?? target[2]!) : 'word/document.xml';
}

/** Where the main part's numbering and styles are. */
function relationships(parts: Map<string, string>, main: string): { numbering?: string; styles?: string } {
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const rels = parts.get(`${folder}_rels/${main.slice(folder.length)}.rels`) ?? '';
  const find = (type: string) => {
    for (const rel of rels.matchAll(/<Relationship\b[^>]*>/gu)) {
      const tag = rel[0];
      if (!new RegExp(`Type="[^"]*/${type}"`, 'u').test(tag)) continue;
      const target = /Target="([^"]+)"/u.exec(tag)?.[1];
      if (target) return target.startsWith('/') ? target.slice(1) : folder + target;
    }
    return undefined;
  };
  return { numbering: find('numbering'), styles: find('styles') };
}

/** Paragraphs of the body in order, into tables and content controls. */
function walkBlocks(parent: Element, emit: (paragraph: Element) => void): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.namespaceURI !== W) continue;
    switch (element.localName) {
      case 'p':
        emit(element);
        break;
      case 'tbl':
      case 'tr':
      case 'tc':
      case 'sdt':
      case 'sdtContent':
      case 'customXml':
        walkBlocks(element, emit);
        break;
      default:
        break;
    }
  }
}

/**
 * A paragraph's visible text: runs, tabs, line breaks (as \n), inserted
 * text; not deleted text, field codes, hidden runs or the fallback copies
 * of drawings. Paragraphs of text boxes inside it are collected in `nested`.
 */
function paragraphText(paragraph: Element, nested: Element[]): string {
  let text = '';
  const visit = (element: Element) => {
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.namespaceURI === MC) {
        // Read the preferred form of alternate content only; its fallback repeats the text.
        if (el.localName === 'AlternateContent') {
          const choice = mcChoice(el);
          if (choice) visit(choice);
        }
        continue;
      }
      if (el.namespaceURI !== W) {
        visit(el);
        continue;
      }
      switch (el.localName) {
        case 't':
          text += el.textContent ?? '';
          break;
        case 'tab':
        case 'ptab':
          text += '\t';
          break;
        case 'br':
        case 'cr':
          text += attr(el, 'type') === 'page' ? '' : '\n';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
        case 'r':
          if (!isOn(child(child(el, 'rPr'), 'vanish'))) visit(el);
          break;
        case 'p':
          nested.push(el);
          break;
        case 'del':
        case 'delText':
        case 'instrText':
        case 'pPr':
        case 'rPr':
        case 'fldChar':
          break;
        default:
          visit(el);
      }
    }
  };
  visit(paragraph);
  return text;
}

function mcChoice(alternate: Element): Element | null {
  for (let node = alternate.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === 'Choice') return node as Element;
  }
  return null;
}

type StyleNumbering = Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>;

/** Numbering that paragraph styles carry (a heading style linked to a list). */
function styleNumbering(styles: Document | null): StyleNumbering {
  const map: StyleNumbering = new Map();
  if (!styles) return map;
  for (const style of children(styles.documentElement, 'style')) {
    if (attr(style, 'type') !== 'paragraph') continue;
    const numPr = child(child(style, 'pPr'), 'numPr');
    const ilvl = attr(child(numPr, 'ilvl'), 'val');
    map.set(attr(style, 'styleId') ?? '', {
      numId: attr(child(numPr, 'numId'), 'val'),
      ilvl: ilvl === null ? null : Number(ilvl),
      basedOn: attr(child(style, 'basedOn'), 'val'),
    });
  }
  return map;
}

/** The paragraph's own numbering, else its style's (following basedOn), advanced by one. */
function numberLabel(paragraph: Element, numbering: DocxNumbering, styles: StyleNumbering): string {
  const pPr = child(paragraph, 'pPr');
  const numPr = child(pPr, 'numPr');
  let numId = attr(child(numPr, 'numId'), 'val');
  let ilvlText = attr(child(numPr, 'ilvl'), 'val');
  let style = attr(child(pPr, 'pStyle'), 'val');
  for (let depth = 0; style && depth < 10 && (numId === null || ilvlText === null); depth++) {
    const entry = styles.get(style);
    if (!entry) break;
    numId ??= entry.numId;
    if (ilvlText === null && entry.ilvl !== null) ilvlText = String(entry.ilvl);
    style = entry.basedOn;
  }
  if (numId === null) return '';
  return numbering.next(numId, Number(ilvlText ?? 0));
}
