import { crc32, deflateRawSync } from 'node:zlib';
import { Packer, type Document, type IContext, type IXmlableObject } from 'docx';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';
import { xmlText } from './xml-text';

/**
 * A docx Document as the bytes of its .docx, most of the package kept from
 * the last export of the same style.
 *
 * Every document of one style has the same styles, numbering, theme,
 * footers, settings, font table, relationships and content types: docx's
 * Packer wrote those (and deflated them, in JavaScript) at every export, more
 * than half its time. Here docx writes every part of the first document of a
 * style and shape; the parts but the body and the core properties are kept,
 * deflated, and each later export writes only word/document.xml (the body)
 * and docProps/core.xml (title and dates), from docx's own components
 * (xml-text.ts). Node's zlib deflates. The parts are the bytes docx's Packer
 * writes for the document (tests/unit/main/export/docx-package.test.ts);
 * only the zip around them differs (fflate's streaming zip: each part's
 * sizes follow its data).
 *
 * A document whose body brings something of its own to the other parts (a
 * link, an image or a list adds relationships, media or numbering), or may
 * (a `{` in its text could be one of docx's placeholders for those), is
 * written by docx whole; the parts of the first kind are not kept.
 */

/** One part as it goes into the zip: deflated, with the size and checksum of its text. */
interface Entry {
  path: string;
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>;
}

/** The parts written at every export; the others are kept. */
const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

interface KeptParts {
  /** The package's parts in docx's order: each kept part deflated; of the parts written at each export, the path. */
  parts: (Entry | typeof DOCUMENT | typeof CORE)[];
  /** The shape of the document they were kept from (see `shapeOf`): a document of another shape does not fit them. */
  shape: string;
}

/** Kept parts by style and shape; a few, for a user trying fonts in one session. */
const kept = new Map<string, KeptParts>();
const KEPT_STYLES = 8;

/** A part docx writes whole, as docx's Packer takes it. */
export interface PackageOverride {
  path: string;
  data: string;
}

/**
 * zlib's level 3: for the body of the largest seed (122 KB of XML) half the
 * time of the default level 6 (0.5 ms against 1.1) for 2 KB more in the file.
 */
const DEFLATE_LEVEL = 3;

function entry(path: string, text: Uint8Array): Entry {
  return { path, size: text.length, crc: crc32(text), deflated: new Uint8Array(deflateRawSync(text, { level: DEFLATE_LEVEL })) };
}

/**
 * What the body of a document can add to the package's other parts while it
 * is written (a link adds its relationship then, a list its numbering).
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
 * export spent most on. Without it the Packer's zip is unzipped again.
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
  if (compile) {
    return [...compile(document, undefined, overrides)].map(([path, data]) => [path, typeof data === 'string' ? Buffer.from(data) : data]);
  }
  return Object.entries(unzipSync(new Uint8Array(await Packer.toArrayBuffer(document, false, overrides))));
}

/** The part's XML as docx's Packer writes it: the component prepared as the document's view, then written out. */
function partXml(component: { prepForXml(context: IContext): IXmlableObject | undefined }, document: Document): string {
  const context = { file: document, viewWrapper: document.Document, stack: [] } as unknown as IContext;
  const prepared = component.prepForXml(context);
  if (!prepared) throw new Error('docx wrote nothing for a part of the document');
  return xmlText(prepared);
}

/**
 * word/document.xml as docx's Packer writes it, for a document without
 * docx's placeholders (see `packDocx`). Writing the body consumes the
 * document (its last section's properties move), as packing it does.
 */
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

/** The body and core properties written into the kept parts; null if the body is not one the kept parts fit. */
function fromKept({ parts, shape }: KeptParts, document: Document): Uint8Array | null {
  if (shapeOf(document) !== shape) return null;
  const body = documentXml(document);
  if (shapeOf(document) !== shape || body.includes('{')) return null;
  const core = partXml(document.CoreProperties, document);
  return zip(parts.map((part) => (typeof part === 'string' ? entry(part, Buffer.from(part === DOCUMENT ? body : core)) : part)));
}

/**
 * The .docx of the document `make` builds (afresh at each call); `key`
 * names everything but the sections' children it is built from (the style,
 * the number of sections), that is, what the kept parts are made of.
 */
export async function packDocx(make: () => Document, key: string, overrides: readonly PackageOverride[]): Promise<Uint8Array> {
  const keptParts = kept.get(key);
  if (keptParts) {
    const packed = fromKept(keptParts, make());
    if (packed) return packed;
  }
  const document = make();
  const shape = shapeOf(document);
  const parts = (await packageParts(document, overrides)).map(([path, text]) => entry(path, text));
  if (!keptParts && shapeOf(document) === shape) {
    if (kept.size >= KEPT_STYLES) kept.delete(kept.keys().next().value!);
    kept.set(key, { parts: parts.map((part) => (part.path === DOCUMENT || part.path === CORE ? part.path : part)), shape });
  }
  return zip(parts);
}
