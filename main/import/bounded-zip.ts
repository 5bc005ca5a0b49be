import { Unzip, UnzipInflate, zipSync, type UnzipFile } from 'fflate';
import { ImportError } from '../../shared/import/errors';

/**
 * Entries in a whole archive. A .docx holds a few dozen parts, one per
 * picture beyond those; a spreadsheet a few per sheet. A thousand is far
 * beyond any notice or ledger and small enough that walking the local
 * headers stays quick.
 */
export const MAX_ZIP_ENTRIES = 1000;

/**
 * Bytes of compressed input handed to the inflater at once. Deflate expands
 * at most about 1032-fold, so one step can produce at most ~17 MB before the
 * cap is checked again: a bomb is stopped within one step of its cap.
 */
const STEP_BYTES = 16 * 1024;

export interface ZipReadLimits {
  /**
   * Which entries to inflate, each with its cap in bytes and what it is in
   * Chinese (for the message); null leaves the entry compressed, unread.
   */
  wanted: (name: string) => { cap: number; label: string } | null;
  /** Cap on all inflated entries together. */
  maxTotalBytes: number;
  /** What the archive is, for the messages: “Word 文档”, “Excel 表格”. */
  kind: string;
}

/**
 * The named entries of a zip archive, inflated with every cap enforced while
 * inflating: sizes a zip declares can lie, so only the bytes actually
 * produced count. Entries not asked for are never inflated. Refuses (an
 * ImportError in Chinese) an archive that is damaged, has more than
 * MAX_ZIP_ENTRIES entries, or whose wanted entries pass their caps.
 */
export function readZipEntries(bytes: Uint8Array, limits: ZipReadLimits): Map<string, Uint8Array> {
  // The end record closes every complete archive; without it the file was cut short (an interrupted copy or download).
  if (!hasEndRecord(bytes)) throw damaged(limits.kind);
  const found = new Map<string, Uint8Array[]>();
  const done = new Set<string>();
  let entries = 0;
  let total = 0;
  let refusal: ImportError | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    entries++;
    if (entries > MAX_ZIP_ENTRIES) {
      throw new ImportError(
        `文件中的条目超过 ${MAX_ZIP_ENTRIES} 个，不像一份${latinSpaced(limits.kind)}（可能是压缩炸弹或其他文件），未导入。`,
      );
    }
    const want = limits.wanted(file.name);
    // A second entry under the same name is ignored, as unzip tools keep the first.
    if (want === null || found.has(file.name)) return;
    const { cap, label } = want;
    const chunks: Uint8Array[] = [];
    let size = 0;
    found.set(file.name, chunks);
    file.ondata = (error, data, final) => {
      if (refusal) return;
      if (error) {
        refusal = damaged(limits.kind);
        return;
      }
      size += data.length;
      total += data.length;
      if (size > cap) refusal = tooLarge(limits.kind, label, cap);
      else if (total > limits.maxTotalBytes) refusal = tooLarge(limits.kind, '', limits.maxTotalBytes);
      else {
        chunks.push(data);
        if (final) done.add(file.name);
      }
    };
    if (file.compression !== 0 && file.compression !== 8) {
      refusal = new ImportError(`${limits.kind}中的${label}使用了不支持的压缩方式，无法读取。请用制作它的程序打开并重新保存后再导入。`);
      return;
    }
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !refusal; at += STEP_BYTES) {
      const end = Math.min(at + STEP_BYTES, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw damaged(limits.kind);
  }
  if (refusal) throw refusal;
  const out = new Map<string, Uint8Array>();
  for (const [name, chunks] of found) {
    // An entry cut short (the archive ends inside it) is damage, not a shorter part.
    if (!done.has(name)) throw damaged(limits.kind);
    out.set(name, concat(chunks));
  }
  return out;
}

/**
 * The wanted entries again as a zip archive, stored uncompressed: what a
 * library that unzips on its own (exceljs for .xlsx) is given instead of
 * the user's file, so that it only ever sees bytes that were inflated here
 * under the caps. Its size is at most limits.maxTotalBytes plus headers.
 */
export function verifiedArchive(bytes: Uint8Array, limits: ZipReadLimits): Uint8Array {
  return zipSync(Object.fromEntries(readZipEntries(bytes, limits)), { level: 0 });
}

/** The end-of-central-directory signature within the last 64 KB + 22 bytes, where the format puts it. */
function hasEndRecord(bytes: Uint8Array): boolean {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return true;
  }
  return false;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A space between Chinese and a Latin word that follows it, as the app's sentences are written (“一份 Word 文档”). */
function latinSpaced(kind: string): string {
  return /^[A-Za-z]/u.test(kind) ? ` ${kind}` : kind;
}

function damaged(kind: string): ImportError {
  return new ImportError(`文件不是有效的${latinSpaced(kind)}：无法按 zip 压缩包读取，文件可能已损坏。`);
}

function tooLarge(kind: string, label: string, cap: number): ImportError {
  const mb = `${Math.round(cap / 1024 / 1024)} MB`;
  return new ImportError(
    label === ''
      ? `${kind}解压后的内容超过 ${mb}，远超正常文件的大小，可能是压缩炸弹或选错了文件，未导入。`
      : `${kind}中的${label}解压后超过 ${mb}，远超正常文件的大小，可能是压缩炸弹或选错了文件，未导入。`,
  );
}
