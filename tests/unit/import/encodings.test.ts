import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../main/import/decode-text';
import { importBytes } from '../../../main/import/import-file';
import { ImportError } from '../../../shared/import/errors';
import { SEEDS_DIR, templates, withoutIds } from './helpers';

/** Text as Windows tools save it: Notepad's UTF-8, "Unicode" (UTF-16) and ANSI (GB18030/GBK). */

const seed = readFileSync(path.join(SEEDS_DIR, '003_8f695a607027e73e.txt'), 'utf8').replace(/\n/g, '\r\n');

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    bytes[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    bytes[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return bytes;
}

/**
 * GB18030 bytes for a text, by inverting the platform's decoder over the
 * two-byte range (every character of a notice is in it): Node has no
 * GB18030 encoder of its own.
 */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (table.has(char)) out.push(...table.get(char)!);
    else throw new Error(`no two-byte GB18030 code for ${char}`);
  }
  return Uint8Array.from(out);
}

const ENCODINGS: [string, Uint8Array][] = [
  ['UTF-8', new TextEncoder().encode(seed)],
  ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed)])],
  ['UTF-16LE with BOM', utf16(seed, false, true)],
  ['UTF-16BE with BOM', utf16(seed, true, true)],
  ['UTF-16LE without BOM', utf16(seed, false, false)],
  ['UTF-16BE without BOM', utf16(seed, true, false)],
  ['GB18030', gb18030(seed)],
];

describe('decoding', () => {
  it.each(ENCODINGS)('reads %s', (_, bytes) => {
    expect(decodeText(bytes)).toBe(seed);
  });

  it('imports the same notice whatever the encoding', () => {
    const notices = ENCODINGS.map(([, bytes]) => withoutIds(importBytes(bytes, '通报.txt', templates).notice));
    for (const notice of notices.slice(1)) expect(notice).toEqual(notices[0]);
  });

  it('refuses bytes that are no text in any of these encodings', () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    expect(() => decodeText(random)).toThrow(ImportError);
    expect(() => decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]))).toThrow(
      /不是文本/u,
    );
  });
});
