import type { DocumentStyle } from '../../shared/layout/style';
import { stripForbiddenCharacters } from '../../shared/text/sanitize';

/**
 * The package parts written whole rather than through the docx library's
 * options: the styles (every style declared once, from templates/style.json),
 * the settings the library has no option for, and the font table with each
 * font's fallback. Each is a complete, small XML document.
 */

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The paragraph style of the title lines. */
export const TITLE_STYLE_ID = 'NoticeTitle';
/** The paragraph style of the ledger's table text. */
export const LEDGER_STYLE_ID = 'LedgerText';

/** A value escaped for an attribute or text, and without the characters XML forbids, which no escape can carry. */
export function escapeXml(value: string): string {
  return stripForbiddenCharacters(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fonts(eastAsia: string, style: DocumentStyle): string {
  const latin = escapeXml(style.latinFont);
  return `<w:rFonts w:ascii="${latin}" w:eastAsia="${escapeXml(eastAsia)}" w:hAnsi="${latin}" w:cs="${latin}" w:hint="eastAsia"/>`;
}

/**
 * Defaults every paragraph takes: body font and size on the 579-twip line,
 * widow control off (it moves lines to the next page and breaks the 22-line
 * page), nothing kept with the next paragraph but what the composed blocks
 * mark (shared/document/pagination.ts: headings standing alone, the ending
 * down to the signature), Chinese line-breaking rules (避头尾) on.
 */
export function stylesXml(style: DocumentStyle): string {
  const body = style.sizes.body;
  const title = style.sizes.title;
  return (
    DECLARATION +
    `<w:styles xmlns:w="${W_NAMESPACE}">` +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${fonts(style.fonts.body.name, style)}<w:spacing w:val="${style.characterSpacing}"/>` +
    `<w:sz w:val="${body}"/><w:szCs w:val="${body}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl w:val="0"/><w:kinsoku w:val="1"/>' +
    `<w:spacing w:before="0" w:after="0" w:line="${style.page.linePitch}" w:lineRule="exact"/></w:pPr></w:pPrDefault>` +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    // 2号 type is taller than a grid line and would take two; off the grid, the
    // exact spacing keeps each title line to one line of the 22.
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${TITLE_STYLE_ID}"><w:name w:val="公文标题"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr>${fonts(style.fonts.title.name, style)}<w:spacing w:val="0"/><w:sz w:val="${title}"/><w:szCs w:val="${title}"/></w:rPr></w:style>` +
    // Table text keeps single spacing: off the 579-twip line grid, no first-line indent.
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${LEDGER_STYLE_ID}"><w:name w:val="台账表格"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0" w:firstLineChars="0"/></w:pPr>` +
    `<w:rPr>${fonts(style.fonts.table.name, style)}<w:spacing w:val="0"/><w:sz w:val="${style.sizes.table}"/><w:szCs w:val="${style.sizes.table}"/></w:rPr></w:style>` +
    '</w:styles>'
  );
}

/**
 * Odd and even footers, punctuation never compressed (or the 28-character
 * line breaks), Word 2013+ layout.
 */
export function settingsXml(): string {
  return (
    DECLARATION +
    `<w:settings xmlns:w="${W_NAMESPACE}">` +
    '<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}

/**
 * One entry per font and per fallback, each naming the next fallback as its
 * substitute, so a machine without 方正小标宋简体 uses 华文中宋, then 宋体.
 */
export function fontTableXml(style: DocumentStyle): string {
  const entries = new Map<string, string | undefined>();
  for (const font of Object.values(style.fonts)) {
    [font.name, ...font.fallbacks].forEach((name, i, chain) => {
      if (!entries.has(name)) entries.set(name, chain[i + 1]);
    });
  }
  entries.set(style.latinFont, undefined);
  const body = [...entries]
    .map(([name, substitute]) => {
      const alt = substitute ? `<w:altName w:val="${escapeXml(substitute)}"/>` : '';
      const charset = name === style.latinFont ? '00' : '86'; // 86: GB2312
      return `<w:font w:name="${escapeXml(name)}">${alt}<w:charset w:val="${charset}"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
    })
    .join('');
  return `${DECLARATION}<w:fonts xmlns:w="${W_NAMESPACE}">${body}</w:fonts>`;
}

/** The parts in the form the docx Packer takes as overrides. */
export function packageOverrides(style: DocumentStyle): { path: string; data: string }[] {
  return [
    { path: 'word/settings.xml', data: settingsXml() },
    { path: 'word/fontTable.xml', data: fontTableXml(style) },
  ];
}
