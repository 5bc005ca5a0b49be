/**
 * What the importer reads: the lines of a document as the file holds them,
 * each with the number a user can look up (a line of a text file, a
 * paragraph of a .docx). Decoding files into this shape is main/import's job.
 */
export interface SourceLine {
  text: string;
  /** 1-based line (text) or paragraph (.docx) number. */
  line: number;
}

export interface SourceDocument {
  lines: SourceLine[];
  /** What `line` counts, so messages can say 第 12 行 or 第 12 段. */
  unit: 'line' | 'paragraph';
}

/** Splits plain text into source lines (CRLF, LF, CR and Unicode line separators). */
export function sourceFromText(text: string): SourceDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|[\n\r\u2028\u2029\u0085]/u);
  return { lines: lines.map((t, i) => ({ text: t, line: i + 1 })), unit: 'line' };
}

/** How a warning's place is said to the user: 第 12 行 / 第 12 段. */
export function describePlace(line: number, unit: SourceDocument['unit']): string {
  return `第 ${line} ${unit === 'line' ? '行' : '段'}`;
}
