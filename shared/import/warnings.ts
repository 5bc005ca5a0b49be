/**
 * What the importer could not do by itself, for the user to check before
 * saving. Each warning points at the source line it is about.
 */
export const IMPORT_WARNING_KINDS = [
  /** A paragraph the importer could not place in the notice. */
  'unplaced',
  /** An item with no measures. */
  'noMeasures',
  /** A date that could not be read. */
  'badDate',
  /** A part of the notice not found (title, opening, closing, signature …). */
  'missingPart',
  /** Numbering that skips or repeats. */
  'numbering',
  /** A structure the model cannot hold as it is (groups nested too deep …). */
  'structure',
  /** The text as a whole was changed before it was read (Traditional characters made Simplified). */
  'converted',
] as const;
export type ImportWarningKind = (typeof IMPORT_WARNING_KINDS)[number];

export interface ImportWarning {
  kind: ImportWarningKind;
  /** Simplified Chinese, for the user. */
  message: string;
  /** Source line (or .docx paragraph) it is about; null when it is about the whole document. */
  line: number | null;
  /** The start of the paragraph concerned, to recognise it by. */
  excerpt: string;
}

/** Collects warnings in source order. */
export class WarningList {
  private readonly list: ImportWarning[] = [];

  add(kind: ImportWarningKind, message: string, line: number | null = null, text = ''): void {
    this.list.push({ kind, message, line, excerpt: excerpt(text) });
  }

  /** Sorted by line; warnings about the whole document first. */
  all(): ImportWarning[] {
    return [...this.list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
}

function excerpt(text: string): string {
  // Only the start is spread into characters: a paragraph may be megabytes long.
  const chars = Array.from(text.trim().slice(0, 64));
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : chars.join('');
}
