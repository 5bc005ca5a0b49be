/**
 * Checks the render helpers on a real document: a small GB/T 9704 page set up
 * made with the docx library, converted by LibreOffice, read back by poppler.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGE_NUMBER_LINE,
  bodyLines,
  countBodyLines,
  lineLength,
  lineWidth,
  missingRenderTools,
  pageNumberOf,
  parseBboxLayout,
  parseBboxWords,
  pdfFonts,
  pdfLines,
  pdfPages,
  pdfToPngs,
  renderDocxFilesToPdf,
  renderDocxToPdf,
} from '../../support/render';

describe('text helpers (no tools needed)', () => {
  it('counts characters without the spaces pdftotext -layout inserts', () => {
    expect(lineLength('   为深入贯彻落实巡察整改工作要求')).toBe(15);
    expect(lineLength('截至 2020 年 12 月 21 日，')).toBe(14);
    expect(lineLength('\u3000\u3000全角空格算字')).toBe(8);
    expect(lineLength('𠀀字')).toBe(2);
    expect(lineLength('')).toBe(0);
  });

  it('measures width in grid cells, half-width characters as half', () => {
    expect(lineWidth('截至 2020 年 12 月 21 日，')).toBe(10);
    expect(lineWidth('“整改”——（一）…')).toBe(10);
    expect(lineWidth('http://a.cn 9:00')).toBe(7.5);
  });

  it('finds the footer page number with or without spaces and leaves it out of the body', () => {
    const page = ['   第一行', '第二行', '', '', '                     —1—', ''].join('\n');
    expect(bodyLines(page)).toEqual(['   第一行', '第二行']);
    expect(countBodyLines(page)).toBe(2);
    expect(pageNumberOf(page)).toBe(1);
    expect(pageNumberOf(' — 12 — ')).toBe(12);
    expect(PAGE_NUMBER_LINE.test('一、总体情况 — 12 项')).toBe(false);
    expect(pageNumberOf('没有页码')).toBeNull();
  });

  it('parses pdftotext -bbox-layout output', () => {
    const xhtml = `<doc><page width="595.3" height="841.9"><flow><block>
      <line xMin="465.8" yMin="776.0" xMax="507.8" yMax="790.0"><word xMin="465.8" yMin="776.0" xMax="507.8" yMax="790.0">—1—</word></line>
      </block></flow><flow><block>
      <line xMin="79.5" yMin="111.5" xMax="521.1" yMax="132.3"><word xMin="79.5" yMin="111.5" xMax="200" yMax="132.3">A&amp;B</word><word xMin="210" yMin="111.5" xMax="521.1" yMax="132.3">&#x6574;改</word></line>
      </block></flow></page></doc>`;
    expect(parseBboxLayout(xhtml)).toEqual([
      {
        width: 595.3,
        height: 841.9,
        lines: [
          { text: 'A&B 整改', xMin: 79.5, xMax: 521.1, yMin: 111.5, yMax: 132.3 },
          { text: '—1—', xMin: 465.8, xMax: 507.8, yMin: 776, yMax: 790 },
        ],
      },
    ]);
  });

  it('parses the same output into words, each with its own box', () => {
    // Two cells of a table row at one height, which pdftotext joins into one line.
    const xhtml = `<doc><page width="841.9" height="595.3"><flow><block>
      <line xMin="91.6" yMin="202.7" xMax="349" yMax="221"><word xMin="91.6" yMin="202.7" xMax="99.2" yMax="218.3">3</word><word xMin="113.8" yMin="205.4" xMax="209.8" yMax="221">党组对党建&amp;工作</word></line>
      </block></flow></page></doc>`;
    expect(parseBboxWords(xhtml)).toEqual([
      {
        width: 841.9,
        height: 595.3,
        words: [
          { text: '3', xMin: 91.6, xMax: 99.2, yMin: 202.7, yMax: 218.3 },
          { text: '党组对党建&工作', xMin: 113.8, xMax: 209.8, yMin: 205.4, yMax: 221 },
        ],
      },
    ]);
  });
});

// Body text: 仿宋_GB2312 16 pt, a lines-only grid of pitch 579 and −5 character
// spacing, which LibreOffice lays out as 28 characters a line, 22 lines a page.
const FONT = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia' };
const PAGE_FONT = { ...FONT, eastAsia: '宋体' };
const HAN = '巡察整改落实责任清单问题台账推进机制健全制度规范管理监督检查长效';
/** `n` Chinese characters with no punctuation, so no line can end in a hanging mark. */
const han = (n: number) => Array.from({ length: n }, (_, i) => HAN[i % HAN.length]).join('');
const DATE_LINE = '截至2020年12月21日，已完成整改。';

function body(text: string, indent: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    widowControl: false,
    spacing: { line: 579, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    ...(indent ? { indent: { firstLineChars: 200, firstLine: 640 } } : {}),
    children: [new TextRun({ text, font: FONT, size: 32, characterSpacing: -5 })],
  });
}

function pageNumberFooter(odd: boolean): Footer {
  const run = (text: string) => new TextRun({ text, font: PAGE_FONT, size: 28 });
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: 280 } : { left: 280 },
        children: [run('— '), new TextRun({ children: [PageNumber.CURRENT], font: PAGE_FONT, size: 28 }), run(' —')],
      }),
    ],
  });
}

/** 12 full lines, 1 indented date line, 15 full lines: 22 on page 1, 6 on page 2. */
async function makeDocx(file: string): Promise<void> {
  const doc = new Document({
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, header: 851, footer: 992 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: 579 },
        },
        footers: { default: pageNumberFooter(true), even: pageNumberFooter(false) },
        children: [body(han(28 * 12), false), body(DATE_LINE, true), body(han(28 * 15), false)],
      },
    ],
  });
  await writeFile(file, await Packer.toBuffer(doc));
}

const PT = 1 / 20; // points per twip
const LEFT = 1588 * PT;
const RIGHT = (11906 - 1474) * PT;

describe('rendering a .docx with LibreOffice and reading the PDF', () => {
  let dir = '';
  let docx = '';
  let pdf = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'render-test-'));
    docx = path.join(dir, 'notice.docx');
    await makeDocx(docx);
    pdf = await renderDocxToPdf(docx, path.join(dir, 'pdf'));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finds every tool it needs', async () => {
    expect(await missingRenderTools()).toEqual([]);
  });

  it('writes the PDF next to the name of the .docx', async () => {
    expect(pdf).toBe(path.join(dir, 'pdf', 'notice.pdf'));
    expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reads 22 + 6 lines of 28 characters and the page numbers', async () => {
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(2);
    expect(pages.map(countBodyLines)).toEqual([22, 6]);
    expect(pages.map(pageNumberOf)).toEqual([1, 2]);

    const lines = [...bodyLines(pages[0]!), ...bodyLines(pages[1]!)];
    const full = [...lines.slice(0, 12), ...lines.slice(13)];
    expect(full.map(lineLength)).toEqual(Array(27).fill(28));
    expect(full.map(lineWidth)).toEqual(Array(27).fill(28));

    // The date line: pdftotext may space out the digits; the count does not change.
    const dateLine = lines[12]!;
    expect(dateLine.replace(/\s/g, '')).toBe(DATE_LINE);
    expect(lineLength(dateLine)).toBe(20);
    expect(lineWidth(dateLine)).toBe(16);
  });

  it('gives line boxes: margins, indent, line pitch and odd/even footers', async () => {
    const pages = await pdfLines(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.width).toBeCloseTo(11906 * PT, 0);
    expect(pages[0]!.height).toBeCloseTo(16838 * PT, 0);

    const footer = (i: number) => pages[i]!.lines.find((l) => PAGE_NUMBER_LINE.test(l.text))!;
    const text = (i: number) => pages[i]!.lines.filter((l) => !PAGE_NUMBER_LINE.test(l.text));

    const page1 = text(0);
    expect(page1).toHaveLength(22);
    expect(page1[0]!.xMin).toBeCloseTo(LEFT, 0);
    expect(page1[0]!.xMax).toBeLessThanOrEqual(RIGHT + 0.5);
    expect(page1[12]!.xMin).toBeCloseTo(LEFT + 32, 0); // two 16 pt characters
    for (let i = 1; i < page1.length; i++) {
      expect(page1[i]!.yMin - page1[i - 1]!.yMin).toBeCloseTo(579 * PT, 0);
    }

    // Odd page: right-aligned, one 14 pt character in from the right margin;
    // even page: left-aligned, one character in from the left margin.
    expect(footer(0).xMax).toBeCloseTo(RIGHT - 14, 0);
    expect(footer(1).xMin).toBeCloseTo(LEFT + 14, 0);
  });

  it('shows which fonts fonts.conf substituted', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.some((f) => /NotoSerifCJK/i.test(f))).toBe(true);
  });

  it('renders each page as a PNG at the given resolution', async () => {
    const pngs = await pdfToPngs(pdf, path.join(dir, 'png'));
    expect(pngs.map((p) => path.basename(p))).toEqual(['notice-1.png', 'notice-2.png']);
    const png = await readFile(pngs[0]!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR width and height: A4 at 60 dpi is 496 × 702 pixels.
    expect(png.readUInt32BE(16)).toBeCloseTo((11906 / 1440) * 60, -1);
    expect(png.readUInt32BE(20)).toBeCloseTo((16838 / 1440) * 60, -1);

    // Again into the same folder: the earlier images are replaced, not added to.
    expect(await pdfToPngs(pdf, path.join(dir, 'png'), 30)).toHaveLength(2);
  });

  it('runs conversions in parallel, each with its own profile', async () => {
    const a = path.join(dir, 'a.docx');
    const b = path.join(dir, 'b.docx');
    await copyFile(docx, a);
    await copyFile(docx, b);
    const out = path.join(dir, 'parallel');
    const pdfs = await Promise.all([renderDocxToPdf(a, out), renderDocxToPdf(b, out)]);
    expect(pdfs).toEqual([path.join(out, 'a.pdf'), path.join(out, 'b.pdf')]);
    for (const p of pdfs) expect((await pdfPages(p)).map(countBodyLines)).toEqual([22, 6]);
  });

  it('converts several files in one run, each to its own PDF, in the order given', async () => {
    const files = ['c', 'a', 'b'].map((name) => path.join(dir, `batch-${name}.docx`));
    for (const file of files) await copyFile(docx, file);
    const out = path.join(dir, 'batch');
    const pdfs = await renderDocxFilesToPdf(files, out);
    expect(pdfs).toEqual(['c', 'a', 'b'].map((name) => path.join(out, `batch-${name}.pdf`)));
    for (const p of pdfs) expect((await pdfPages(p)).map(countBodyLines)).toEqual([22, 6]);
    // Two files of one name would write one PDF over the other.
    await expect(renderDocxFilesToPdf([files[0]!, path.join(dir, 'batch-c.docx')], out)).rejects.toThrow(/both become/);
  });

  it('throws when LibreOffice cannot load the file, although soffice exits 0', async () => {
    const broken = path.join(dir, 'broken.docx');
    await writeFile(broken, (await readFile(docx)).subarray(0, 3000)); // a truncated zip
    await expect(renderDocxToPdf(broken, path.join(dir, 'broken'))).rejects.toThrow(/did not produce/);
    await expect(renderDocxToPdf(path.join(dir, 'missing.docx'), dir)).rejects.toThrow(/does not exist/);
  });
});
