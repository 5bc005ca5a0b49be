/**
 * Characters XML 1.0 forbids (C0 controls but tab/newline/return, U+FFFE,
 * U+FFFF, lone surrogates). The docx library passes some of them through and
 * the file then will not open, so every text is cleaned before export.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Every character FORBIDDEN can match, and every surrogate, paired or not: a
 * plain class, tested many times faster than FORBIDDEN's lookarounds, so
 * that text with none of them (nearly all) is passed over. Every save checks
 * every text of the notice.
 */
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/;

function withoutForbidden(text: string): string {
  return MAYBE_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text;
}

/** Text that can stand inside one paragraph of a document: no forbidden or layout control characters. */
export function sanitizeText(text: string): string {
  // Tabs and line breaks inside a paragraph come from pasted text; a paragraph
  // is one line of flow, so they become plain spaces.
  return withoutForbidden(text).replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

/**
 * Text as it is stored: the characters XML forbids removed and everything
 * else kept, line breaks the user chose (a title's) and tabs included.
 */
export function stripForbiddenCharacters(text: string): string {
  return withoutForbidden(text);
}

/**
 * A font name as a document can name it: no forbidden, control or invisible
 * characters (a name is one line; Word and WPS match it character for
 * character), no surrounding spaces.
 */
export function cleanFontName(name: string): string {
  return withoutForbidden(name)
    .replace(/[\t\r\n\u0080-\u009F\u2028\u2029\u200B-\u200D\u2060\uFEFF\u00AD]/gu, '')
    .trim();
}

/** True when sanitizeText would change the text. */
export function hasForbiddenCharacters(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.test(text) || /[\t\r\n\u2028\u2029]/.test(text);
}
