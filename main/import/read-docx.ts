import { ImportError } from '../../shared/import/errors';
import type { SourceDocument, SourceLine } from '../../shared/import/source';
import { readZipEntries } from './bounded-zip';
import { DocxNumbering } from './docx-numbering';
import { attr, child, children, isOn, parseXmlPart, W } from './docx-xml';
import { MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS, paragraphTooLong, tooManyParagraphs } from './source-bounds';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const MB = 1024 * 1024;
/**
 * Caps on the parts read, in inflated bytes. A notice's document.xml is a
 * few hundred kilobytes (a few megabytes with every run formatted); its
 * numbering and styles some tens of kilobytes; relationships a few. Each
 * cap is more than ten times what a real file has.
 */
const DOCUMENT_CAP = 64 * MB;
const DEFINITIONS_CAP = 8 * MB;
const RELATIONSHIPS_CAP = 1 * MB;
const TOTAL_CAP = DOCUMENT_CAP + 2 * DEFINITIONS_CAP + 4 * RELATIONSHIPS_CAP;
const KIND = 'Word 文档（.docx）';

/**
 * The paragraphs of a .docx in document order (tables and text boxes
 * included), each with the text of its automatic numbering in front, as a
 * reader sees it. Only the parts the text needs are inflated, each under its
 * cap. Throws ImportError on a file that is not a readable .docx.
 */
export function readDocx(bytes: Uint8Array): SourceDocument {
  const { body, paragraphLine } = openDocx(bytes);
  const lines: SourceLine[] = [];
  let count = 0;
  let seen = 0;
  const emit = (paragraph: Element) => {
    // A text box's paragraphs follow the paragraph that anchors it, in order; a worklist, as boxes nest.
    const pending = [paragraph];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (++seen > MAX_PARAGRAPHS) throw tooManyParagraphs('段');
      const nested: Element[] = [];
      const text = paragraphLine(next, nested, count + 1);
      if (text.trim() !== '') {
        count++;
        for (const line of text.split('\n')) lines.push({ text: line, line: count });
      }
      for (let i = nested.length - 1; i >= 0; i--) pending.push(nested[i]!);
    }
  };
  walkBlocks(body, emit);
  return { lines, unit: 'paragraph' };
}

/** A .docx opened: its body, and a paragraph's text as a reader sees it (numbering in front, text boxes into `nested`). */
export interface OpenDocx {
  body: Element;
  /** `place` is the paragraph's number, for the message refusing one too long to be a notice's. */
  paragraphLine: (paragraph: Element, nested: Element[], place?: number) => string;
}

/** The parsed body of a .docx (for the notice reader above and the ledger reader of docx-tables.ts), each part inflated under its cap. */
export function openDocx(bytes: Uint8Array): OpenDocx {
  const rels = readParts(bytes, (name) =>
    /^(?:[^/]+\/)*_rels\/[^/]*\.rels$/u.test(name) ? { cap: RELATIONSHIPS_CAP, label: '关系定义' } : null,
  );
  const main = mainPartName(rels);
  const related = relationships(rels, main);
  const numberingName = related.numbering ?? 'word/numbering.xml';
  const stylesName = related.styles ?? 'word/styles.xml';
  const parts = readParts(bytes, (name) =>
    name === main
      ? { cap: DOCUMENT_CAP, label: '正文' }
      : name === numberingName
        ? { cap: DEFINITIONS_CAP, label: '编号定义' }
        : name === stylesName
          ? { cap: DEFINITIONS_CAP, label: '样式定义' }
          : null,
  );
  const documentXml = parts.get(main);
  if (documentXml === undefined) throw new ImportError('这个 .docx 文件中没有正文部分，可能不是 Word 文档或已损坏。');
  const numberingXml = parts.get(numberingName);
  const stylesXml = parts.get(stylesName);
  checkParagraphCount(documentXml);
  const document = parseXmlPart(documentXml, '正文');
  const numbering = new DocxNumbering(numberingXml === undefined ? null : parseXmlPart(numberingXml, '编号定义'));
  const styles = styleNumbering(stylesXml === undefined ? null : parseXmlPart(stylesXml, '样式定义'));

  const body = child(document.documentElement, 'body');
  if (!body) throw new ImportError('文档正文为空或已损坏，无法导入。');
  return {
    body,
    paragraphLine: (paragraph, nested, place = 0) => numberLabel(paragraph, numbering, styles) + paragraphText(paragraph, nested, place),
  };
}

function readParts(bytes: Uint8Array, wanted: (name: string) => { cap: number; label: string } | null): Map<string, string> {
  const entries = readZipEntries(bytes, { wanted, maxTotalBytes: TOTAL_CAP, kind: KIND });
  const decoder = new TextDecoder('utf-8');
  return new Map([...entries].map(([name, data]) => [name, decoder.decode(data)]));
}

/**
 * Refuses a document with more paragraphs than any notice before it is
 * parsed: counting start tags is linear, the parsed tree is not small.
 */
function checkParagraphCount(xml: string): void {
  let paragraphs = 0;
  for (const _ of xml.matchAll(/<w:p[\s/>]/gu)) {
    if (++paragraphs > MAX_PARAGRAPHS) throw tooManyParagraphs('段');
  }
}

/**
 * The (Type, Target) pairs of one relationships part, read with the XML
 * parser (no regular expression stays linear on hostile markup). A part
 * that does not parse counts as absent: the usual part names are tried.
 */
function relationshipList(parts: Map<string, string>, name: string): Array<{ type: string; target: string }> {
  const xml = parts.get(name);
  if (xml === undefined) return [];
  let root: Element | null;
  try {
    root = parseXmlPart(xml, '关系定义').documentElement;
  } catch {
    return [];
  }
  const out: Array<{ type: string; target: string }> = [];
  for (let node = root?.firstChild ?? null; node; node = node.nextSibling) {
    const element = node as Element;
    if (node.nodeType !== 1 || element.localName !== 'Relationship') continue;
    out.push({ type: element.getAttribute('Type') ?? '', target: element.getAttribute('Target') ?? '' });
  }
  return out;
}

/** The main document part named by the package's relationships (word/document.xml as a rule). */
function mainPartName(parts: Map<string, string>): string {
  const main = relationshipList(parts, '_rels/.rels').find((r) => r.type.endsWith('/officeDocument') && r.target !== '');
  return main ? main.target.replace(/^\//u, '') : 'word/document.xml';
}

/** Where the main part's numbering and styles are. */
function relationships(parts: Map<string, string>, main: string): { numbering?: string; styles?: string } {
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const rels = relationshipList(parts, `${folder}_rels/${main.slice(folder.length)}.rels`);
  const find = (type: string) => {
    const target = rels.find((r) => r.type.endsWith(`/${type}`) && r.target !== '')?.target;
    if (target === undefined) return undefined;
    return target.startsWith('/') ? target.slice(1) : folder + target;
  };
  return { numbering: find('numbering'), styles: find('styles') };
}

/**
 * Paragraphs of the body in order, into tables and content controls. An
 * explicit stack of the next sibling to visit at each level, so that
 * nesting of any depth costs memory, never the call stack.
 */
function walkBlocks(body: Element, emit: (paragraph: Element) => void): void {
  const stack: (ChildNode | null)[] = [body.firstChild];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    stack.push(node.nextSibling);
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
        stack.push(element.firstChild);
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
 * Walked with an explicit stack, as walkBlocks; a text longer than any
 * paragraph of a notice is refused as soon as it is (`number`: its place).
 */
function paragraphText(paragraph: Element, nested: Element[], number: number): string {
  let text = '';
  const stack: (ChildNode | null)[] = [paragraph.firstChild];
  const into = (element: Element) => stack.push(element.firstChild);
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    stack.push(node.nextSibling);
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.namespaceURI === MC) {
      // Read the preferred form of alternate content only; its fallback repeats the text.
      if (el.localName === 'AlternateContent') {
        const choice = mcChoice(el);
        if (choice) into(choice);
      }
      continue;
    }
    if (el.namespaceURI !== W) {
      into(el);
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
        if (!isOn(child(child(el, 'rPr'), 'vanish'))) into(el);
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
        into(el);
    }
    if (text.length > MAX_PARAGRAPH_CHARS) throw paragraphTooLong(`第 ${number} 段`, text.length);
  }
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
