import { useEffect } from 'react';
import type { NoticeHistory } from '../../editor/notice-history';
import { isEditorKeyTarget } from './editor-keys';

/**
 * Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo, wherever the focus is on the
 * editor screen: in a rich-text field, a plain input, the outline, or
 * nowhere. Taken before any field sees the key, so neither Slate nor the
 * browser's own undo of an input acts on the text behind the notice's back.
 * Inputs that are not the notice's own (the 条目库 search, the find bar,
 * dialogs) keep their native undo: they sit in `[data-own-undo]` or outside
 * the screen. An IME composition is followed too, so that what it puts
 * in a plain input is one step (NoticeHistory.composing).
 */
export function useUndoShortcuts(undo: () => void, redo: () => void, history: NoticeHistory): void {
  useEffect(() => {
    const start = () => history.composing(true);
    const end = () => history.composing(false);
    // Chromium drops a composition cut short (a click elsewhere, undo) without compositionend: any input
    // that is not composing, or the focus leaving, ends it too, so no later change is swallowed into it.
    const input = (event: Event) => {
      if (!(event as InputEvent).isComposing) end();
    };
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isRedo = key === 'y' || (key === 'z' && event.shiftKey);
      if (key !== 'z' && !isRedo) return;
      // In the middle of a composition the IME owns the keys: no undo of the notice under it, nor the browser's.
      if (event.isComposing) {
        event.preventDefault();
        return;
      }
      if (!isEditorKeyTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[data-own-undo]')) return;
      event.preventDefault();
      event.stopPropagation();
      if (isRedo) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('compositionstart', start, true);
    window.addEventListener('compositionend', end, true);
    window.addEventListener('input', input, true);
    window.addEventListener('focusout', end, true);
    return () => {
      window.removeEventListener('input', input, true);
      window.removeEventListener('focusout', end, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('compositionstart', start, true);
      window.removeEventListener('compositionend', end, true);
      end();
    };
  }, [undo, redo, history]);
}
