import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportNoticeDocx } from '../../main/export/export-notice';
import { importBytes } from '../../main/import/import-file';
import { findLayout, loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { applyFixes } from '../../shared/check/apply-fixes';
import { checkNotice } from '../../shared/check/check-notice';
import { composeNotice } from '../../shared/document/compose';
import { layOutPages } from '../../shared/preview/lay-out-pages';
import type { Notice } from '../../shared/model/notice';
import { allItems } from '../../shared/model/tree';
import { plainList } from '../../shared/model/rich-text';
import { normalizeText } from '../../shared/text/normalize';
import { benchExport, largestFixture } from './export-bench';
import { measure, report } from './measure';

/**
 * `npm run bench`: speed figures, printed, never asserted. Run on an idle
 * machine; the figures vary with it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
/** The real notices, as copied from the web, beside the project. */
const seeds = join(root, '..', 'shared', 'seeds');

async function main(): Promise<void> {
  const templates = loadLayoutTemplates();
  const { name, notice } = largestFixture();
  const layout = findLayout(templates, notice.layoutId);
  const options = { heading3Bold: false, titleMaxCharactersPerLine: templates.style.titleMaxCharactersPerLine };
  const bytes = await exportNoticeDocx(notice, templates);
  // The machines this runs on vary in speed from hour to hour, about twofold: a fixed piece of work, first, says how fast
  // this one is now, so that the figures below can be read against those of another run.
  const fixedWork = () => {
    for (let i = 0; i < 20; i++) JSON.parse(JSON.stringify(notice));
  };
  report('本机速度参考：样例通报 JSON 往返 20 次（不设目标）', await measure(fixedWork, 20, 5));
  console.log(`最大的样例通报：${name}（${allItems(notice.checklist).length} 个问题，导出 ${(bytes.length / 1024).toFixed(0)} KB）`);

  await benchExport(notice, templates);
  // The paged preview follows every keystroke: composing and laying out the pages must fit well inside a frame or two.
  report(
    '分页预览（compose + 分页）',
    await measure(() => layOutPages(composeNotice(notice, layout, templates.boilerplate, options), templates.style), 50, 5),
    20,
  );
  // Normalisation runs at export, import and paste: on hostile lines too it must stay linear.
  for (const [label, text] of [
    ['规范化：30 万字的一段正文', '根据统一部署，2021年12 月24 日印发《关于印发<制度>的通知》(东府[2018]329号)--已完成...'.repeat(5000)],
    ['规范化：30 万个空格', `中${' '.repeat(300_000)}a`],
    ['规范化：10 万层书名号', `${'《'.repeat(100_000)}${'》'.repeat(100_000)}`],
  ] as const) {
    report(label, await measure(() => normalizeText(text), 5, 1), 200);
  }
  // The 检查 panel re-checks as the user types: it must keep up with the preview.
  const checkContext = { layout, boilerplate: templates.boilerplate, rules: templates.check };
  report('送审检查（最大的样例通报）', await measure(() => checkNotice(notice, checkContext), 20), 50);
  const findings = checkNotice(notice, checkContext);
  report('  其中：全部自动修正（applyFixes）', await measure(() => applyFixes(notice, findings), 20), 50);
  // Hostile paragraphs of about 1 MB: the check and 全部修正 must stay linear (targets about 1 s).
  for (const [label, text] of [
    ['送审检查：1 MB 干净正文', '局党组召开专题会议，研究部署整改工作，落实“两个维护”要求。'.repeat(32_300)],
    ['送审检查：“整 ”×15 万', '整 '.repeat(150_000)],
    ['送审检查：“整,”×30 万', '整,'.repeat(300_000)],
    ['送审检查：“的的”×50 万', '的的'.repeat(500_000)],
    ['送审检查：“我们的的工作，”×14 万', '我们的的工作，'.repeat(140_000)],
    ['送审检查：“其它，精减人员，”×12 万', '其它，精减人员，'.repeat(120_000)],
    ['送审检查：“整...”×25 万', '整...'.repeat(250_000)],
    ['送审检查：“www.”×25 万', 'www.'.repeat(250_000)],
    ['送审检查：“已完成1个，”×15 万', '已完成1个，'.repeat(150_000)],
  ] as const) {
    const hostile = withOrganisationBody(notice, text);
    report(label, await measure(() => checkNotice(hostile, checkContext), 3, 1), 1000);
  }
  {
    const text = '整,'.repeat(100_000);
    const hostile = withOrganisationBody(notice, text);
    const many = checkNotice(hostile, checkContext);
    report(
      `全部自动修正：${many.filter((f) => f.fix !== undefined).length} 处（applyFixes）`,
      await measure(() => applyFixes(hostile, many), 3, 1),
      1000,
    );
  }

  await benchImport(templates, bytes);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  console.log(`基准进程内存占用（RSS）：${rss.toFixed(0)} MB`);
}

/** Importing the largest seed's text (decode, parse, pick the layout), and a .docx of it as this app exports it. */
async function benchImport(templates: ReturnType<typeof loadLayoutTemplates>, exported: Uint8Array): Promise<void> {
  const [seed] = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => statSync(join(seeds, b)).size - statSync(join(seeds, a)).size);
  const text = readFileSync(join(seeds, seed!));
  const result = importBytes(text, seed!, templates);
  console.log(
    `最大的样例原文：${seed}（${(text.length / 1024).toFixed(0)} KB，识别出 ${allItems(result.notice.checklist).length} 个问题，版式 ${result.layouts[0]?.name}）`,
  );
  report('进程内导入文本（解码+识别+选版式）', await measure(() => importBytes(text, seed!, templates), 30, 5), 30);
  report('进程内导入 .docx（本程序导出的）', await measure(() => importBytes(exported, 'bench.docx', templates), 30, 5));
}

await main();
await (await import('./cli-bench')).runCliBench();
await (await import('./search-bench')).runSearchBench();
await (await import('./save-bench')).runSaveBench();
await (await import('./editor-bench')).benchEditor();
await (await import('./preview-bench')).benchPreview();
await (await import('./store-bench')).runStoreBench();
await (await import('./backup-bench')).runBackupBench();
await (await import('./fuzz-bench')).runFuzzBench();

/** The notice with one paragraph of text as its organisation part's body. */
function withOrganisationBody(notice: Notice, text: string): Notice {
  return { ...notice, parts: { ...notice.parts, organisation: { ...notice.parts.organisation, body: plainList([text]) } } };
}
