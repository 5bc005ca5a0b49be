import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { Paragraph, TextLeaf } from '../../shared/model/rich-text';

/**
 * The editor's nodes are the model's own rich text: a paragraph element and
 * text leaves with an optional bold mark. What Slate holds is therefore
 * what is saved, with no conversion in between.
 */
export type RichEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: RichEditor;
    Element: Paragraph;
    Text: TextLeaf;
  }
}
