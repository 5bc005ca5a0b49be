import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportNoticeToFile } from '../../main/export/export-notice';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import {
  assertRenderTools,
  countBodyLines,
  lineLength,
  pageNumberOf,
  pdfLines,
  pdfPages,
  pdfToPngs,
  projectRoot,
  renderDocxToPdf,
  type PdfLine,
  type PdfPageLines,
} from '../support/render';
import { sampleNotice } from '../support/sample-notice';

/** The text block in PDF points: left margin 28 mm, right margin 26 mm of a 210 mm page. */
const BLOCK_LEFT = 1588 / 20;
const BLOCK_RIGHT = (11906 - 1474) / 20;
const CHARACTER = 15.75; // 16 pt less the quarter point of character spacing
const CLOSING_PUNCTUATION = /[，。、；：？！”’）》」』〕]$/u;

let pages: string[];
let boxes: PdfPageLines[];

beforeAll(async () => {
  await assertRenderTools();
  const dir = mkdtempSync(join(tmpdir(), 'render-notice-'));
  const docx = join(dir, 'notice.docx');
  const templates = loadLayoutTemplates();
  await exportNoticeToFile(sampleNotice(templates, 'duizhao', 2, 2), docx, templates);
  const pdf = await renderDocxToPdf(docx, dir);
  pages = await pdfPages(pdf);
  boxes = await pdfLines(pdf);
  // Saved for a person to look at; not committed.
  const artifacts = join(projectRoot, 'tests', 'artifacts', 'render');
  mkdirSync(artifacts, { recursive: true });
  await pdfToPngs(pdf, artifacts, 60);
});

/** Body lines of a page, footer left out, with their boxes. */
function textLines(page: PdfPageLines): PdfLine[] {
  return page.lines.filter((line) => pageNumberOf(line.text) === null);
}

describe('a six-page notice rendered by LibreOffice', () => {
  it('has six pages', () => {
    expect(pages.filter((p) => p.trim() !== '')).toHaveLength(6);
  });

  it('has 22 lines on every full page', () => {
    // The first page's blank line under the title takes a line of the grid but prints nothing.
    expect(countBodyLines(pages[0]!)).toBe(21);
    for (const page of pages.slice(1, 5)) expect(countBodyLines(page)).toBe(22);
  });

  it('holds 28 characters on every full line of Chinese text', () => {
    // One list across pages: the line after a page's last is the next page's first.
    const lines = boxes.slice(0, 6).flatMap(textLines);
    let checked = 0;
    lines.forEach((line, index) => {
      const reachesRight = line.xMax >= BLOCK_RIGHT - CHARACTER / 2;
      // Lines with digits or Latin letters are measured in half-width units elsewhere.
      if (!reachesRight || /[0-9A-Za-z]/.test(line.text)) return;
      const indent = Math.round((line.xMin - BLOCK_LEFT) / CHARACTER);
      let count = lineLength(line.text);
      // Word and LibreOffice let a closing mark hang past the margin; it is not in the block.
      if (line.xMax > BLOCK_RIGHT + 2) {
        expect(line.text, 'only closing punctuation may hang in the margin').toMatch(CLOSING_PUNCTUATION);
        count -= 1;
      }
      // 避头尾: a closing mark may not start a line, so the character before it moves down with it
      // and this line is spread over the full width with one or two characters fewer.
      const next = lines[index + 1]?.text.replace(/\s/g, '') ?? '';
      const keptTogether = /^.{1,2}[”’）》」』〕，。、；：？！]/u.test(next) || /[“‘（《「『〔]$/u.test(line.text);
      if (keptTogether && indent + count >= 26 && indent + count < 28) return;
      expect(indent + count, `${line.text} (indent ${indent})`).toBe(28);
      checked++;
    });
    expect(checked).toBeGreaterThan(60);
  });

  it('numbers the pages — 1 —, — 2 — … odd on the right, even on the left', () => {
    boxes.slice(0, 6).forEach((page, index) => {
      const number = page.lines.find((line) => pageNumberOf(line.text) !== null)!;
      expect(pageNumberOf(number.text)).toBe(index + 1);
      expect(number.text.replace(/\s/g, '')).toBe(`—${index + 1}—`);
      if ((index + 1) % 2 === 1) expect(number.xMax).toBeCloseTo(BLOCK_RIGHT - 14, 0);
      else expect(number.xMin).toBeCloseTo(BLOCK_LEFT + 14, 0);
      // About 7 mm (19.8 pt) below the text block, which ends 35 mm above the page's bottom edge.
      const blockBottom = page.height - 1984 / 20;
      expect(number.yMin - blockBottom).toBeGreaterThan(14);
      expect(number.yMin - blockBottom).toBeLessThan(26);
    });
  });
});
