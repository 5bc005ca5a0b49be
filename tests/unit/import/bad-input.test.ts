import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile, MAX_IMPORT_BYTES } from '../../../main/import/import-file';
import { ImportError } from '../../../shared/import/errors';
import { templates } from './helpers';

/** Every file the importer refuses gives one Chinese sentence (an ImportError), never a stack trace. */

const dir = mkdtempSync(path.join(os.tmpdir(), 'import-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: Uint8Array | string): string {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
}

/** The ImportError's message, failing the test if anything else (or nothing) is thrown. */
function refusal(at: string): string {
  try {
    importFile(at, templates);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const message = (error as Error).message;
    expect(message).toMatch(/^\p{Script=Han}/u);
    expect(message).not.toMatch(/\n/u);
    return message;
  }
  return expect.fail('the file was imported');
}

describe('bad input', () => {
  it('an empty file', () => {
    expect(refusal(file('empty.txt', ''))).toBe('文件是空的，没有可导入的内容。');
  });

  it('a file of white space only', () => {
    expect(refusal(file('blank.txt', ' \r\n\u3000\n\t'))).toBe('文件中没有文字，无法导入。');
  });

  it('a binary file', () => {
    const bytes = Uint8Array.from({ length: 8192 }, (_, i) => (i * 2654435761) >>> 24);
    expect(refusal(file('data.txt', bytes))).toBe('文件不是文本，也不是 Word 文档（.docx），无法导入。');
  });

  it('a 50 MB file, refused before it is read', () => {
    const at = path.join(dir, 'huge.txt');
    writeFileSync(at, '');
    truncateSync(at, 50 * 1024 * 1024);
    expect(refusal(at)).toMatch(/^文件过大（50\.0 MB），超过导入上限 20\.0 MB/u);
    expect(MAX_IMPORT_BYTES).toBeLessThan(50 * 1024 * 1024);
  });

  it('a .docx that is not a zip', () => {
    expect(refusal(file('通报.docx', '根据市委统一部署……'))).toMatch(/^文件扩展名是 \.docx，但内容不是 Word 文档/u);
  });

  it('a damaged .docx (a zip cut short)', () => {
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>'.repeat(100)) });
    expect(refusal(file('cut.docx', zip.subarray(0, zip.length - 30)))).toMatch(/^文件不是有效的 Word 文档/u);
  });

  it('a zip that is not a Word document', () => {
    expect(refusal(file('other.docx', zipSync({ 'readme.txt': new TextEncoder().encode('hello') })))).toBe(
      '这个 .docx 文件中没有正文部分，可能不是 Word 文档或已损坏。',
    );
  });

  it('a .docx whose text is malformed XML', () => {
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document><w:body><w:p></w:body>') });
    expect(refusal(file('broken.docx', zip))).toBe('文件中的正文无法解析，这份 Word 文档可能已损坏。');
  });

  it('an old Word .doc', () => {
    expect(refusal(file('old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toMatch(/另存为 \.docx/u);
  });

  it('a text that is not a notice', () => {
    const text =
      '关于做好2024年春节期间安全生产工作的通知\n各单位：\n为切实做好春节期间安全生产工作，现将有关事项通知如下。\n一、提高思想认识\n二、加强隐患排查';
    expect(refusal(file('notice.txt', text))).toMatch(/^这份文件不像巡察整改情况的通报/u);
  });

  it('a text about an inspection that has no items and no notice title', () => {
    const text = '根据市委统一部署，市委第一巡察组于2023年3月1日至4月30日对市财政局党组进行了巡察。\n巡察期间，巡察组共受理信访件12件。';
    expect(refusal(file('news.txt', text))).toMatch(/^这份文件不像巡察整改情况的通报：没有识别出任何反馈问题/u);
  });

  it('a file that is not there', () => {
    expect(refusal(path.join(dir, 'missing.txt'))).toMatch(/^无法读取文件“.*missing\.txt”：文件不存在。$/u);
  });

  it('a folder', () => {
    expect(refusal(dir)).toMatch(/这是一个文件夹/u);
  });
});
