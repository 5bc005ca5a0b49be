import { Editor, Transforms } from 'slate';
import type { Paragraph } from '../../shared/model/rich-text';
import { textToParagraphs } from './clean-text';
import { htmlToText } from './html-to-text';
import type { RichEditor } from './slate-types';

/**
 * Paste from Word, WPS or a web page arrives as clean paragraphs: the text
 * only, split at line breaks, without fonts, colours or control characters.
 * Rich text copied inside the app itself (a Slate fragment) keeps its bold.
 */
export function withCleanPaste<T extends RichEditor>(editor: T): T {
  const { insertData } = editor;
  editor.insertData = (data: DataTransfer) => {
    const html = data.getData('text/html');
    if (data.types.includes('application/x-slate-fragment') || html.includes('data-slate-fragment')) {
      insertData(data);
      return;
    }
    const plain = data.getData('text/plain');
    const lines = textToParagraphs(plain !== '' ? plain : html !== '' ? htmlToText(html) : '');
    if (lines.length === 0) return;
    if (lines.length === 1) {
      Editor.insertText(editor, lines[0]!);
      return;
    }
    const fragment: Paragraph[] = lines.map((text) => ({ type: 'paragraph', children: [{ text }] }));
    Transforms.insertFragment(editor, fragment);
  };
  return editor;
}
