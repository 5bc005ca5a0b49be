import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { Enumeration, Paragraph, TextLeaf } from '../../shared/model/rich-text';

/**
 * The editor's nodes are the model's own rich text: a paragraph element and
 * text leaves with an optional bold mark. What Slate holds is therefore
 * what is saved, with no conversion in between.
 *
 * `undo` and `redo` are the notice's one history (notice-history.ts), not
 * the field's: slate-react calls them for Ctrl+Z, Ctrl+Y and the browser's
 * own undo command.
 */
export type RichEditor = BaseEditor & ReactEditor & { undo(): void; redo(): void } & FieldNumbering;

/** What a field tells its editor about itself. */
export interface FieldNumbering {
  /**
   * How the field numbers its paragraphs on screen (RichTextField sets it on
   * every render); paste reads it to drop typed enumerators. Unset: 不编号.
   */
  numbering?: Enumeration;
}

declare module 'slate' {
  interface CustomTypes {
    Editor: RichEditor;
    Element: Paragraph;
    Text: TextLeaf;
  }
}
