import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportNoticeToFile } from '../../main/export/export-notice';
import { findLayout, loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { isStandaloneHeading } from '../../shared/document/pagination';
import { composePrinted, type PrintedNotice } from '../../shared/document/compose-printed';
import { withLayout } from '../../shared/layout/switch-layout';
import type { Notice } from '../../shared/model/notice';
import { layOutPages } from '../../shared/preview/lay-out-pages';
import type { NoticePage, PreviewPage } from '../../shared/preview/page-types';
import { DEJAVU_FALLBACK_METRICS, NAMED_FONT_METRICS } from '../../shared/preview/text-metrics';
import { lineAgreement, pageStarts, previewPages, renderedPages, type LineAgreement } from '../support/preview-compare';
import { assertRenderTools, pdfFonts, pdfLines, renderDocxFilesToPdf } from '../support/render';
import { seedNotice } from '../support/seed-notice';

/**
 * The paged preview against LibreOffice: every seed notice in every layout,
 * without and with the attached ledger, exported to .docx and rendered; the
 * preview, laid out from the same composed blocks, must come to the same
 * number of pages (one off at most) and keep the pagination rules itself.
 * The agreement on where pages and lines break is printed.
 */

const templates = loadLayoutTemplates();
const SEEDS = readdirSync(new URL('../fixtures/seeds/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

interface Case {
  name: string;
  notice: Notice;
  attachLedger: boolean;
  printed: PrintedNotice;
}

const cases: Case[] = SEEDS.flatMap((seed) =>
  templates.layouts.flatMap((layout) =>
    [false, true].map((attachLedger) => {
      // As the editor switches a notice's layout.
      const notice = withLayout(seedNotice(seed), layout.id, templates.layouts);
      const printed = composePrinted(notice, findLayout(templates, layout.id), templates, { attachLedger });
      return { name: `${seed.slice(0, 3)}-${layout.id}${attachLedger ? '-ledger' : ''}`, notice, attachLedger, printed };
    }),
  ),
);

interface Outcome {
  preview: PreviewPage[];
  rendered: ReturnType<typeof renderedPages>;
  ours: ReturnType<typeof previewPages>;
  lines: LineAgreement;
}
const outcomes = new Map<string, Outcome>();

/** Converts in a few parallel LibreOffice runs: one run per file costs a start-up each, one run for all leaves a core idle. */
async function renderAll(files: readonly string[], dir: string, batches: number): Promise<string[]> {
  const size = Math.ceil(files.length / batches);
  const groups = Array.from({ length: batches }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((g) => g.length > 0);
  return (await Promise.all(groups.map((group) => renderDocxFilesToPdf(group, dir)))).flat();
}

beforeAll(async () => {
  await assertRenderTools();
  const dir = mkdtempSync(join(tmpdir(), 'render-preview-'));
  const files = cases.map((c) => join(dir, `${c.name}.docx`));
  await Promise.all(cases.map((c, i) => exportNoticeToFile(c.notice, files[i]!, templates, { attachLedger: c.attachLedger })));
  const started = Date.now();
  const pdfs = await renderAll(files, dir, 2);
  console.info(`preview: ${files.length} files rendered in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The preview measures digits and Latin letters in the font LibreOffice really drew them in.
  const fonts = await pdfFonts(pdfs[0]!);
  const metrics = fonts.some((f) => /DejaVuSerif/i.test(f)) ? DEJAVU_FALLBACK_METRICS : NAMED_FONT_METRICS;
  for (const [i, c] of cases.entries()) {
    const preview = layOutPages(c.printed.blocks, templates.style, c.printed.ledger ?? undefined, metrics);
    const rendered = renderedPages(await pdfLines(pdfs[i]!));
    const ours = previewPages(preview);
    outcomes.set(c.name, { preview, rendered, ours, lines: lineAgreement(rendered.notice, ours.notice) });
  }
  report();
}, 300_000);

function outcome(c: Case): Outcome {
  const found = outcomes.get(c.name);
  if (!found) throw new Error(`${c.name} was not rendered`);
  return found;
}

/** The agreement figures, per case and in all, for the commit and for calibrating. */
function report(): void {
  const tally = { pagesEqual: 0, pagesOffByOne: 0, starts: 0, startsSame: 0, lines: 0, linesSame: 0, ledgerEqual: 0, ledgers: 0 };
  for (const c of cases) {
    const { rendered, ours, lines } = outcome(c);
    const starts = pageStarts(rendered.notice);
    const previewStarts = pageStarts(ours.notice);
    const sameStarts = starts.filter((s, i) => s === previewStarts[i]).length;
    const theirs = rendered.notice.length + rendered.ledgerPages;
    const mine = ours.notice.length + ours.ledgerPages;
    if (theirs === mine) tally.pagesEqual += 1;
    else if (Math.abs(theirs - mine) === 1) tally.pagesOffByOne += 1;
    tally.starts += starts.length;
    tally.startsSame += sameStarts;
    tally.lines += lines.lines;
    tally.linesSame += lines.same;
    if (c.attachLedger) {
      tally.ledgers += 1;
      if (rendered.ledgerPages === ours.ledgerPages) tally.ledgerEqual += 1;
    }
    const ledger = c.attachLedger ? `, ledger ${rendered.ledgerPages}/${ours.ledgerPages}` : '';
    console.info(
      `${c.name.padEnd(24)} pages ${theirs}/${mine} (notice ${rendered.notice.length}/${ours.notice.length}${ledger}), ` +
        `page starts ${sameStarts}/${starts.length}, lines ${lines.same}/${lines.lines}` +
        (lines.differences.length > 0 ? `\n    ${lines.differences.join('\n    ')}` : ''),
    );
  }
  console.info(
    `preview vs LibreOffice: pages equal ${tally.pagesEqual}/${cases.length}, off by one ${tally.pagesOffByOne}; ` +
      `ledger pages equal ${tally.ledgerEqual}/${tally.ledgers}; page starts ${tally.startsSame}/${tally.starts}; ` +
      `lines ${tally.linesSame}/${tally.lines}`,
  );
}

function noticePages(pages: readonly PreviewPage[]): NoticePage[] {
  return pages.filter((p): p is NoticePage => p.orientation === 'portrait');
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('comes to LibreOffice’s number of pages, or one off', () => {
    const { rendered, ours } = outcome(c);
    const theirs = rendered.notice.length + rendered.ledgerPages;
    expect(Math.abs(ours.notice.length + ours.ledgerPages - theirs)).toBeLessThanOrEqual(1);
  });

  it('ends no page on a heading standing alone, and prints the signature on a page with body text', () => {
    const pages = noticePages(outcome(c).preview);
    const blocks = c.printed.blocks;
    pages.slice(0, -1).forEach((page, index) => {
      const last = page.lines.at(-1)!;
      expect(isStandaloneHeading(blocks[last.block]!), `page ${index + 1} ends on a heading`).toBe(false);
      expect(page.lines.length).toBeLessThanOrEqual(22);
    });
    const signature = blocks.findIndex((b) => b.kind === 'signature');
    const page = pages.find((p) => p.lines.some((l) => l.block === signature))!;
    expect(page.lines.filter((l) => l.block === signature)).toHaveLength(
      pages.flatMap((p) => p.lines).filter((l) => l.block === signature).length,
    );
    expect(page.lines.some((l) => blocks[l.block]?.kind === 'paragraph' && !isStandaloneHeading(blocks[l.block]!))).toBe(true);
  });
});
