import { Editor, Range, Transforms } from 'slate';
import type { Paragraph, TextLeaf } from '../../shared/model/rich-text';
import { cleanRuns, plainTextRuns } from './clean-text';
import { htmlToRuns } from './html-to-runs';
import { numberPasted } from './pasted-numbering';
import type { RichEditor } from './slate-types';

/**
 * Paste from Word, WPS, a web page or a PDF arrives as clean paragraphs
 * that need no tidying by hand: HTML is preferred to plain text, so bold
 * comes along (fonts, colours and sizes do not); lines a PDF broke are
 * joined; every paragraph is cleaned by the export's rules (clean-text.ts);
 * and numbers typed in the text give way to the field's own
 * (pasted-numbering.ts). Rich text copied inside the app itself (a Slate
 * fragment) keeps Slate's own path. The paste is one change: one insertText
 * or one insertFragment, so one step to undo.
 */
export function withCleanPaste<T extends RichEditor>(editor: T): T {
  const { insertData } = editor;
  editor.insertData = (data: DataTransfer) => {
    const html = data.getData('text/html');
    if (data.types.includes('application/x-slate-fragment') || html.includes('data-slate-fragment')) {
      insertData(data);
      return;
    }
    const paragraphs = pastedParagraphs(editor, html, data.getData('text/plain'));
    if (paragraphs.length === 0) return;
    const only = paragraphs[0]!;
    if (paragraphs.length === 1 && !only.continued && only.children.length === 1 && !only.children[0]!.bold) {
      // Plain text takes the marks where it lands, as typing does.
      Editor.insertText(editor, only.children[0]!.text);
      return;
    }
    Transforms.insertFragment(editor, paragraphs);
  };
  return editor;
}

function pastedParagraphs(editor: RichEditor, html: string, plain: string): Paragraph[] {
  const fromHtml = html !== '' ? htmlToRuns(html).map(cleanRuns).filter(hasText) : [];
  const runs: TextLeaf[][] = fromHtml.length > 0 ? fromHtml : plainTextRuns(plain);
  return numberPasted(runs, { numbering: editor.numbering ?? 'none', firstStartsParagraph: atParagraphStart(editor) });
}

function hasText(runs: readonly TextLeaf[]): boolean {
  return runs.length > 0;
}

/** True when what is pasted begins a paragraph: the selection starts at offset 0 of its paragraph. */
function atParagraphStart(editor: RichEditor): boolean {
  if (!editor.selection) return false;
  const start = Range.start(editor.selection);
  return Editor.isStart(editor, start, start.path.slice(0, 1));
}
