import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Packer } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { buildDocument, noticeSection } from '../../main/export/build-document';
import { documentXml, packDocx } from '../../main/export/docx-package';
import { exportNoticeDocx } from '../../main/export/export-notice';
import { packageOverrides } from '../../main/export/package-parts';
import { findLayout, loadLayoutTemplates, type LayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { composePrinted } from '../../shared/document/compose-printed';
import type { Notice } from '../../shared/model/notice';
import { noticeSchema } from '../../shared/model/schemas';
import { measure, report } from './measure';

const fixtures = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** The largest notice of tests/fixtures/seeds, by file size. */
export function largestFixture(): { name: string; notice: Notice } {
  const [name] = readdirSync(fixtures)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => statSync(join(fixtures, b)).size - statSync(join(fixtures, a)).size);
  return { name: name!, notice: noticeSchema.parse(JSON.parse(readFileSync(join(fixtures, name!), 'utf8'))) };
}

/**
 * The export of a notice in process, and where its time goes: composing
 * (ours), making the docx objects (our calls into docx), writing the body's
 * XML from them, deflating it, and the whole packing (main/export/docx-package.ts:
 * the parts every document of a style shares are written by docx at the
 * style's first export and kept). For comparison: docx's Packer packing
 * the same document whole, as the export did before, its deflating alone,
 * and the parts an empty notice has (what is now written once per style).
 */
export async function benchExport(notice: Notice, templates: LayoutTemplates): Promise<void> {
  const layout = findLayout(templates, notice.layoutId);
  // A warm process's figure, ten exports untimed first: the lines below (its parts) run warm too and add up to it. With
  // three, the first line of the run was charged V8's compiling of the whole export (15 ms against 8 ms of parts);
  // the export in a cold process is the command line's figure, further on.
  report('进程内导出（排版+打包，先预热 10 次）', await measure(() => exportNoticeDocx(notice, templates), 20, 10), 15);
  report('  其中：排版（compose）', await measure(() => composePrinted(notice, layout, templates), 20));
  const { blocks, style } = composePrinted(notice, layout, templates);
  const objects = () => buildDocument([noticeSection(blocks, style)], style, 'bench');
  report('  其中：生成 docx 对象（段落、节）', await measure(objects, 20));
  // A Document is consumed by writing its body (its body moves its section properties): a fresh one each time.
  report('  其中：对象 + 写出 document.xml', await measure(() => documentXml(objects()), 20));
  const body = Buffer.from(documentXml(objects()));
  report('  其中：压缩 document.xml（zlib）', await measure(() => deflateRawSync(body), 20));
  report('  其中：对象 + 打包（固定部分沿用）', await measure(() => packDocx(objects, 'bench', packageOverrides(style)), 20));
  const pack = (document: () => ReturnType<typeof buildDocument>) => () => Packer.toArrayBuffer(document(), false, packageOverrides(style));
  report('  对照：对象 + docx Packer 整体打包', await measure(pack(objects), 20));
  const parts = unzipSync(new Uint8Array(await pack(objects)()));
  report('    其中：仅压缩（fflate，docx 的压缩级别）', await measure(() => zipSync(parts), 20));
  report(
    '    其中：空白通报的固定部分（现每种样式一次）',
    await measure(
      pack(() => buildDocument([noticeSection([], style)], style, 'bench')),
      20,
    ),
  );
}

// `node --import tsx tests/bench/export-bench.ts`: this part alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { name, notice } = largestFixture();
  console.log(`最大的样例通报：${name}`);
  await benchExport(notice, loadLayoutTemplates());
}
