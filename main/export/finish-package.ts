import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DocumentStyle } from '../../shared/layout/style';
import { TITLE_STYLE_ID } from './build-document';

/**
 * Settings the docx library has no option for, written into its package:
 * punctuation that is never compressed (or the 28-character line breaks), and
 * the font table's substitutes so that a machine without 仿宋_GB2312 uses 仿宋.
 */
export function finishPackage(bytes: Uint8Array, style: DocumentStyle): Uint8Array {
  const files = unzipSync(bytes);
  edit(files, 'word/settings.xml', addCharacterSpacingControl);
  edit(files, 'word/styles.xml', (xml) => offOnes(titleOffGrid(xml)));
  edit(files, 'word/document.xml', offOnes);
  edit(files, 'word/fontTable.xml', (xml) => addFontSubstitutes(xml, style));
  return zipSync(files, { level: 6 });
}

function edit(files: Record<string, Uint8Array>, name: string, change: (xml: string) => string): void {
  const file = files[name];
  if (!file) throw new Error(`导出的文档缺少 ${name}`);
  files[name] = strToU8(change(strFromU8(file)));
}

/** The title style's paragraphs do not snap to the line grid. */
function titleOffGrid(xml: string): string {
  const style = new RegExp(`(<w:style [^>]*w:styleId="${TITLE_STYLE_ID}"[^>]*>)([\\s\\S]*?)(</w:style>)`);
  return xml.replace(style, (_, open: string, body: string, close: string) => {
    const pPr = '<w:pPr><w:snapToGrid w:val="0"/></w:pPr>';
    const withPPr = body.includes('<w:pPr>') ? body.replace('<w:pPr>', '<w:pPr><w:snapToGrid w:val="0"/>') : body.replace(/(<w:rPr>|$)/, `${pPr}$1`);
    return open + withPPr + close;
  });
}

/** Widow control written as FORMAT.md gives it, `w:val="0"`, which every reader takes as off. */
function offOnes(xml: string): string {
  return xml.replace(/<w:widowControl w:val="false"\/>/g, '<w:widowControl w:val="0"/>');
}

function addCharacterSpacingControl(xml: string): string {
  if (xml.includes('w:characterSpacingControl')) return xml;
  // CT_Settings puts characterSpacingControl before compat; keep the schema's order for Word.
  const element = '<w:characterSpacingControl w:val="doNotCompress"/>';
  return xml.includes('<w:compat>') ? xml.replace('<w:compat>', `${element}<w:compat>`) : xml.replace('</w:settings>', `${element}</w:settings>`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** One font-table entry per font used and per fallback, each with the next fallback as its substitute. */
function addFontSubstitutes(xml: string, style: DocumentStyle): string {
  const entries = new Map<string, string | undefined>();
  // Each fallback names the next, so a reader that follows substitutes walks the chain (方正小标宋简体 → 华文中宋 → 宋体).
  for (const font of Object.values(style.fonts)) {
    [font.name, ...font.fallbacks].forEach((name, i, chain) => {
      if (!entries.has(name)) entries.set(name, chain[i + 1]);
    });
  }
  entries.set(style.latinFont, undefined);
  const body = [...entries]
    .map(([name, substitute]) => {
      const alt = substitute ? `<w:altName w:val="${escapeAttribute(substitute)}"/>` : '';
      const charset = name === style.latinFont ? '00' : '86'; // 86: GB2312
      return `<w:font w:name="${escapeAttribute(name)}">${alt}<w:charset w:val="${charset}"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
    })
    .join('');
  if (xml.includes('</w:fonts>')) return xml.replace('</w:fonts>', `${body}</w:fonts>`);
  return xml.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${body}</w:fonts>`);
}
