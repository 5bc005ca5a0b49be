import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  UnderlineType,
  type ISectionOptions,
} from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocument, noticeSection } from '../../../../main/export/build-document';
import { packageParts, packDocx } from '../../../../main/export/docx-package';
import { exportLedgerDocx, exportNoticeDocx, type ExportOptions } from '../../../../main/export/export-notice';
import { ledgerSection } from '../../../../main/export/ledger-section';
import { packageOverrides } from '../../../../main/export/package-parts';
import { standaloneLedger } from '../../../../main/export/standalone-ledger';
import { findLayout, loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { composePrinted } from '../../../../shared/document/compose-printed';
import type { Notice } from '../../../../shared/model/notice';
import { noticeSchema } from '../../../../shared/model/schemas';
import { sanitizeText } from '../../../../shared/text/sanitize';

/**
 * The export keeps the parts every document of a style shares and writes
 * only document.xml and core.xml itself (main/export/docx-package.ts): the
 * package must hold the very bytes docx's Packer writes for the same
 * document, part for part and in the same order; only the moment of the
 * export in core.xml differs.
 */
const templates = loadLayoutTemplates();
const seeds = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url));
const notices: Notice[] = readdirSync(seeds)
  .filter((name) => name.endsWith('.json'))
  .map((name) => noticeSchema.parse(JSON.parse(readFileSync(join(seeds, name), 'utf8'))));

const TODAY = '2026-06-01';
const VARIANTS: Record<string, ExportOptions> = {
  默认: {},
  附带台账: { attachLedger: true, today: TODAY },
  // Another style (the fonts go into styles.xml, the font table and the footers), names XML must escape.
  自选字体: {
    fonts: { body: { name: '楷体', fallbacks: ['宋体'] }, title: { name: '黑体 & "新"<体>', fallbacks: [] } },
    heading3Bold: true,
    attachLedger: true,
    today: TODAY,
  },
};

/** The moment of export, the one thing two packages of one document may differ in. */
const EXPORT_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;

/** The parts by name in the zip's order, core.xml's times taken out. */
function parts(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes)).map(([path, data]) => {
    const text = Buffer.from(data).toString('latin1'); // byte for byte, whatever the bytes
    return [path, path === 'docProps/core.xml' ? text.replace(EXPORT_TIME, '(时间)') : text];
  });
}

/** The package as docx's Packer writes it for the export's document, as the export made it before. */
async function byPacker(sections: ISectionOptions[], notice: Notice, options: ExportOptions, title: string): Promise<Uint8Array> {
  const { style } = composePrinted(notice, findLayout(templates, notice.layoutId), templates, options);
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(sections, style, sanitizeText(title)), false, packageOverrides(style)));
}

async function noticeByPacker(notice: Notice, options: ExportOptions): Promise<Uint8Array> {
  const printed = composePrinted(notice, findLayout(templates, notice.layoutId), templates, options);
  const { style, ledger } = printed;
  const sections = [noticeSection(printed.blocks, style)];
  if (ledger) sections.push(ledgerSection(ledger.rows, ledger.columns, ledger.title, style, true));
  return byPacker(sections, notice, options, printed.title);
}

async function ledgerByPacker(notice: Notice, options: ExportOptions): Promise<Uint8Array> {
  const { title, rows, columns, style } = standaloneLedger(notice, templates, options);
  return byPacker([ledgerSection(rows, columns, title, style, false)], notice, options, title);
}

describe('the export’s package', () => {
  it('holds the parts docx’s Packer writes, byte for byte and in its order, for every seed, style and ledger choice', async () => {
    // Styles taken in turn, twice over: each export finds the kept parts of its own style.
    for (let round = 0; round < 2; round++) {
      for (const notice of notices) {
        for (const options of Object.values(VARIANTS)) {
          expect(parts(await exportNoticeDocx(notice, templates, options))).toEqual(parts(await noticeByPacker(notice, options)));
          expect(parts(await exportLedgerDocx(notice, templates, options))).toEqual(parts(await ledgerByPacker(notice, options)));
        }
      }
    }
  });

  it('is a zip every part of which is deflated and checked: sizes and checksums as unzipping finds them', async () => {
    const bytes = await exportNoticeDocx(notices[0]!, templates);
    // fflate's unzip checks nothing; Node's zlib inflates each part and the lengths and CRCs are compared to the headers.
    const zip = Buffer.from(bytes);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    const { inflateRawSync, crc32 } = await import('node:zlib');
    for (let i = 0; i < count; i++) {
      expect(zip.readUInt32LE(at)).toBe(0x02014b50);
      const method = zip.readUInt16LE(at + 10);
      const crc = zip.readUInt32LE(at + 16);
      const compressed = zip.readUInt32LE(at + 20);
      const size = zip.readUInt32LE(at + 24);
      const nameLength = zip.readUInt16LE(at + 28);
      const extra = zip.readUInt16LE(at + 30);
      const comment = zip.readUInt16LE(at + 32);
      const local = zip.readUInt32LE(at + 42);
      expect(method).toBe(8);
      const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const text = inflateRawSync(zip.subarray(dataAt, dataAt + compressed));
      expect(text.length).toBe(size);
      expect(crc32(text)).toBe(crc);
      at += 46 + nameLength + extra + comment;
    }
    expect(count).toBeGreaterThan(10);
  });
});

describe('packing a docx Document', () => {
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] }),
      ],
    });

  /** A document of everything docx writes in many ways: escapes, empty elements, numbers, booleans, tabs, fields, a table. */
  const varied = (text: string, link?: string) => () =>
    new Document({
      title: "标题 & <“引号”> '单引号'",
      evenAndOddHeaderAndFooters: true,
      sections: [
        {
          footers: { default: footer(), even: footer() },
          children: [
            new Paragraph({ children: [new TextRun({ text, bold: false, italics: true, underline: { type: UnderlineType.DOUBLE } })] }),
            ...(link ? [new Paragraph({ children: [new ExternalHyperlink({ link, children: [new TextRun('链接')] })] })] : []),
            new Paragraph({ children: [] }),
            new Paragraph({
              tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
              children: [new TextRun({ text: 'a\tb', break: 1 }), new TextRun({ text: '  空格  ', size: 31.5, characterSpacing: -5 })],
            }),
            new Table({
              rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('格')] }), new TableCell({ children: [] })] })],
            }),
          ],
        },
        { properties: { page: { size: { width: 16838, height: 11906 } } }, children: [new Paragraph('第二节')] },
      ],
    });

  /** Packed three times under one key (docx writes the first whole, the others use its kept parts): docx's Packer's parts each time. */
  async function packedAsDocxPacks(make: () => Document, key: string): Promise<void> {
    const expected = parts(new Uint8Array(await Packer.toArrayBuffer(make(), false, [])));
    for (let i = 0; i < 3; i++) expect(parts(await packDocx(make, key, []))).toEqual(expected);
  }

  it('writes the body docx writes: escapes, control characters dropped, empty and attribute-only elements, numbers', async () => {
    await packedAsDocxPacks(varied('正文 & <符号> "双" \'单\' \u0001\u001F 末尾'), 'varied');
  });

  it('leaves a body with text in braces (the form of docx’s placeholders) to docx, which writes it the same', async () => {
    await packedAsDocxPacks(varied('正文'), 'braces');
    await packedAsDocxPacks(varied('{default-bullet-numbering-0} 与 {1}'), 'braces');
  });

  it('leaves a body that adds to the other parts (a numbered list adds to numbering.xml) to docx, and keeps nothing of it', async () => {
    const numbered = (instance: number) => () =>
      new Document({
        numbering: {
          config: [{ reference: 'list', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
        },
        sections: [{ children: [new Paragraph({ text: '一项', numbering: { reference: 'list', level: 0, instance } })] }],
      });
    await packedAsDocxPacks(numbered(3), 'numbered');
    await packedAsDocxPacks(numbered(5), 'numbered');
    const packed = parts(await packDocx(numbered(5), 'numbered', []));
    expect(packed.find(([path]) => path === 'word/document.xml')![1]).toContain('<w:numId w:val="');
  });

  it('leaves a body that adds a relationship (a link) to docx: the relationships hold the link', async () => {
    await packedAsDocxPacks(varied('正文'), 'linked');
    const packed = Object.fromEntries(parts(await packDocx(varied('正文', 'https://example.org/'), 'linked', [])));
    expect(packed['word/_rels/document.xml.rels']).toContain('https://example.org/');
  });

  it('takes the parts from docx’s compiler, or, in a docx without it, from its Packer’s zip: the same parts', async () => {
    const overrides = [{ path: 'word/settings.xml', data: '<w:settings/>' }];
    const compiled = await packageParts(varied('正文')(), overrides);
    const unzipped = await packageParts(varied('正文')(), overrides, null);
    const text = (list: [string, Uint8Array][]) =>
      list.map(([path, data]) => [path, Buffer.from(data).toString('latin1').replace(EXPORT_TIME, '')]);
    expect(text(compiled)).toEqual(text(unzipped));
    expect(compiled.map(([path]) => path)).toContain('word/theme/theme1.xml');
  });
});
