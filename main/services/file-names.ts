/**
 * Every file system the users' machines have takes a name of this many bytes
 * in UTF-8 (Linux and most others count 255 bytes, not characters: 80 Chinese
 * characters are 240) and Windows 255 UTF-16 units; the budget stays well
 * inside both, with room for a suffix and a copy number (… (2).docx).
 */
const MAX_NAME_BYTES = 180;

/** Characters no file system or Windows allows in a name, control characters and unpaired surrogates among them. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Names Windows keeps for devices, with or without an extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/iu;

/**
 * A file name made from a notice's title: no white space, none of the
 * characters any file system refuses, and short enough that saving never
 * fails on the name alone (a long title keeps its beginning, cut between
 * characters, never inside one).
 */
export function safeFileName(title: string, suffix: string): string {
  const cleaned = title
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, '')
    .replace(FORBIDDEN, '_')
    .replace(/^[._]+|[. ]+$/gu, '');
  const budget = MAX_NAME_BYTES - utf8Length(suffix);
  let stem = '';
  for (const character of cleaned) {
    if (utf8Length(stem) + utf8Length(character) > budget) break;
    stem += character;
  }
  stem = stem.replace(/[. ]+$/u, '');
  if (stem === '' || RESERVED.test(stem)) stem = stem === '' ? '通报' : `${stem}_`;
  return `${stem}${suffix}`;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
