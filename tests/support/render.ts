/**
 * Test support: render a .docx the way a person would see it (LibreOffice → PDF),
 * then read the PDF back as text, line boxes or PNG images.
 *
 * Needs, on Debian: libreoffice-writer-nogui (soffice) and libreoffice-calc-nogui (for .xlsx), poppler-utils
 * (pdftotext, pdftoppm, pdffonts), fonts-noto-cjk and fonts-arphic-ukai (the free
 * fonts that ../shared/tools/fonts.conf maps the official-document font names onto).
 *
 * Counting characters in `pdftotext -layout` output
 * -------------------------------------------------
 * `-layout` rebuilds each text line on a fixed-pitch character grid, so the
 * ASCII spaces in its output are positions, not characters of the document:
 *  - leading spaces stand for an indent, and their number depends on the pitch
 *    pdftotext picked for the page (the same 2-character first-line indent came
 *    out as 3 spaces in one PDF and 2 in another), so an indent cannot be read
 *    from them (use `pdfLines` and the x coordinates instead);
 *  - LibreOffice puts a gap between Chinese text and digits/Latin letters
 *    (Word's autoSpaceDE/autoSpaceDN, on by default), and pdftotext writes that
 *    gap as a space: "截至2020年" comes back as "截至 2020 年";
 *  - the em dashes of the footer lose their spaces the other way round:
 *    "— 1 —" comes back as "—1—".
 * A notice's body text has no half-width spaces of its own between Chinese
 * characters, so `lineLength` drops every ASCII space/tab/NBSP and counts what
 * is left, one per character (U+3000, the full-width ideographic space, is a
 * real character in Chinese text and is kept). `lineWidth` measures the same
 * text in grid cells instead: full-width characters 1, half-width 0.5.
 *
 * LibreOffice (7.4) also hangs closing punctuation (，。、 …) into the right
 * margin rather than start a line with it, so a full line of 28 cells can show
 * as 29 characters whose last one is punctuation; `pdfLines` gives each line's
 * xMax so a test can tell a hanging mark from an overfull line.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project root (this file is tests/support/render.ts). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Maps 仿宋_GB2312, 方正小标宋简体 … onto free CJK fonts for render checks. */
export const fontsConfPath = path.resolve(projectRoot, '..', 'shared', 'tools', 'fonts.conf');

/** The Debian packages the render checks need. */
export const RENDER_PACKAGES = [
  'libreoffice-writer-nogui',
  // Calc, for the .xlsx ledger (soffice starts without it, but cannot load a workbook).
  'libreoffice-calc-nogui',
  'poppler-utils',
  'fonts-noto-cjk',
  'fonts-arphic-ukai',
] as const;

const INSTALL_HINT = `apt-get install -y ${RENDER_PACKAGES.join(' ')}`;

/** Which Debian package provides each command the helpers run. */
const TOOLS: ReadonlyArray<{ cmd: string; args: string[]; pkg: string }> = [
  { cmd: 'soffice', args: ['--version'], pkg: 'libreoffice-writer-nogui' },
  { cmd: 'pdftotext', args: ['-v'], pkg: 'poppler-utils' },
  { cmd: 'pdftoppm', args: ['-v'], pkg: 'poppler-utils' },
  { cmd: 'pdffonts', args: ['-v'], pkg: 'poppler-utils' },
];

interface RunResult {
  stdout: string;
  stderr: string;
}

class CommandError extends Error {
  constructor(
    message: string,
    readonly code: string | number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/** Runs a command without a shell; rejects on a non-zero exit, a signal or a spawn failure. */
function run(cmd: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code ?? null;
          reject(new CommandError(`${cmd} ${args.join(' ')} failed: ${error.message}${stderr ? `\n${stderr}` : ''}`, code, stdout, stderr));
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
  });
}

/** True if `cmd` can be started (any exit status counts: only "not found" does not). */
async function canStart(cmd: string, args: readonly string[]): Promise<boolean> {
  try {
    await run(cmd, args, { timeoutMs: 60_000 });
    return true;
  } catch (e) {
    return !(e instanceof CommandError && e.code === 'ENOENT');
  }
}

/**
 * The render commands that cannot be started here, each with its Debian package,
 * e.g. `['soffice (libreoffice-writer-nogui)']`. Empty when everything is there.
 */
export async function missingRenderTools(): Promise<string[]> {
  const missing: string[] = [];
  for (const tool of TOOLS) {
    if (!(await canStart(tool.cmd, tool.args))) missing.push(`${tool.cmd} (${tool.pkg})`);
  }
  return missing;
}

let toolsChecked: Promise<void> | undefined;

/**
 * Throws a clear error if soffice, the poppler tools, fonts.conf or the CJK fonts
 * it maps to are missing. The check runs once per process; later calls reuse it.
 */
export function assertRenderTools(): Promise<void> {
  toolsChecked ??= (async () => {
    const missing = await missingRenderTools();
    if (missing.length > 0) {
      throw new Error(
        `Render checks need ${missing.join(', ')}, which cannot be started on this machine. ` + `Install them with: ${INSTALL_HINT}`,
      );
    }
    if (!existsSync(fontsConfPath)) {
      throw new Error(`Render checks need the font mapping ${fontsConfPath} (FONTCONFIG_FILE for soffice); it does not exist.`);
    }
    // The body font must resolve to a real CJK font, or every count is off.
    // fc-match comes with fontconfig, which LibreOffice depends on.
    try {
      const { stdout } = await run('fc-match', ['-f', '%{family}', '仿宋_GB2312'], {
        env: { ...process.env, FONTCONFIG_FILE: fontsConfPath },
      });
      if (!/CJK|UKai/i.test(stdout)) {
        throw new Error(
          `fonts.conf maps 仿宋_GB2312 to "${stdout}", not a CJK font: the CJK fonts are missing. ` + `Install them with: ${INSTALL_HINT}`,
        );
      }
    } catch (e) {
      if (e instanceof CommandError && e.code === 'ENOENT') {
        throw new Error(`Render checks need fc-match (fontconfig). Install with: ${INSTALL_HINT}`);
      }
      throw e;
    }
  })();
  // Do not cache a failure forever: a later call may come after an install.
  toolsChecked.catch(() => {
    toolsChecked = undefined;
  });
  return toolsChecked;
}

/**
 * Converts a .docx to PDF with LibreOffice and returns the PDF's path
 * (`outDir/<docx name>.pdf`). See renderDocxFilesToPdf.
 */
export async function renderDocxToPdf(docxPath: string, outDir: string): Promise<string> {
  const [pdf] = await renderDocxFilesToPdf([docxPath], outDir);
  return pdf!;
}

/**
 * Converts several .docx files to PDF in one LibreOffice run and returns the
 * PDFs' paths in the same order (`outDir/<docx name>.pdf`): starting soffice
 * costs about as much as converting a notice, so a batch of 18 files takes
 * about 3 s where 18 runs take a minute. The names must differ, since the
 * PDFs share outDir.
 *
 * Each call gets its own LibreOffice user profile in a fresh temporary
 * directory, so conversions can run in parallel (one profile can only be used
 * by one soffice process), and removes it afterwards. soffice exits 0 even when
 * it cannot load a file ("Error: source file could not be loaded" on stderr),
 * so each PDF's existence is the check; a PDF left by an earlier run is removed
 * first so it cannot pass for this one. Note that soffice imports a file it does
 * not recognise (an empty file, plain text) as text and does write a PDF.
 */
export async function renderDocxFilesToPdf(docxPaths: readonly string[], outDir: string): Promise<string[]> {
  await assertRenderTools();
  const sources = docxPaths.map((p) => path.resolve(p));
  for (const source of sources) if (!existsSync(source)) throw new Error(`renderDocxToPdf: ${source} does not exist`);
  const out = path.resolve(outDir);
  const pdfPaths = sources.map((source) => path.join(out, `${path.basename(source, path.extname(source))}.pdf`));
  const duplicate = pdfPaths.find((p, i) => pdfPaths.indexOf(p) !== i);
  if (duplicate) throw new Error(`renderDocxFilesToPdf: two files would both become ${duplicate}`);
  await mkdir(out, { recursive: true });
  for (const pdfPath of pdfPaths) await rm(pdfPath, { force: true });

  const profile = await mkdtemp(path.join(os.tmpdir(), 'lo-profile-'));
  let result: RunResult | undefined;
  let failure: unknown;
  try {
    result = await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...sources,
      ],
      { env: { ...process.env, FONTCONFIG_FILE: fontsConfPath }, timeoutMs: 180_000 + 20_000 * sources.length },
    );
  } catch (e) {
    failure = e;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }

  const missing = pdfPaths.findIndex((p) => !existsSync(p));
  if (missing !== -1) {
    const detail =
      failure instanceof Error
        ? failure.message
        : `soffice exited 0; stdout: ${result?.stdout.trim() ?? ''}; stderr: ${result?.stderr.trim() ?? ''}`;
    throw new Error(`LibreOffice did not produce ${pdfPaths[missing]} from ${sources[missing]}: ${detail}`);
  }
  return pdfPaths;
}

/**
 * The text of each page, from `pdftotext -layout`. pdftotext ends every page
 * with a form feed; the empty piece after the last one is dropped, so the array
 * has one entry per page (an empty page gives an empty string).
 */
export async function pdfPages(pdfPath: string): Promise<string[]> {
  await assertRenderTools();
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-']);
  const pages = stdout.split('\f');
  if (pages.length > 0 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/**
 * The footer's page number as pdftotext gives it: "— N —" (an em dash, a space,
 * the number, a space, an em dash), with or without the spaces, which pdftotext
 * usually drops. U+2015 and hyphen-like dashes are accepted too, so that a wrong
 * dash shows up as a wrong dash in a test rather than as an extra body line.
 */
export const PAGE_NUMBER_LINE = /^\s*[—―–-]{1,2}\s*(\d+)\s*[—―–-]{1,2}\s*$/;

/** The page number in a page's footer line, or null when the page has none. */
export function pageNumberOf(pageText: string): number | null {
  for (const line of pageText.split('\n')) {
    const m = PAGE_NUMBER_LINE.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The text lines of a page (one `pdfPages` entry): every non-blank line except
 * the footer's page number line, right-trimmed, leading spaces kept.
 */
export function bodyLines(pageText: string): string[] {
  return pageText
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .filter((line) => line.replace(/[ \t\u00a0]/g, '') !== '' && !PAGE_NUMBER_LINE.test(line));
}

/** The number of text lines on a page, footer page number excluded. */
export function countBodyLines(pageText: string): number {
  return bodyLines(pageText).length;
}

/** ASCII whitespace and NBSP: layout positions in pdftotext output, not characters. */
const LAYOUT_SPACE = /[ \t\r\n\f\v\u00a0]/g;

/**
 * The number of characters in a line as a reader counts them: every character
 * 1 (Chinese characters, full-width punctuation, and also each half-width digit
 * or letter), with the spaces pdftotext inserts for layout removed (see the
 * comment at the top of this file). Counts code points, so a character outside
 * the BMP counts once.
 */
export function lineLength(line: string): number {
  return Array.from(line.replace(LAYOUT_SPACE, '')).length;
}

/**
 * Characters drawn full width in a Chinese font: Han characters, CJK symbols and
 * punctuation, full-width forms, kana, Hangul, and the “ ” ‘ ’ — … · that the
 * documents' w:hint="eastAsia" sends to the Chinese font.
 */
const FULL_WIDTH =
  /[\p{Script=Han}\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff\uac00-\ud7af\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6\u201c\u201d\u2018\u2019\u2014\u2015\u2026\u00b7]/u;

/**
 * A line's width in grid cells: full-width characters 1, half-width ones
 * (digits, Latin letters, ASCII punctuation) 0.5, layout spaces nothing.
 * GB/T 9704 counts a half-width digit as half a character.
 */
export function lineWidth(line: string): number {
  let width = 0;
  for (const ch of line.replace(LAYOUT_SPACE, '')) width += FULL_WIDTH.test(ch) ? 1 : 0.5;
  return width;
}

/** A text line of a PDF page with its box, in PDF points from the top-left corner. */
export interface PdfLine {
  /** The line's words joined by single spaces. */
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** A PDF page's size (points) and its text lines, top to bottom, then left to right. */
export interface PdfPageLines {
  width: number;
  height: number;
  lines: PdfLine[];
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function numberAttr(attrs: string, name: string): number {
  const m = new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attrs);
  if (!m) throw new Error(`pdftotext -bbox-layout output lacks ${name} in <${attrs}>`);
  return Number(m[1]);
}

/** A word of a PDF page (a run of text without spaces) with its box, in PDF points from the top-left corner. */
export interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** A PDF page's size (points) and its words, top to bottom, then left to right. */
export interface PdfPageWords {
  width: number;
  height: number;
  words: PdfWord[];
}

function box(attrs: string): Omit<PdfWord, 'text'> {
  return {
    xMin: numberAttr(attrs, 'xMin'),
    xMax: numberAttr(attrs, 'xMax'),
    yMin: numberAttr(attrs, 'yMin'),
    yMax: numberAttr(attrs, 'yMax'),
  };
}

/** The pages of `pdftotext -bbox-layout` output, each line with its box and its words'. */
function parseBboxPages(xhtml: string): { width: number; height: number; lines: (PdfLine & { words: PdfWord[] })[] }[] {
  const pages: { width: number; height: number; lines: (PdfLine & { words: PdfWord[] })[] }[] = [];
  const pageRe = /<page\b([^>]*)>([\s\S]*?)<\/page>/g;
  for (let page = pageRe.exec(xhtml); page; page = pageRe.exec(xhtml)) {
    const lines: (PdfLine & { words: PdfWord[] })[] = [];
    const lineRe = /<line\b([^>]*)>([\s\S]*?)<\/line>/g;
    for (let line = lineRe.exec(page[2]!); line; line = lineRe.exec(page[2]!)) {
      const words: PdfWord[] = [];
      const wordRe = /<word\b([^>]*)>([\s\S]*?)<\/word>/g;
      for (let word = wordRe.exec(line[2]!); word; word = wordRe.exec(line[2]!)) {
        words.push({ text: decodeXml(word[2]!), ...box(word[1]!) });
      }
      lines.push({ text: words.map((w) => w.text).join(' '), ...box(line[1]!), words });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ width: numberAttr(page[1]!, 'width'), height: numberAttr(page[1]!, 'height'), lines });
  }
  return pages;
}

/**
 * Parses `pdftotext -bbox-layout` output (XHTML) into pages of line boxes.
 * Exported for tests; use `pdfLines` on a PDF.
 */
export function parseBboxLayout(xhtml: string): PdfPageLines[] {
  return parseBboxPages(xhtml).map(({ width, height, lines }) => ({
    width,
    height,
    lines: lines.map(({ text, xMin, xMax, yMin, yMax }) => ({ text, xMin, xMax, yMin, yMax })),
  }));
}

/**
 * Parses `pdftotext -bbox-layout` output (XHTML) into pages of word boxes.
 * Exported for tests; use `pdfWords` on a PDF.
 */
export function parseBboxWords(xhtml: string): PdfPageWords[] {
  return parseBboxPages(xhtml).map(({ width, height, lines }) => ({
    width,
    height,
    words: lines.flatMap((line) => line.words).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin),
  }));
}

/**
 * Each page's text lines with their boxes (`pdftotext -bbox-layout`), for what
 * plain text cannot show: indents (xMin), right/left alignment of the footers,
 * line pitch (yMin steps), punctuation hanging past the right margin (xMax).
 * 1 pt = 20 twips; the left margin of 1588 twips is x = 79.4 pt.
 * A line that pdftotext sees as widely spaced words may come back split into
 * several boxes at the same y.
 */
export async function pdfLines(pdfPath: string): Promise<PdfPageLines[]> {
  await assertRenderTools();
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdfPath, '-']);
  return parseBboxLayout(stdout);
}

/**
 * The names of the fonts embedded in a PDF (`pdffonts`), subset prefixes
 * removed, e.g. "NotoSerifCJKsc-Regular": shows which real font fonts.conf
 * substituted for each font name of the document.
 */
export async function pdfFonts(pdfPath: string): Promise<string[]> {
  await assertRenderTools();
  const { stdout } = await run('pdffonts', [pdfPath]);
  const names = stdout
    .split('\n')
    .slice(2) // header and ---- ruler
    .map((row) => row.trim().split(/\s+/)[0] ?? '')
    .filter((name) => name !== '')
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
  return [...new Set(names)];
}

/**
 * Renders each page of a PDF as a PNG (`pdftoppm -r dpi -png`) into outDir and
 * returns the files in page order. Images of an earlier run of the same PDF in
 * outDir are removed first.
 */
export async function pdfToPngs(pdfPath: string, outDir: string, dpi = 60): Promise<string[]> {
  await assertRenderTools();
  const out = path.resolve(outDir);
  await mkdir(out, { recursive: true });
  const base = path.basename(pdfPath, path.extname(pdfPath));
  // pdftoppm names pages <prefix>-<n>.png, n zero-padded to the page count's width.
  const ours = (name: string) => name.startsWith(`${base}-`) && /^\d+\.png$/.test(name.slice(base.length + 1));
  for (const name of await readdir(out)) if (ours(name)) await rm(path.join(out, name), { force: true });

  await run('pdftoppm', ['-r', String(dpi), '-png', pdfPath, path.join(out, base)], { timeoutMs: 120_000 });

  return (await readdir(out))
    .filter(ours)
    .sort((a, b) => Number(a.slice(base.length + 1, -4)) - Number(b.slice(base.length + 1, -4)))
    .map((name) => path.join(out, name));
}

/**
 * Each page's words with their boxes (`pdftotext -bbox-layout`), for what
 * line boxes merge: pdftotext joins the cells of a table row that sit at the
 * same height into one line, so a column's text is found word by word.
 * Words are split at spaces, and LibreOffice's gap between Chinese and digits
 * reads as one: 2021年6月30日 comes back as six words.
 */
export async function pdfWords(pdfPath: string): Promise<PdfPageWords[]> {
  await assertRenderTools();
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdfPath, '-']);
  return parseBboxWords(stdout);
}
