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
 * fragment) keeps Slate's own path. The paste is one change, one
 * insertFragment, so one step to undo.
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
    // A fragment even for one line of text: the paste is one change, which
    // the notice's history keeps as a step of its own (it is more than a
    // keystroke), never joined to the typing before it.
    Transforms.insertFragment(editor, withMarksWhereItLands(editor, paragraphs));
  };
  return editor;
}

/** One paragraph of plain text takes the bold where it lands, as typing does; anything with bold of its own keeps its own. */
function withMarksWhereItLands(editor: RichEditor, paragraphs: Paragraph[]): Paragraph[] {
  const [only] = paragraphs;
  if (paragraphs.length !== 1 || only!.children.some((run) => run.bold) || Editor.marks(editor)?.bold !== true) return paragraphs;
  return [{ ...only!, children: only!.children.map((run) => ({ ...run, bold: true })) }];
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
