import { unzipSync, zipSync } from 'fflate';
import { ImportError } from '../../shared/import/errors';
import { readZipEntries } from './bounded-zip';

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
 * whole: the parts are inflated under caps enforced while inflating
 * (bounded-zip.ts, whatever sizes the headers claim), and only what was
 * inflated there reaches the spreadsheet library (repackParts). Rows and
 * cells are counted in the sheets' XML before the library builds its cells.
 */
export function openXlsxParts(bytes: Uint8Array): XlsxParts {
  refuseDeclaredBomb(bytes);
  const parts: XlsxParts = Object.fromEntries(
    readZipEntries(bytes, {
      // Every part: the library resolves the workbook's relationships itself.
      wanted: () => ({ cap: MAX_PART_BYTES, label: '部件' }),
      maxTotalBytes: MAX_TOTAL_BYTES,
      kind: 'Excel 工作簿（.xlsx）',
    }),
  );
  if (!parts['xl/workbook.xml'])
    throw new ImportError('这个 Excel 文件中没有工作簿（缺少 xl/workbook.xml），可能已损坏或不是 .xlsx 文件。');
  countRowsAndCells(parts);
  return parts;
}

/** An honest bomb (one whose directory declares its size) is refused from the directory alone, before any inflating. */
function refuseDeclaredBomb(bytes: Uint8Array): void {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (file.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
          throw new ImportError(`Excel 文件解压后过大（超过 ${MAX_TOTAL_BYTES / 1024 / 1024} MB），可能是压缩炸弹或不是整改台账，未导入。`);
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A directory fflate cannot list is the bounded reader's to refuse, in its words.
  }
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
    if (rows > MAX_ROWS)
      throw new ImportError(`表格行数过多（超过 ${MAX_ROWS} 行），不像一份整改台账，未导入。请只保留台账所在的工作表和行后再导入。`);
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
