import { createContext, useCallback, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { createEditor, Editor, Node, Text, Transforms, type Point } from 'slate';
import { ReactEditor, withReact } from 'slate-react';
import type { Notice } from '../../../shared/model/notice';
import type { Paragraph } from '../../../shared/model/rich-text';
import { fieldList } from '../../editor/changed-field';
import { joinedRange } from '../../editor/match-range';
import { onceShown } from '../../editor/when-shown';
import type { RichEditor } from '../../editor/slate-types';
import { toSlateValue } from '../../editor/to-slate';
import { withCleanPaste } from '../../editor/with-clean-paste';

/**
 * The rich-text editors on screen, by field (`<item id>:measures`), with
 * the notice's undo and redo for them to call. The notice is the one truth:
 * a field's editor shows what the notice holds, and when the notice changes
 * from elsewhere (undo, redo, replace, a generated sentence) the editors on
 * screen are given the new text (showNotice).
 */
interface FieldEditors {
  mounted: Map<string, RichEditor>;
  commands: { undo(): void; redo(): void };
}

const FieldEditorsContext = createContext<FieldEditors | null>(null);

/** The paragraphs each editor last gave the notice, or was given: the notice holding anything else changed elsewhere. */
const shown = new WeakMap<RichEditor, readonly Paragraph[]>();

export function RichEditorsProvider({ children }: { children: ReactNode }) {
  const [value] = useState<FieldEditors>(() => ({ mounted: new Map(), commands: { undo() {}, redo() {} } }));
  return <FieldEditorsContext.Provider value={value}>{children}</FieldEditorsContext.Provider>;
}

/** A new editor for a field's mount, known to the notice while it is on screen. */
export function useRichEditor(fieldKey: string, stored: readonly Paragraph[]): RichEditor {
  const context = useFieldEditors();
  const [editor] = useState(() => {
    const made = withCleanPaste(withReact(createEditor()));
    // The browser's own undo command (historyUndo) reaches here too, also mid-composition: the IME's text is not ours to undo yet.
    made.undo = () => !ReactEditor.isComposing(made) && context.commands.undo();
    made.redo = () => !ReactEditor.isComposing(made) && context.commands.redo();
    shown.set(made, stored);
    return made;
  });
  useLayoutEffect(() => {
    context.mounted.set(fieldKey, editor);
    return () => {
      if (context.mounted.get(fieldKey) === editor) context.mounted.delete(fieldKey);
    };
  }, [context, fieldKey, editor]);
  return editor;
}

/** Tells the notice's side what an editor's change made of its paragraphs (so they are not given back to it). */
export function noteEmitted(editor: RichEditor, paragraphs: readonly Paragraph[]): void {
  shown.set(editor, paragraphs);
}

/** Gives every editor on screen its field's text in `notice` where that is not what it shows. */
export function useShowNotice(): (notice: Notice) => void {
  const { mounted } = useFieldEditors();
  return useCallback(
    (notice: Notice) => {
      for (const [field, editor] of mounted) {
        const list = fieldList(notice, field);
        if (!list || list.paragraphs === shown.get(editor)) continue;
        shown.set(editor, list.paragraphs);
        const caret = editor.selection;
        editor.children = toSlateValue(list.paragraphs);
        // The caret stays where it was if that place is still there (a field being typed in keeps working), else goes.
        editor.selection = caret && holdsPoint(editor, caret.anchor) && holdsPoint(editor, caret.focus) ? caret : null;
        editor.marks = null;
        // No operations: the field's onChange sees a redraw, not an edit to send back.
        editor.onChange();
      }
    },
    [mounted],
  );
}

function holdsPoint(editor: RichEditor, point: Point): boolean {
  if (!Editor.hasPath(editor, point.path)) return false;
  const node = Node.get(editor, point.path);
  return Text.isText(node) && point.offset <= node.text.length;
}

/** Makes Ctrl+Z and Ctrl+Y inside any field act on the notice's history. */
export function useFieldCommands(undo: () => void, redo: () => void): void {
  const { commands } = useFieldEditors();
  useLayoutEffect(() => {
    commands.undo = undo;
    commands.redo = redo;
  }, [commands, undo, redo]);
}

/**
 * Shows a stretch of a rich field's text: once the field is on screen
 * (waiting a few frames for its panel to mount), selects it between two
 * offsets into its joined text (`end` past the text: its end), focuses the
 * field and scrolls it into view. A field that does not appear is let be.
 */
export function useRevealInField(): (field: string, start: number, end: number) => void {
  const { mounted } = useFieldEditors();
  return useCallback(
    (field, start, end) => {
      onceShown(() => {
        const editor = mounted.get(field);
        if (!editor || !ReactEditor.isMounted(editor)) return false;
        const range = joinedRange(editor.children as Paragraph[], start, end);
        if (!range) return true;
        Transforms.select(editor, range);
        ReactEditor.focus(editor);
        try {
          ReactEditor.toDOMNode(editor, editor.children[range.focus.path[0]!]!).scrollIntoView({ block: 'nearest' });
        } catch {
          // Scrolling is a courtesy: a paragraph not rendered yet is simply not scrolled to.
        }
        return true;
      });
    },
    [mounted],
  );
}

/** The editor of a rich field on screen by its key, for 查找 to select a match in. */
export function useEditorOf(): (fieldKey: string) => RichEditor | undefined {
  const { mounted } = useFieldEditors();
  return useCallback((fieldKey) => mounted.get(fieldKey), [mounted]);
}

function useFieldEditors(): FieldEditors {
  const context = useContext(FieldEditorsContext);
  if (!context) throw new Error('rich-text editor outside RichEditorsProvider');
  return context;
}
