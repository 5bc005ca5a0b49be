import { ImportError } from '../../shared/import/errors';

/**
 * Text as Windows tools save it: UTF-8 (with or without a BOM), UTF-16
 * (Notepad's "Unicode", with or without a BOM) or GB18030/GBK (ANSI on a
 * Chinese Windows). Throws ImportError when the bytes are none of these.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decode('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decode('utf-16be', bytes.subarray(2));

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = tryDecode(utf16, bytes);
    if (text !== null && looksLikeText(text)) return text;
    throw binary();
  }
  if (bytes.includes(0)) throw binary();
  for (const encoding of ['utf-8', 'gb18030']) {
    const text = tryDecode(encoding, bytes);
    if (text === null) continue;
    if (!looksLikeText(text)) throw binary();
    return text;
  }
  throw new ImportError('无法识别文件的文字编码（支持 UTF-8、UTF-16、GB18030/GBK），未导入。');
}

function binary(): ImportError {
  return new ImportError('文件不是文本，也不是 Word 文档（.docx），无法导入。');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decode(encoding: string, bytes: Uint8Array): string {
  const text = tryDecode(encoding, bytes);
  if (text === null) throw new ImportError(`文件标明是 ${encoding.toUpperCase()} 编码，但内容不符合该编码，文件可能已损坏。`);
  return text;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM, told by its zero bytes: digits and line breaks in
 * UTF-16 have a zero byte (and so does 一, U+4E00), and Chinese text read
 * in the right byte order is nearly all common characters, in the wrong one
 * nearly none. Binary data has zeros too, but neither order reads as text.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 1 << 16) & ~1);
  if (!sample.includes(0) || bytes.length % 2 !== 0) return null;
  let best: { encoding: 'utf-16le' | 'utf-16be'; score: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const score = commonShare(new TextDecoder(encoding).decode(sample));
    if (!best || score > best.score) best = { encoding, score };
  }
  return best && best.score >= 0.9 ? best.encoding : null;
}

/** The share of characters a notice is made of: ASCII, CJK ideographs and punctuation, full-width forms. */
function commonShare(text: string): number {
  if (text.length === 0) return 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x20 && c <= 0x7e) ||
      (c >= 0xa0 && c <= 0xff) ||
      (c >= 0x2010 && c <= 0x2027) ||
      (c >= 0x2460 && c <= 0x24ff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef)
    ) {
      common++;
    }
  }
  return common / text.length;
}

/** Mostly printable characters: no control codes beyond tab, line breaks and form feed. */
function looksLikeText(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) control++;
  }
  return control <= text.length * 0.002;
}
