import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { createEditor, Editor, Transforms } from 'slate';
import { HistoryEditor, withHistory } from 'slate-history';
import { ReactEditor, withReact } from 'slate-react';
import type { Paragraph } from '../../../shared/model/rich-text';
import type { RichEditor } from '../../editor/slate-types';
import { fromSlateValue, toSlateValue } from '../../editor/to-slate';
import { withCleanPaste } from '../../editor/with-clean-paste';

/**
 * One Slate editor per rich-text field of the open notice, kept while the
 * notice is open: each field has its own undo history (undo is per field),
 * and that history survives selecting another item and coming back.
 */
const RichEditorsContext = createContext<Map<string, RichEditor> | null>(null);

export function RichEditorsProvider({ children }: { children: ReactNode }) {
  const [editors] = useState(() => new Map<string, RichEditor>());
  return <RichEditorsContext.Provider value={editors}>{children}</RichEditorsContext.Provider>;
}

/**
 * The editor of a field (`<item id>:measures`), made on first use. Read once
 * per mount: the field's component is keyed by the field, so another field
 * is another mount.
 */
export function useRichEditor(fieldKey: string, stored: readonly Paragraph[]): RichEditor {
  const editors = useEditors();
  const [editor] = useState(() => {
    const kept = editors.get(fieldKey);
    if (!kept) return makeEditor(editors, fieldKey);
    // Its history describes text that is no longer there: start it afresh.
    if (!holds(kept, stored)) kept.history = { undos: [], redos: [] };
    kept.selection = null;
    return kept;
  });
  return editor;
}

/**
 * Adds a paragraph at the end of a field from outside it (a generated
 * sentence) as an edit of the field's own editor: an open field shows it at
 * once, and Ctrl+Z in the field takes it back like any typing. Returns the
 * field's paragraphs after the edit, for the notice; the caret is put at the
 * end of the new paragraph once the field is on screen.
 */
export function useAppendParagraph(): (fieldKey: string, stored: readonly Paragraph[], paragraph: Paragraph) => Paragraph[] {
  const editors = useEditors();
  return useCallback(
    (fieldKey, stored, paragraph) => {
      const editor = editors.get(fieldKey) ?? makeEditor(editors, fieldKey, stored);
      // A field not on screen may hold an older text than the notice: the notice wins.
      if (!ReactEditor.isMounted(editor) && !holds(editor, stored)) {
        editor.children = toSlateValue(stored);
        editor.history = { undos: [], redos: [] };
      }
      const wasEmpty = fromSlateValue(paragraphsOf(editor)).length === 0;
      HistoryEditor.withNewBatch(editor, () => {
        Transforms.insertNodes(editor, paragraph, { at: [editor.children.length] });
        // The one empty paragraph of an empty field gives way rather than stay above.
        if (wasEmpty) Transforms.removeNodes(editor, { at: [0] });
      });
      placeCaretWhenShown(editor, editor.children.length - 1);
      return fromSlateValue(paragraphsOf(editor));
    },
    [editors],
  );
}

function useEditors(): Map<string, RichEditor> {
  const editors = useContext(RichEditorsContext);
  if (!editors) throw new Error('rich-text editor outside RichEditorsProvider');
  return editors;
}

function makeEditor(editors: Map<string, RichEditor>, fieldKey: string, stored?: readonly Paragraph[]): RichEditor {
  const made = withCleanPaste(withHistory(withReact(createEditor())));
  // Transforms need the text before the field mounts (its <Slate> sets it again then).
  if (stored) made.children = toSlateValue(stored);
  editors.set(fieldKey, made);
  return made;
}

/** The editor's top-level nodes, which are always paragraphs (slate-types.ts). */
function paragraphsOf(editor: RichEditor): Paragraph[] {
  return editor.children as Paragraph[];
}

function holds(editor: RichEditor, stored: readonly Paragraph[]): boolean {
  return JSON.stringify(fromSlateValue(paragraphsOf(editor))) === JSON.stringify(stored);
}

/** Focuses the field with the caret at the end of a paragraph, waiting a few frames for the field to mount. */
function placeCaretWhenShown(editor: RichEditor, index: number, framesLeft = 10): void {
  requestAnimationFrame(() => {
    if (!ReactEditor.isMounted(editor)) {
      if (framesLeft > 0) placeCaretWhenShown(editor, index, framesLeft - 1);
      return;
    }
    if (index >= editor.children.length) return;
    Transforms.select(editor, Editor.end(editor, [index]));
    ReactEditor.focus(editor);
    try {
      ReactEditor.toDOMNode(editor, editor.children[index]!).scrollIntoView({ block: 'nearest' });
    } catch {
      // Scrolling is a courtesy: a paragraph not rendered yet is simply not scrolled to.
    }
  });
}
