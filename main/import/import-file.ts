import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError } from '../../shared/import/errors';
import { systemReason } from '../db/translate-error';
import { importNotice, type ImportResult } from '../../shared/import/import-notice';
import type { SourceDocument } from '../../shared/import/source';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';
import { readSource } from './read-source';
import { checkSourceBounds } from './source-bounds';

/**
 * Larger than any notice, text or .docx with a few pictures; a bigger file is
 * the wrong file, and is refused before it is read into memory.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Reads an earlier notice from a file (.txt in UTF-8, UTF-16 or GB18030, or
 * .docx) into an unsaved notice with warnings. Every refusal is an
 * ImportError with one Chinese sentence.
 */
export function importFile(path: string, templates: LayoutTemplates): ImportedFile {
  return importBytes(readLimited(path), basename(path), templates);
}

/** What the importer made of a file, with the lines it read (the review shows them beside the tree). */
export type ImportedFile = ImportResult & { source: SourceDocument };

/** The same, from bytes already in memory (the desktop app's drop or paste). */
export function importBytes(bytes: Uint8Array, name: string, templates: LayoutTemplates): ImportedFile {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(bytes.length);
  try {
    const source = readSource(bytes, name);
    checkSourceBounds(source);
    return { ...readNotice(source, templates), source };
  } catch (error) {
    throw asImportError(error);
  }
}

function readNotice(source: SourceDocument, templates: LayoutTemplates): ImportResult {
  return importNotice(source, {
    layouts: templates.layouts,
    boilerplate: templates.boilerplate,
    // Bold changes no text, so the layout comparison does not depend on the house option.
    options: { heading3Bold: false, titleMaxCharactersPerLine: templates.style.titleMaxCharactersPerLine },
  });
}

/**
 * Whatever else stopped the import, told in Chinese: a RangeError is the
 * engine's limit (call stack, string or array length) reached on a file
 * built to reach it; anything else is a fault of the importer, kept as the
 * cause for whoever reads the log.
 */
function asImportError(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const message =
    error instanceof RangeError
      ? '文件的结构过于复杂或内容过大，超出了导入能处理的范围，未导入。请确认选择的是通报的 Word 文档或文本。'
      : '读取这个文件时导入程序内部出错，未导入。请把文件另存为 .docx 或文本后重试。';
  return new ImportError(message, { cause: error });
}

function tooLarge(size: number): ImportError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new ImportError(
    `文件过大（${mb(size)} MB），超过导入上限 ${mb(MAX_IMPORT_BYTES)} MB。一份通报的文本或 Word 文档通常只有几百 KB，请确认选择的文件是否正确。`,
  );
}

/** A file's bytes, refused in Chinese when it cannot be read or is larger than any notice or ledger. */
export function readLimited(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Node's own message is English: any other code is told in words too (EBUSY: the file is open in WPS).
    const reason =
      code === 'ENOENT'
        ? '文件不存在'
        : code === 'EACCES' || code === 'EPERM'
          ? '没有读取权限'
          : code === 'EISDIR'
            ? '这是一个文件夹'
            : (systemReason(error) ?? '读取时出错');
    throw new ImportError(`无法读取文件“${path}”：${reason}。`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ImportError(`无法读取文件“${path}”：这是一个文件夹。`);
    if (stat.size > MAX_IMPORT_BYTES) throw tooLarge(stat.size);
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`无法读取文件“${path}”：${systemReason(error) ?? '读取时出错'}。`);
  } finally {
    closeSync(fd);
  }
}
