import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importFile } from '../../../main/import/import-file';
import { formatCount } from '../../../main/import/docx-numbering';
import { readDocx } from '../../../main/import/read-docx';
import { assertRenderTools } from '../../support/render';
import { importText, items, SEEDS_DIR, shapeOf, templates, withoutIds } from './helpers';

const run = promisify(execFile);
const SEEDS = ['000_fca5672edf850d55', '002_24447b05fa0c56f5', '003_8f695a607027e73e'];
const work = mkdtempSync(path.join(os.tmpdir(), 'import-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts text files to .docx with LibreOffice, as an office would by opening and saving them. */
async function convertWithLibreOffice(files: string[], outDir: string): Promise<void> {
  await assertRenderTools();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--infilter=Text (encoded):UTF8,LF,,,',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('the seeds saved as .docx by LibreOffice', () => {
  const docx = (name: string) => path.join(work, 'docx', `${name}.docx`);
  beforeAll(async () => {
    const texts = SEEDS.map((name) => {
      const copy = path.join(work, `${name}.txt`);
      copyFileSync(path.join(SEEDS_DIR, `${name}.txt`), copy);
      return copy;
    });
    await convertWithLibreOffice(texts, path.join(work, 'docx'));
    for (const name of SEEDS) if (!existsSync(docx(name))) throw new Error(`LibreOffice did not write ${docx(name)}`);
  });

  it.each(SEEDS)('%s imports to the same notice as its text', (name) => {
    const fromText = importText(readFileSync(path.join(SEEDS_DIR, `${name}.txt`), 'utf8'));
    const fromDocx = importFile(docx(name), templates);
    expect(fromDocx.unit).toBe('paragraph');
    expect(withoutIds(fromDocx.notice)).toEqual(withoutIds(fromText.notice));
    expect(fromDocx.warnings.map((w) => w.message)).toEqual(fromText.warnings.map((w) => w.message));
  });
});

/** A notice whose headings are numbered by Word itself (自动编号): the text holds no numbers. */
async function autoNumberedNotice(): Promise<Uint8Array> {
  const heading = (text: string, level: number, instance = 0) =>
    new Paragraph({ text, numbering: { reference: 'outline', level, instance } });
  const body = (text: string) => new Paragraph({ text });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '（%2）', alignment: AlignmentType.START },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          body('中共某某市交通运输局党组关于十五届市委第三轮巡察整改阶段性进展情况的通报'),
          body(
            '根据市委统一部署，2023年3月6日至4月28日，市委第四巡察组对中共某某市交通运输局党组（以下简称“市交通运输局党组”）进行了巡察，6月9日，市委巡察组向市交通运输局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改阶段性进展情况予以公布。',
          ),
          heading('加强组织领导，压实整改责任', 0),
          body('市交通运输局党组召开专题会议，制定整改方案。'),
          heading('聚焦反馈问题，抓好整改落实', 0),
          heading('党的领导方面', 1),
          heading('针对“党组理论学习不够深入”的问题。', 2),
          body('一是修订学习制度。'),
          body('二是开展专题研讨。'),
          heading('针对“意识形态工作责任制落实不到位”的问题。', 2),
          body('制定意识形态工作责任清单。'),
          heading('全面从严治党方面', 1),
          heading('针对“违规发放津补贴”的问题。', 2),
          body('已清退违规发放的津补贴2.1万元。'),
          heading('下一步工作计划', 0),
          body('市交通运输局党组将持续巩固整改成果。'),
          body('欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0760-1234567。'),
          body('中共某某市交通运输局党组'),
          body('2023年10月8日'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a .docx with Word’s automatic numbering', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await autoNumberedNotice();
  });

  it('reads each paragraph with the number Word shows in front of it', () => {
    const lines = readDocx(bytes).lines.map((l) => l.text);
    expect(lines.filter((l) => /^(?:[一二三]、|（[一二]）|\d\.)/u.test(l))).toEqual([
      '一、加强组织领导，压实整改责任',
      '二、聚焦反馈问题，抓好整改落实',
      '（一）党的领导方面',
      '1.针对“党组理论学习不够深入”的问题。',
      '2.针对“意识形态工作责任制落实不到位”的问题。',
      '（二）全面从严治党方面',
      // Level 3 restarts under each level-2 heading, as Word does by default.
      '1.针对“违规发放津补贴”的问题。',
      '三、下一步工作计划',
    ]);
  });

  it('imports to the checklist those numbers stand for', () => {
    const { notice, unit } = importBytes(bytes, '通报.docx', templates);
    expect(unit).toBe('paragraph');
    expect(shapeOf(notice.checklist)).toEqual([2, 1]);
    expect(items(notice.checklist).map((i) => i.problem)).toEqual([
      '党组理论学习不够深入',
      '意识形态工作责任制落实不到位',
      '违规发放津补贴',
    ]);
    expect(items(notice.checklist)[0]!.measures.enumeration).toBe('一是');
    expect(notice.parts.nextSteps.heading).toBe('下一步工作计划');
    expect(notice.meta).toMatchObject({ round: '十五届市委第三轮', feedbackDate: '2023-06-09', publicationDate: '2023-10-08' });
  });

  it('restarts a list where Word starts a new instance of it', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'list', levels: [{ level: 0, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%1' }] }] },
      sections: [
        {
          children: [
            new Paragraph({ text: '甲', numbering: { reference: 'list', level: 0, instance: 1 } }),
            new Paragraph({ text: '乙', numbering: { reference: 'list', level: 0, instance: 1 } }),
            new Paragraph({ text: '丙', numbering: { reference: 'list', level: 0, instance: 2 } }),
          ],
        },
      ],
    });
    const lines = readDocx(new Uint8Array(await Packer.toBuffer(doc))).lines.map((l) => l.text);
    expect(lines).toEqual(['①甲', '②乙', '①丙']);
  });

  it('writes the counts in Word’s number formats', () => {
    expect(
      [
        'chineseCounting',
        'chineseCountingThousand',
        'ideographTraditional',
        'decimalEnclosedCircle',
        'upperRoman',
        'lowerLetter',
        'chineseLegalSimplified',
        'ideographDigital',
      ].map((f) => formatCount(12, f)),
    ).toEqual(['十二', '十二', '乙', '⑫', 'XII', 'l', '拾贰', '一二']);
  });
});

it('reads text boxes, tables and tracked insertions, but not deletions or hidden text', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
    <w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>
    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
    <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>
  </w:body></w:document>`;
  const file = path.join(work, 'parts.docx');
  writeFileSync(file, zipOf({ 'word/document.xml': xml }));
  expect(readDocx(readFileSync(file)).lines).toEqual([
    { text: '保留插入', line: 1 },
    { text: '表格', line: 2 },
    { text: '第一行', line: 3 },
    { text: '第二行', line: 3 },
  ]);
});

/** A .docx of just the given parts: enough for the reader, which needs only word/document.xml. */
function zipOf(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, new TextEncoder().encode(text)])));
}
