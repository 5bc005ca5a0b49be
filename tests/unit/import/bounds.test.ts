import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../main/import/import-file';
import { verifiedArchive } from '../../../main/import/bounded-zip';
import { readDocx } from '../../../main/import/read-docx';
import { ImportError } from '../../../shared/import/errors';
import { declaringSizes, docx, documentXml, numberingXml, paragraph, textDocx, withCompression } from '../../support/crafted-docx';
import { SEEDS_DIR, templates, withoutIds } from './helpers';

/**
 * Issue 14, requirement 7: the importer is bounded on any input. What no
 * notice reaches is refused with a Chinese sentence that says which bound
 * it passed; what a notice can contain, however deeply nested or strangely
 * numbered, is read.
 */

const encoder = new TextEncoder();
const seedText = readFileSync(path.join(SEEDS_DIR, '002_24447b05fa0c56f5.txt'), 'utf8');
const MB = 1024 * 1024;

function refusal(bytes: Uint8Array, name = 'notice.docx'): string {
  try {
    importBytes(bytes, name, templates);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  return expect.fail('the file was imported');
}

/** The checklist and metadata a file imports to, without the fresh ids. */
function imported(bytes: Uint8Array, name = 'notice.docx') {
  const { notice } = importBytes(bytes, name, templates);
  return withoutIds({ meta: notice.meta, checklist: notice.checklist });
}

describe('a .docx is inflated under caps', () => {
  it('refuses a document part that inflates past 64 MB while inflating, though its headers declare 100 bytes', () => {
    const bomb = declaringSizes(docx({ document: new Uint8Array(65 * MB).fill(0x20) }), () => 100);
    expect(bomb.length).toBeLessThan(MB);
    expect(refusal(bomb)).toBe('Word 文档（.docx）中的正文解压后超过 64 MB，远超正常文件的大小，可能是压缩炸弹或选错了文件，未导入。');
  });

  it('never inflates parts the text does not need: a 70 MB header beside a real notice', () => {
    const plain = textDocx(seedText);
    const withHeader = docx({
      document: documentXml(
        seedText
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => paragraph(l))
          .join(''),
      ),
      extra: { 'word/header1.xml': new Uint8Array(70 * MB).fill(0x20) },
    });
    expect(imported(withHeader)).toEqual(imported(plain));
  });

  it('reads a notice whose headers declare sizes that are all wrong, as the sizes are never trusted', () => {
    expect(imported(declaringSizes(textDocx(seedText), () => 0xffffffff))).toEqual(imported(textDocx(seedText)));
  });

  it('reads the usual parts when the relationships do not parse (no regular expression reads them)', () => {
    const broken = { '_rels/.rels': encoder.encode(`<Relationships><Relationship Target="${'"'.repeat(50_000)}`) };
    const document = documentXml(
      seedText
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => paragraph(l))
        .join(''),
    );
    expect(imported(docx({ document, extra: broken }))).toEqual(imported(textDocx(seedText)));
  });

  it('refuses more than 1000 entries', () => {
    const files = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`word/media/${i}.png`, encoder.encode('x')]));
    expect(refusal(zipSync(files, { level: 0 }))).toBe(
      '文件中的条目超过 1000 个，不像一份 Word 文档（.docx）（可能是压缩炸弹或其他文件），未导入。',
    );
  });

  it('refuses a compression method no Word document uses', () => {
    expect(refusal(withCompression(textDocx(seedText), 14))).toMatch(/^Word 文档（\.docx）中的关系定义使用了不支持的压缩方式，无法读取。/u);
  });
});

describe('a .docx is refused before it is parsed whole when it is larger than any notice', () => {
  it('more than 20,000 paragraphs', () => {
    expect(refusal(docx({ document: documentXml('<w:p/>'.repeat(20_001)) }))).toBe(
      '文件有效的文字超过 20000 段，远多于任何一份通报，可能选错了文件，未导入。',
    );
  });

  it('more than 250,000 elements', () => {
    expect(refusal(docx({ document: documentXml(`<w:p>${'<w:r/>'.repeat(250_001)}</w:p>`) }))).toBe(
      '文件中的正文包含的元素超过 25 万个，远多于任何一份通报，未导入。',
    );
  });

  it('a paragraph of more than 20,000 characters, told by its place', () => {
    const document = documentXml(paragraph('根据统一部署') + paragraph('巡察'.repeat(10_001)));
    expect(refusal(docx({ document }))).toMatch(/^第 2 段有 \d+ 个字，超过一段的上限 20000 字：/u);
  });

  it('a document type declaration (entities that expand)', () => {
    const document = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "巡察巡察"><!ENTITY b "&a;&a;&a;&a;">]>${documentXml(paragraph('&b;'))}`;
    expect(refusal(docx({ document }))).toMatch(/^文件中的正文含有 Word 从不写入的文档类型声明/u);
  });
});

describe('a text is refused before recognition when it is larger than any notice', () => {
  it('a 3 MB single line', () => {
    expect(refusal(encoder.encode('根'.repeat(3_000_000)), 'notice.txt')).toMatch(
      /^第 1 行有 3000000 个字，超过一段的上限 20000 字：通报的一段不会这么长/u,
    );
  });

  it('more than 300,000 characters in all', () => {
    expect(refusal(encoder.encode(`${'巡察整改'.repeat(4000)}\n`.repeat(20)), 'notice.txt')).toBe(
      '文件的文字超过 30 万字，远多于任何一份通报，可能选错了文件，未导入。',
    );
  });
});

describe('nesting of any depth is read without recursion', () => {
  it('10,000 nested content controls around a notice read as the notice', () => {
    const nested = textDocx(
      seedText,
      (body) => `${'<w:sdt><w:sdtContent>'.repeat(10_000)}${body}${'</w:sdtContent></w:sdt>'.repeat(10_000)}`,
    );
    expect(imported(nested)).toEqual(imported(textDocx(seedText)));
  });

  it('a paragraph inside 10,000 nested hyperlinks keeps its text', () => {
    const document = documentXml(
      `<w:p>${'<w:hyperlink>'.repeat(10_000)}<w:r><w:t>针对“问题”</w:t></w:r>${'</w:hyperlink>'.repeat(10_000)}</w:p>`,
    );
    expect(readDocx(docx({ document })).lines).toEqual([{ text: '针对“问题”', line: 1 }]);
  });

  it('text boxes nested 2,000 deep each follow their paragraph', () => {
    let inner = '';
    for (let depth = 2000; depth >= 1; depth--)
      inner = `<w:p><w:r><w:t>第${depth}层</w:t></w:r><w:r><w:txbxContent>${inner}</w:txbxContent></w:r></w:p>`;
    const lines = readDocx(docx({ document: documentXml(inner) })).lines;
    expect(lines).toHaveLength(2000);
    expect(lines.slice(0, 2).map((l) => l.text)).toEqual(['第1层', '第2层']);
    expect(lines.at(-1)).toEqual({ text: '第2000层', line: 2000 });
  });
});

describe('numbering with absurd values', () => {
  const numbered = (level: string, ilvl = '0') =>
    readDocx(
      docx({
        document: documentXml(
          `${paragraph('甲', { numId: 1, ilvl: Number(ilvl) || 0 })}${paragraph('乙', { numId: 1, ilvl: Number(ilvl) || 0 })}`.replace(
            /w:ilvl w:val="\d+"/gu,
            `w:ilvl w:val="${ilvl}"`,
          ),
        ),
        numbering: numberingXml(
          `<w:abstractNum w:abstractNumId="1">${level}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`,
        ),
      }),
    ).lines.map((l) => l.text);
  const lvl = (start: string, fmt: string, text: string, ilvl = '0') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

  it('a start beyond 32 bits counts from 1', () => {
    expect(numbered(lvl('4294967295', 'decimal', '%1、'))).toEqual(['1、甲', '2、乙']);
    expect(numbered(lvl('1e400', 'decimal', '%1、'))).toEqual(['1、甲', '2、乙']);
  });

  it('negative and huge starts in every format print short numbers', () => {
    expect(numbered(lvl('-5', 'chineseCounting', '%1、'))).toEqual(['-5、甲', '-4、乙']);
    expect(numbered(lvl('2147483647', 'upperLetter', '%1.'))).toEqual(['2147483647.甲', '2147483648.乙']);
    expect(numbered(lvl('-3', 'ideographZodiac', '%1'))).toEqual(['-3甲', '-2乙']);
  });

  it('a level Word does not have numbers nothing', () => {
    expect(numbered(lvl('1', 'decimal', '%1.', '4294967295'), '4294967295')).toEqual(['甲', '乙']);
    expect(numbered(lvl('1', 'decimal', '%1.', '0'), '-1')).toEqual(['甲', '乙']);
  });

  it('a level text of thousands of placeholders is not expanded', () => {
    expect(numbered(lvl('1', 'decimal', '%1'.repeat(5000)))).toEqual(['甲', '乙']);
  });
});

describe('an archive for a library that unzips on its own', () => {
  const limits = {
    wanted: (name: string) => (name.startsWith('xl/') ? { cap: MB, label: '工作表' } : null),
    maxTotalBytes: 2 * MB,
    kind: 'Excel 表格（.xlsx）',
  };

  it('holds only the wanted entries, each as inflated under its cap', () => {
    const sheet = encoder.encode('<worksheet/>');
    const archive = verifiedArchive(zipSync({ 'xl/worksheets/sheet1.xml': sheet, 'docProps/app.xml': encoder.encode('<x/>') }), limits);
    expect(Object.keys(unzipSync(archive))).toEqual(['xl/worksheets/sheet1.xml']);
    expect(unzipSync(archive)['xl/worksheets/sheet1.xml']).toEqual(sheet);
  });

  it('refuses an entry past its cap, in the words of the kind of file', () => {
    expect(() => verifiedArchive(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(2 * MB) }), limits)).toThrow(
      'Excel 表格（.xlsx）中的工作表解压后超过 1 MB，远超正常文件的大小，可能是压缩炸弹或选错了文件，未导入。',
    );
  });
});
