import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { declaringSizes, docx, documentXml, numberingXml, paragraph, textDocx as seedDocx, withCompression } from './crafted-docx';

/**
 * Hostile and damaged inputs for the importer, made from the real notices
 * (../shared/seeds) by a seeded random generator, so that a run is the same
 * every time for one seed: mutated texts (bytes flipped, cut short, lines
 * shuffled and doubled, control characters, huge lines) and crafted .docx
 * and .xlsx-shaped archives (deep nesting, absurd numbering, missing parts,
 * bad XML, bombs, sizes that lie).
 */
export interface FuzzInput {
  name: string;
  /** The file name the importer is given (its extension counts for text vs .docx). */
  fileName: string;
  bytes: Uint8Array;
}

/** mulberry32: small, fast and the same on every machine. */
export function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const encoder = new TextEncoder();

export function seedTexts(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: Random, below: number) => Math.floor(random() * below);

/** Characters that break naive code: controls, BOMs, separators, zero widths, lone surrogates, quotes and marks. */
const NASTY = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u00a0',
  '\r',
  '\t',
  '\ud800',
  '\udfff',
  '“',
  '”',
  '（',
  '）',
  '一、',
  '（一）',
  '1.',
  '①',
  '针对“',
  '\\',
  '<',
  '&',
];
/** Long runs of what the recognisers look for. */
const RUNS = [
  '字',
  '一、',
  '针对“',
  '“',
  '（一）',
  '关于“',
  '问题',
  '1.',
  '，',
  ' ',
  '根据市委统一部署，',
  '第一',
  '巡察',
  '整改',
  '0',
  'a',
];

/** One mutation of a seed text. */
function mutateText(random: Random, text: string): { what: string; text: string } {
  const lines = text.split('\n');
  switch (int(random, 9)) {
    case 0: {
      const at = int(random, text.length);
      return { what: 'cut short', text: text.slice(0, at) };
    }
    case 1: {
      const out = [...lines];
      for (let n = 1 + int(random, 12); n > 0; n--) {
        const i = int(random, out.length);
        const j = int(random, out.length);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return { what: 'lines swapped', text: out.join('\n') };
    }
    case 2:
      return { what: 'lines doubled', text: lines.flatMap((l) => (random() < 0.3 ? [l, l] : [l])).join('\n') };
    case 3: {
      let out = text;
      for (let n = 1 + int(random, 40); n > 0; n--) {
        const at = int(random, out.length);
        out = out.slice(0, at) + pick(random, NASTY) + out.slice(at);
      }
      return { what: 'characters injected', text: out };
    }
    case 4: {
      const run = pick(random, RUNS);
      const length = pick(random, [5_000, 19_000, 21_000, 100_000]);
      const line = run.repeat(Math.ceil(length / run.length)).slice(0, length);
      const at = int(random, lines.length);
      return { what: `a line of ${length} × ${JSON.stringify(run)}`, text: [...lines.slice(0, at), line, ...lines.slice(at)].join('\n') };
    }
    case 5:
      return { what: 'lines removed', text: lines.filter(() => random() > 0.2).join('\n') };
    case 6:
      return { what: 'line breaks lost', text: lines.join(random() < 0.5 ? '' : ' ') };
    case 7: {
      const i = int(random, lines.length);
      return {
        what: 'one line repeated',
        text: [...lines.slice(0, i), ...Array.from({ length: 200 + int(random, 3000) }, () => lines[i]!), ...lines.slice(i)].join('\n'),
      };
    }
    default: {
      const out = [...lines];
      const at = int(random, out.length);
      out[at] = (out[at] ?? '').split('').reverse().join('');
      return { what: 'line reversed', text: out.join('\n') };
    }
  }
}

/** Bytes of a text in an encoding a Windows tool might save, or damaged bytes. */
function textBytes(random: Random, text: string): { what: string; bytes: Uint8Array } {
  const utf8 = encoder.encode(text);
  switch (int(random, 5)) {
    case 0: {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
        bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
      }
      return { what: 'UTF-16LE', bytes };
    }
    case 1: {
      const bytes = utf8.slice();
      for (let n = 1 + int(random, 30); n > 0; n--) bytes[int(random, bytes.length)] = int(random, 256);
      return { what: 'bytes flipped', bytes };
    }
    case 2:
      return { what: 'UTF-8 with BOM', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8.subarray(0, 200_000)]) };
    default:
      return { what: 'UTF-8', bytes: utf8 };
  }
}

/** The crafted .docx and .xlsx-shaped files; `random` picks their variants. */
function craftedArchive(random: Random, text: string): { what: string; bytes: Uint8Array; fileName: string } {
  const listed = (start: string, ilvl: string, lvlText: string, numFmt: string) =>
    numberingXml(
      `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`,
    );
  const numbered = (numbering: string, ilvl: number) =>
    docx({
      document: documentXml(
        text
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l, i) => paragraph(l, i % 3 === 0 ? { numId: 1, ilvl } : undefined))
          .join(''),
      ),
      numbering,
    });
  const depth = pick(random, [100, 1_000, 10_000, 30_000]);
  const cases: Array<() => { what: string; bytes: Uint8Array; fileName?: string }> = [
    () => ({ what: 'a seed as .docx', bytes: seedDocx(text) }),
    () => ({
      what: `${depth} nested w:sdt`,
      bytes: seedDocx(text, (b) => '<w:sdt><w:sdtContent>'.repeat(depth) + b + '</w:sdtContent></w:sdt>'.repeat(depth)),
    }),
    () => ({
      what: `${depth} nested w:hyperlink in a paragraph`,
      bytes: docx({
        document: documentXml(`<w:p>${'<w:hyperlink>'.repeat(depth)}<w:r><w:t>巡察</w:t></w:r>${'</w:hyperlink>'.repeat(depth)}</w:p>`),
      }),
    }),
    () => ({
      what: `${depth} nested tables`,
      bytes: seedDocx(
        text,
        (b) => '<w:tbl><w:tr><w:tc>'.repeat(Math.min(depth, 3000)) + b + '</w:tc></w:tr></w:tbl>'.repeat(Math.min(depth, 3000)),
      ),
    }),
    () => {
      const start = pick(random, ['4294967295', '-2147483648', '999999999999', '1e400', 'NaN', '-1', '0']);
      const fmt = pick(random, [
        'decimal',
        'upperLetter',
        'lowerRoman',
        'chineseCounting',
        'ideographDigital',
        'decimalEnclosedCircle',
        'ideographZodiac',
        'decimalFullWidth',
        'chineseLegalSimplified',
      ]);
      return { what: `numbering start ${start} ${fmt}`, bytes: numbered(listed(start, '0', '%1、', fmt), 0) };
    },
    () => {
      const ilvl = pick(random, ['4294967295', '-1', '9', '1e9', 'x']);
      return { what: `numbering ilvl ${ilvl}`, bytes: numbered(listed('1', ilvl, '%1.', 'decimal'), Number(ilvl) || 0) };
    },
    () => ({ what: 'lvlText of 5000 %1', bytes: numbered(listed('4294967295', '0', '%1%2%3%4%5%6%7%8%9'.repeat(555), 'upperLetter'), 0) }),
    () => ({ what: 'no document.xml', bytes: docx({ numbering: listed('1', '0', '%1', 'decimal') }) }),
    () => ({
      what: 'no relationships',
      bytes: zipSync({ 'word/document.xml': encoder.encode(documentXml(paragraph(text.slice(0, 500)))) }),
    }),
    () => {
      const xml = documentXml(
        text
          .split('\n')
          .map((l) => paragraph(l))
          .join(''),
      );
      return { what: 'document.xml cut short', bytes: docx({ document: xml.slice(0, int(random, xml.length)) }) };
    },
    () => ({ what: 'document.xml not XML', bytes: docx({ document: text.slice(0, 3000) }) }),
    () => ({
      what: 'entity expansion (DTD)',
      bytes: docx({
        document: `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "巡察巡察巡察巡察巡察"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>${documentXml(paragraph('&c;'))}`,
      }),
    }),
    () => ({ what: '25,000 empty paragraphs', bytes: docx({ document: documentXml('<w:p/>'.repeat(25_000)) }, 1) }),
    () => ({
      what: '300,000 elements in one paragraph',
      bytes: docx({ document: documentXml(`<w:p>${'<w:r/>'.repeat(300_000)}</w:p>`) }, 1),
    }),
    () => ({ what: 'one text of 30,000 characters', bytes: docx({ document: documentXml(paragraph('巡察'.repeat(15_000))) }, 1) }),
    () => ({ what: 'sizes that lie', bytes: declaringSizes(seedDocx(text), () => pick(random, [0, 1, 0xffffffff, 0x7fffffff, 12])) }),
    () => ({
      what: 'entries past the cap',
      bytes: zipSync(Object.fromEntries(Array.from({ length: 1_100 }, (_, i) => [`word/media/${i}.xml`, encoder.encode('x')])), {
        level: 0,
      }),
    }),
    () => ({ what: 'an archive cut short', bytes: seedDocx(text).subarray(0, 40 + int(random, 2000)) }),
    () => ({ what: 'bytes flipped in the archive', bytes: flipped(seedDocx(text), random) }),
    () => ({ what: 'unknown compression', bytes: withCompression(seedDocx(text), 14) }),
    () => ({
      what: 'an .xlsx-shaped archive',
      fileName: 'ledger.xlsx',
      bytes: zipSync({
        '[Content_Types].xml': encoder.encode('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        'xl/workbook.xml': encoder.encode(
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="问题清单" sheetId="1"/></sheets></workbook>',
        ),
        'xl/worksheets/sheet1.xml': encoder.encode(
          `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row><c t="inlineStr"><is><t>整改措施</t></is></c></row>'.repeat(int(random, 5000))}</sheetData></worksheet>`,
        ),
      }),
    }),
    () => ({
      what: 'an .xlsx-shaped bomb',
      fileName: 'ledger.xlsx',
      bytes: zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 1 }),
    }),
  ];
  const made = pick(random, cases)();
  return { what: made.what, bytes: made.bytes, fileName: made.fileName ?? 'notice.docx' };
}

function flipped(bytes: Uint8Array, random: Random): Uint8Array {
  const out = bytes.slice();
  for (let n = 1 + int(random, 20); n > 0; n--) out[int(random, out.length)] = int(random, 256);
  return out;
}

/**
 * Fixed inputs every run includes: the hostile texts of issue 14 at full
 * size, a bomb past the document cap, and a seed with paragraphs just under
 * the bounds of what is read (for the recognisers at their largest input).
 */
export function fixedInputs(seedsDir: string): FuzzInput[] {
  const [first] = seedTexts(seedsDir);
  const text = (name: string, content: string): FuzzInput => ({ name, fileName: 'notice.txt', bytes: encoder.encode(content) });
  const big = 3 * 1024 * 1024;
  return [
    text('a 3 MB single line', '根据市委统一部署，市委第一巡察组对我局党组进行了巡察。'.repeat(big / 80)),
    text('3 MB of one character', '字'.repeat(big / 3)),
    text('3 MB of 一、', '一、'.repeat(big / 6)),
    text('3 MB of 针对“', '针对“'.repeat(big / 9)),
    text('3 MB of “ never closed', '“'.repeat(big / 3)),
    text('3 MB of lines of 针对“', `${'针对“'.repeat(6000)}\n`.repeat(big / 54_000)),
    text('a million short lines', '1、巡察\n'.repeat(1_000_000 / 2)),
    {
      name: 'a .docx bomb past the document cap',
      fileName: 'bomb.docx',
      bytes: docx({ document: new Uint8Array(65 * 1024 * 1024).fill(0x20) }, 1),
    },
    ...['针对“', '“', '一、', '（一）关于“', '根据市委统一部署，', '字', '1.'].map((run) =>
      text(
        `a seed and 14 paragraphs of 19,000 characters of ${run}`,
        `${first}\n${`${run.repeat(Math.ceil(19_000 / run.length)).slice(0, 19_000)}\n`.repeat(14)}`,
      ),
    ),
  ];
}

/** `count` inputs from the seeds, each a random mutation of a random seed, texts and archives alike. */
export function randomInputs(seedsDir: string, seed: number, count: number): FuzzInput[] {
  const random = randomFrom(seed);
  const texts = seedTexts(seedsDir);
  const out: FuzzInput[] = [];
  for (let n = 0; n < count; n++) {
    const text = pick(random, texts);
    if (random() < 0.55) {
      const mutated = random() < 0.15 ? { what: 'unchanged', text } : mutateText(random, text);
      const encoded = textBytes(random, mutated.text);
      out.push({ name: `#${n} text: ${mutated.what}, ${encoded.what}`, fileName: 'notice.txt', bytes: encoded.bytes });
    } else {
      const archive = craftedArchive(random, random() < 0.3 ? mutateText(random, text).text : text);
      out.push({ name: `#${n} archive: ${archive.what}`, fileName: archive.fileName, bytes: archive.bytes });
    }
  }
  return out;
}
