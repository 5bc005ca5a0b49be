import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { SharedFormats } from '../../../../main/export/prepared-xml';
import { docxParts } from '../../../support/docx-xml';

const BODY: Omit<IParagraphOptions, 'children'> = {
  spacing: { line: 579, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLineChars: 200, firstLine: 640 },
};
const KEPT = { ...BODY, keepNext: true };
const PLAIN: IRunOptions = {
  font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia' },
  size: 32,
  characterSpacing: -5,
};
const BOLD: IRunOptions = { ...PLAIN, bold: true };

/** Paragraphs of mixed formats, in two sections: the first section ends on a paragraph whose properties are shared. */
type Make = (options: Omit<IParagraphOptions, 'children'>, runs: [string, IRunOptions][]) => Paragraph;
async function documentXml(make: Make): Promise<string> {
  const section = (n: number) => ({
    children: [
      make(BODY, [
        ['一、总体情况', BOLD],
        ['正文 & <符号> “引号”', PLAIN],
      ]),
      make(KEPT, [[`第 ${n} 节`, PLAIN]]),
      make(BODY, [
        ['  前后空格  ', PLAIN],
        ['', BOLD],
      ]),
      make(BODY, [['最后一段', PLAIN]]),
    ],
  });
  const document = new Document({ sections: [section(1), section(2)] });
  return docxParts(new Uint8Array(await Packer.toArrayBuffer(document)))['word/document.xml']!;
}

/** Paragraphs and runs from shared formats, each format keyed by its options. */
const sharing =
  (formats: SharedFormats): Make =>
  (options, runs) =>
    formats.paragraph(
      JSON.stringify(options),
      () => options,
      runs.map(([text, format]) => formats.run(JSON.stringify(format), text, () => format)),
    );

describe('shared formats', () => {
  it('write the same document.xml as runs and paragraphs made one by one, the section break included', async () => {
    const plain = await documentXml(
      (options, runs) => new Paragraph({ ...options, children: runs.map(([text, format]) => new TextRun({ text, ...format })) }),
    );
    const shared = await documentXml(sharing(new SharedFormats()));
    expect(plain).toContain('<w:sectPr');
    expect(shared).toBe(plain);
  });

  it('write a document again the same: a section break taken back leaves the shared properties as they were', async () => {
    const make = sharing(new SharedFormats());
    expect(await documentXml(make)).toBe(await documentXml(make));
  });
});
