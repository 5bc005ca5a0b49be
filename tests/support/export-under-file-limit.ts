/**
 * Exports a sample notice to <target> and prints how it went as JSON
 * ({ ok } or { name, code, message }). Run under `ulimit -f`, so the write
 * fails as on a file system that caps a file's size (EFBIG).
 * Usage: node --import tsx tests/support/export-under-file-limit.ts <target>
 */
import { exportNoticeToFile } from '../../main/export/export-notice';
import { FileWriteError } from '../../main/export/write-file-atomic';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { sampleNotice } from './sample-notice';

const templates = loadLayoutTemplates();
try {
  await exportNoticeToFile(sampleNotice(templates, 'duizhao'), process.argv[2]!, templates);
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  const e = error as Error & { code?: string };
  console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message, isFileWriteError: error instanceof FileWriteError }));
}
