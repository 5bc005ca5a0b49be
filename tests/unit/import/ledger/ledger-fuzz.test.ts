import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from '../../../../main/import/read-ledger-file';
import { ImportError } from '../../../../shared/import/errors';
import { importLedger } from '../../../../shared/import/ledger/import-ledger';
import { LEDGERS_DIR, templates } from './ledger-support';
import { randomFrom } from '../../../support/fuzz-inputs';

/**
 * Mutated ledgers (fixed random seed, bounded): the corpus files with bytes
 * flipped, cut or repeated, and with their sheet or document XML damaged
 * inside a well-formed zip, and with their texts replaced by ledger-like words. Every one imports or is refused with a Chinese
 * ImportError — no other error, no English, none over its time limit.
 */
const FILES = readdirSync(LEDGERS_DIR)
  .filter((f) => /\.(?:xlsx|docx)$/u.test(f))
  .sort();
const PER_FILE = 24;
const TIME_LIMIT_MS = 3000;

function mutate(data: Uint8Array, next: () => number): Uint8Array {
  const at = Math.floor(next() * data.length);
  const length = 1 + Math.floor(next() * Math.min(200, data.length - at));
  switch (Math.floor(next() * 4)) {
    case 0: {
      const copy = data.slice();
      for (let i = 0; i < 8; i++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
      return copy;
    }
    case 1:
      return data.slice(0, at);
    case 2:
      return new Uint8Array([...data.subarray(0, at), ...data.subarray(at, at + length), ...data.subarray(at)]);
    default:
      return new Uint8Array([...data.subarray(0, at), ...data.subarray(at + length)]);
  }
}

/** The file with its main XML part (the sheet, the document) damaged, repacked as a valid zip. */
function mutateInside(bytes: Uint8Array, next: () => number): Uint8Array {
  const parts = unzipSync(bytes);
  const name = Object.keys(parts).find((n) => n === 'xl/worksheets/sheet1.xml' || n === 'word/document.xml')!;
  parts[name] = mutate(parts[name]!, next) as Uint8Array<ArrayBuffer>;
  return zipSync(parts);
}

const POOL = [
  '',
  '\n',
  ' ',
  '一、',
  '（一）',
  '1.',
  '1.1',
  '已完成',
  '长期',
  '立行立改',
  '2023年12月',
  '2023.12.31',
  '45291',
  '年内',
  '问题',
  '序号',
  '措施',
  '—',
  '；',
  'x',
];

/**
 * The file with its well-formed XML kept well-formed: texts replaced by
 * ledger-like words, rows and cells removed or repeated, merges dropped. These
 * reach the importer's own logic rather than the XML parser's refusals.
 */
function mutateContent(bytes: Uint8Array, next: () => number): Uint8Array {
  const parts = unzipSync(bytes);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (const name of Object.keys(parts).filter((n) => /^(?:xl\/sharedStrings|xl\/worksheets\/sheet1|word\/document)\.xml$/u.test(n))) {
    let xml = new TextDecoder().decode(parts[name]);
    // Texts only (<t>, <w:t>): a sheet's <v> holds indexes into the shared strings.
    const texts = [...xml.matchAll(/<(t|w:t)(?: [^>]*)?>([^<]*)<\/\1>/gu)];
    for (let k = 0; k < 6 && texts.length > 0; k++) {
      const m = pick(texts);
      xml = xml.replace(m[0], m[0].replace(`>${m[2]}<`, `>${pick(POOL)}<`));
    }
    const rows = [...xml.matchAll(/<(row|w:tr)\b[\s\S]*?<\/\1>/gu)];
    if (rows.length > 0 && next() < 0.5) {
      const row = pick(rows)[0];
      // A sheet's rows carry their numbers, so only a Word table's row can be repeated as it is.
      xml = next() < 0.5 || row.startsWith('<row') ? xml.replace(row, '') : xml.replace(row, row + row);
    }
    if (next() < 0.3) xml = xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/u, '').replace(/<w:vMerge[^>]*\/>/gu, '');
    parts[name] = new TextEncoder().encode(xml);
  }
  return zipSync(parts);
}

function isChineseRefusal(error: unknown): boolean {
  if (!(error instanceof ImportError)) return false;
  return !/[A-Za-z]{3,}/u.test(
    error.message.replace(
      /Excel|Word|WPS|xlsx|xls|docx|csv|zip|MB|document\.xml|numbering\.xml|styles\.xml|w:body|xl\/workbook\.xml/giu,
      '',
    ),
  );
}

describe('mutated ledgers', () => {
  for (const [n, file] of FILES.entries()) {
    it(`${file}: every mutation imports or is refused in Chinese, in time`, async () => {
      const original = new Uint8Array(readFileSync(path.join(LEDGERS_DIR, file)));
      const next = randomFrom(1000 + n);
      const failures: string[] = [];
      let imported = 0;
      for (let i = 0; i < PER_FILE; i++) {
        const input = i % 3 === 0 ? mutate(original, next) : i % 3 === 1 ? mutateInside(original, next) : mutateContent(original, next);
        const started = Date.now();
        try {
          const table = await readLedgerFile(input, file);
          if (table) importLedger(table, templates);
          imported++;
        } catch (error) {
          if (!isChineseRefusal(error))
            failures.push(`#${i}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        }
        const took = Date.now() - started;
        if (took > TIME_LIMIT_MS) failures.push(`#${i}: took ${took} ms`);
      }
      expect(failures).toEqual([]);
      // The content mutations keep the files readable: the importer's own logic ran on them, not only the refusals.
      expect(imported).toBeGreaterThanOrEqual(PER_FILE / 6);
    });
  }
});
