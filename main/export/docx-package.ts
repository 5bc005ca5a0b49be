import { crc32, deflateRawSync } from 'node:zlib';
import { Packer, type Document, type IContext, type IXmlableObject } from 'docx';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';
import { xmlText } from './xml-text';

/**
 * A docx Document as the bytes of its .docx, most of the package made once.
 *
 * Every document of one style has the same styles, numbering, theme,
 * footers, settings, font table, relationships and content types: docx's
 * Packer wrote those (and deflated them, in JavaScript) at every export, more
 * than half its time. Here docx writes them once per style and shape, for
 * the same document with its sections emptied; they are kept deflated, and
 * each export writes only document.xml (the body) and docProps/core.xml
 * (title and dates), from docx's own components (xml-text.ts), and deflates
 * them with Node's zlib. The parts are the same bytes as docx's Packer writes
 * for the document (tests/unit/main/export/docx-package.test.ts); only the
 * zip around them differs (fflate's streaming zip: each part's sizes follow
 * its data).
 *
 * A document that brings anything of its own to the other parts — a link,
 * an image or a list adds relationships, media or numbering; a `{` in its
 * text could be one of docx's placeholders for those — is packed by docx's
 * Packer whole, as before.
 */

/** One part as it goes into the zip: deflated, with the size and checksum of its text. */
interface Entry {
  path: string;
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>;
}

/** The parts written at every export; everything else comes from the blank document. */
const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

interface Blank {
  /** The package's parts in docx's order: each kept part deflated; of the parts written at each export, the path. */
  parts: (Entry | typeof DOCUMENT | typeof CORE)[];
  /** What in the other parts the body could have changed (see `shapeOf`), as the blank document left it. */
  shape: string;
}

/** Blank packages by style and shape; a few, for a user trying fonts in one session. */
const blanks = new Map<string, Blank>();
const KEPT_BLANKS = 8;

function entry(path: string, text: Uint8Array): Entry {
  return { path, size: text.length, crc: crc32(text), deflated: new Uint8Array(deflateRawSync(text)) };
}

/**
 * What the body of a document can add to the package's other parts, read
 * after its document.xml is written (a link's relationship is added then).
 */
function shapeOf(document: Document): string {
  return [
    document.Document.Relationships.RelationshipCount,
    document.Headers.length,
    document.Footers.length,
    document.Media.Array.length,
    document.Numbering.ConcreteNumbering.length,
  ].join(':');
}

/** The files of a package by path, in the order docx zips them; docx's Packer compiles them so, then zips them. */
type Compile = (document: Document, prettify: undefined, overrides: readonly PackageOverride[]) => Map<string, string | Uint8Array>;

/**
 * docx's own compiler, the Packer's first step, where this docx has it (it
 * is not in docx's typed API): the parts without docx zipping them, whose
 * deflating in JavaScript, not yet compiled by V8, is what a command-line
 * export spends most on. Without it the Packer's zip is unzipped again.
 */
const packerCompile: Compile | null = (() => {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler.compile as Compile).bind(compiler) : null;
})();

/** The parts of a document as docx's Packer writes them, in its order. */
export async function packageParts(
  document: Document,
  overrides: readonly PackageOverride[],
  compile: Compile | null = packerCompile,
): Promise<[string, Uint8Array][]> {
  if (compile)
    return [...compile(document, undefined, overrides)].map(([path, data]) => [path, typeof data === 'string' ? Buffer.from(data) : data]);
  return Object.entries(unzipSync(new Uint8Array(await Packer.toArrayBuffer(document, false, overrides))));
}

async function blankPackage(blank: Document, overrides: readonly PackageOverride[]): Promise<Blank> {
  const parts = await packageParts(blank, overrides);
  return {
    parts: parts.map(([path, text]) => (path === DOCUMENT || path === CORE ? path : entry(path, text))),
    shape: shapeOf(blank),
  };
}

/** A part docx writes whole, as docx's Packer takes it. */
export interface PackageOverride {
  path: string;
  data: string;
}

/** The part's XML as docx's Packer writes it: the component prepared as the document's view, then written out. */
function partXml(component: { prepForXml(context: IContext): IXmlableObject | undefined }, document: Document): string {
  const context = { file: document, viewWrapper: document.Document, stack: [] } as unknown as IContext;
  const prepared = component.prepForXml(context);
  if (!prepared) throw new Error('docx wrote nothing for a part of the document');
  return xmlText(prepared);
}

/** word/document.xml as docx's Packer writes it (for a document without placeholders; see `packDocx`). */
export function documentXml(document: Document): string {
  return partXml(document.Document.View, document);
}

/** The entries in one zip, each part's time the moment of packing, as docx's Packer gives it. */
function zip(entries: readonly Entry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const archive = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const mtime = Date.now();
  for (const { path, size, crc, deflated } of entries) {
    const file: ZipInputFile = { filename: path, size, crc, compression: 8, mtime };
    archive.add(file);
    file.ondata!(null, deflated, true);
  }
  archive.end();
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * The .docx of the document `make` builds: `make(true)` builds it with
 * every section emptied of its children, and `key` names everything else it
 * is built from (the style, the number of sections).
 */
export async function packDocx(
  make: (blank: boolean) => Document,
  key: string,
  overrides: readonly PackageOverride[],
): Promise<Uint8Array> {
  let blank = blanks.get(key);
  if (!blank) {
    blank = await blankPackage(make(true), overrides);
    if (blanks.size >= KEPT_BLANKS) blanks.delete(blanks.keys().next().value!);
    blanks.set(key, blank);
  }
  const document = make(false);
  const body = documentXml(document);
  if (shapeOf(document) !== blank.shape || body.includes('{')) {
    return new Uint8Array(await Packer.toArrayBuffer(make(false), false, overrides));
  }
  const core = partXml(document.CoreProperties, document);
  return zip(blank.parts.map((part) => (typeof part === 'string' ? entry(part, Buffer.from(part === DOCUMENT ? body : core)) : part)));
}
