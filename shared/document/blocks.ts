import type { Role } from '../layout/layout';

/** The font a run takes: the title's, or a heading level's, or the body's. */
export type RunRole = Role | 'title';

export interface DocRun {
  text: string;
  role: RunRole;
  bold?: boolean;
}

/**
 * Pagination, decided once in shared/document/pagination.ts so the export and
 * any paged preview break pages the same way.
 */
export interface Keeps {
  /** This block never ends a page: its last line goes with the next block's first. */
  keepWithNext?: boolean;
  /** This block's lines never part across a page break. */
  keepTogether?: boolean;
}

/**
 * Where a block comes from, as the editor selects it to show it: the
 * metadata form (META_SELECTION), a part (partSelection) or a checklist node's
 * id (an item's sub-items are shown with their item). The paged preview links
 * its paragraphs to the editor by it; the .docx writer ignores it.
 */
export interface Sourced {
  source?: string;
  /**
   * The paragraph of a rich field the block prints, as the editor names it:
   * `<field key>#<index>` (richFieldKey and the paragraph's index in its
   * list), so the preview can mark the paragraph being edited. Unset for
   * generated text (the title, a lead standing alone).
   */
  paragraph?: string;
}

/**
 * A notice composed for print, independent of any file format: what the
 * .docx writer turns into paragraphs, what the paged preview draws, and what
 * tests read back as text.
 */
export type DocBlock =
  | ({ kind: 'title'; lines: string[] } & Sourced)
  | ({ kind: 'blank' } & Keeps)
  /** A paragraph of the body: justified, first line indented two characters. */
  | ({
      kind: 'paragraph';
      runs: DocRun[];
      /** A heading of the notice's structure standing as its own paragraph: a part, a group, an entry's head. */
      heading?: boolean;
    } & Keeps &
      Sourced)
  | ({ kind: 'signature'; organisation: string; date: string; sealed: boolean } & Keeps & Sourced);

/** Plain text of a paragraph block. */
export function blockText(block: DocBlock): string {
  switch (block.kind) {
    case 'title':
      return block.lines.join('');
    case 'blank':
      return '';
    case 'paragraph':
      return block.runs.map((r) => r.text).join('');
    case 'signature':
      return `${block.organisation}${block.date}`;
  }
}
