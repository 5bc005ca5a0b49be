/**
 * Whether a key pressed with the focus on `target` belongs to the editor
 * screen's own shortcuts (undo, redo, find): the focus is on the screen, in
 * one of its messages (已删除 … 撤销), or nowhere. Dialogs and the app's other
 * screens keep their keys.
 */
export function isEditorKeyTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || target === document.body) return true;
  return target.closest('.editor-screen, .ant-message') !== null;
}
