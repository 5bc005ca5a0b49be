import { ImportError } from '../../shared/import/errors';
import { sourceFromText, type SourceDocument } from '../../shared/import/source';
import { decodeText } from './decode-text';
import { oleRefusal } from './ole-file';
import { readDocx } from './read-docx';
import { isXlsxPackage } from './xlsx-package';

/** Formats that are recognisably not importable, by their first bytes, with what to do instead. */
const REFUSED: ReadonlyArray<{ magic: number[]; message: string }> = [
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    message: '这是旧版 Word（.doc）或 WPS（.wps）文件，无法直接导入。请在 Word 或 WPS 中另存为 .docx 后再导入。',
  },
  {
    magic: [0x25, 0x50, 0x44, 0x46],
    message: '不支持导入 PDF 文件。请导入通报的 Word 文档（.docx），或从网页复制文字保存为文本文件后导入。',
  },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], message: '不支持导入 RTF 文件。请在 Word 或 WPS 中另存为 .docx 后再导入。' },
];

/**
 * A file's bytes as source lines: a .docx (recognised by its zip signature,
 * whatever its name) or text. `name` is the file name, for its extension.
 */
export function readSource(bytes: Uint8Array, name: string): SourceDocument {
  if (bytes.length === 0) throw new ImportError('文件是空的，没有可导入的内容。');
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
  // Ledgers are read before this (read-ledger-file.ts); a workbook that reaches the notice reader is told so.
  if (isZip && isXlsxPackage(bytes))
    throw new ImportError('这是 Excel 工作簿（台账），不是通报。请在程序的通报列表中用“导入通报”导入，台账的各行会成为问题清单。');
  if (isZip) return readDocx(bytes);
  // Encrypted Office files and old Excel files are OLE files too: told apart from old Word files by their streams.
  const ole = oleRefusal(bytes, name);
  if (ole) throw new ImportError(ole);
  for (const { magic, message } of REFUSED) {
    if (magic.every((b, i) => bytes[i] === b)) throw new ImportError(message);
  }
  if (/\.docx$/iu.test(name)) {
    throw new ImportError('文件扩展名是 .docx，但内容不是 Word 文档（不是 zip 压缩包），文件可能已损坏或被改了扩展名。');
  }
  return sourceFromText(decodeText(bytes));
}
