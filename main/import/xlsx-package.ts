import { Unzip, UnzipInflate, unzipSync, zipSync, type UnzipFile, type UnzipFileInfo } from 'fflate';
import { ImportError } from '../../shared/import/errors';

/** A spreadsheet package holds a few dozen parts; thousands are not a ledger. */
const MAX_ENTRIES = 2000;
/** No ledger's sheet comes near this; a bigger declared size is a zip bomb or not a ledger. */
const MAX_PART_BYTES = 48 * 1024 * 1024;
const MAX_TOTAL_BYTES = 96 * 1024 * 1024;
/** Rows and cells of all sheets together: a ledger has hundreds of rows, not a million. */
export const MAX_ROWS = 20_000;
const MAX_CELLS = 400_000;

/** The parts of an .xlsx, checked to be of a size a ledger has. */
export type XlsxParts = Record<string, Uint8Array>;

/**
 * Opens an .xlsx package with its sizes bounded before anything is read
 * whole: entry count and declared sizes are checked as the central
 * directory lists them (nothing is inflated for an honest bomb), then the
 * parts are inflated as a stream that stops at the caps whatever sizes the
 * headers claim, and only what was inflated here reaches the spreadsheet
 * library (repackParts). Rows and cells are counted in the sheets' XML
 * before the library builds its cells. The bounds helper's bounded-zip.ts (a shared
 * bounded reader for .docx and .xlsx) should replace this once merged.
 */
export function openXlsxParts(bytes: Uint8Array): XlsxParts {
  let entries = 0;
  let total = 0;
  const filter = (file: UnzipFileInfo) => {
    if (++entries > MAX_ENTRIES) throw new ImportError(`Excel 文件中的部件过多（超过 ${MAX_ENTRIES} 个），不像一份整改台账，未导入。`);
    total += file.originalSize;
    if (file.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
      throw new ImportError('Excel 文件解压后过大（超过 96 MB），可能是压缩炸弹或不是整改台账，未导入。');
    }
    return true;
  };
  let parts: XlsxParts;
  try {
    unzipSync(bytes, { filter: (file) => (filter(file), false) });
    parts = inflateBounded(bytes);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('文件不是有效的 Excel 工作簿（.xlsx）：无法按 zip 压缩包读取，文件可能已损坏。');
  }
  if (!parts['xl/workbook.xml']) throw new ImportError('这个 Excel 文件中没有工作簿（缺少 xl/workbook.xml），可能已损坏或不是 .xlsx 文件。');
  countRowsAndCells(parts);
  return parts;
}

/** Every part inflated in chunks, counted as it comes: a size the headers understate cannot inflate past the caps. */
function inflateBounded(bytes: Uint8Array): XlsxParts {
  const parts: XlsxParts = {};
  let total = 0;
  let entries = 0;
  const tooLarge = () => new ImportError('Excel 文件解压后过大（超过 96 MB），可能是压缩炸弹或不是整改台账，未导入。');
  const unzip = new Unzip((file: UnzipFile) => {
    if (++entries > MAX_ENTRIES) throw new ImportError(`Excel 文件中的部件过多（超过 ${MAX_ENTRIES} 个），不像一份整改台账，未导入。`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (error) throw error;
      size += data.length;
      total += data.length;
      if (size > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) throw tooLarge();
      chunks.push(data);
      if (final) parts[file.name] = concat(chunks, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const CHUNK = 64 * 1024;
  for (let at = 0; at < bytes.length; at += CHUNK) unzip.push(bytes.subarray(at, Math.min(at + CHUNK, bytes.length)), at + CHUNK >= bytes.length);
  return parts;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** True for a zip package that is a spreadsheet (has a workbook part); reads only the directory. */
export function isXlsxPackage(bytes: Uint8Array): boolean {
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (file.name === 'xl/workbook.xml') found = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

/** The checked parts as a package again, stored (not compressed), for the spreadsheet library to open. */
export function repackParts(parts: XlsxParts): Uint8Array {
  return zipSync(parts, { level: 0 });
}

function countRowsAndCells(parts: XlsxParts): void {
  let rows = 0;
  let cells = 0;
  for (const [name, data] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/u.test(name)) continue;
    rows += occurrences(data, ROW_TAG);
    cells += occurrences(data, CELL_TAG);
    if (rows > MAX_ROWS) throw new ImportError(`表格行数过多（超过 ${MAX_ROWS} 行），不像一份整改台账，未导入。请只保留台账所在的工作表和行后再导入。`);
    if (cells > MAX_CELLS) throw new ImportError(`表格的单元格过多（超过 ${MAX_CELLS} 个），不像一份整改台账，未导入。`);
  }
}

const ROW_TAG = new TextEncoder().encode('<row');
const CELL_TAG = new TextEncoder().encode('<c ');

/** How often a byte sequence occurs (Buffer.indexOf searches natively, so a large sheet costs milliseconds). */
function occurrences(data: Uint8Array, needle: Uint8Array): number {
  const haystack = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}
