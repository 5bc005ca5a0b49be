import { useEffect } from 'react';
import { cleanPlainPaste } from '../../editor/clean-text';
import { isEditorKeyTarget } from './editor-keys';

/**
 * Paste into a plain field of the editor screen (an input or a text area)
 * comes in clean, by the rules of a rich field's paste (clean-text.ts): no
 * zero-width or control characters, no stray spaces, full-width punctuation,
 * a PDF's broken lines joined. The clean text is inserted as typing would
 * be (insertText), so the field's own change handler and the caret work as
 * for any keystroke. Rich-text fields clean their paste themselves.
 */
export function usePlainPaste(): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const field = event.target;
      if (
        !(
          field instanceof HTMLTextAreaElement ||
          (field instanceof HTMLInputElement && (field.type === 'text' || field.type === 'search'))
        ) ||
        !isEditorKeyTarget(field)
      )
        return;
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      if (pasted === '' || field.readOnly || field.disabled) return;
      const clean = cleanPlainPaste(pasted, field instanceof HTMLTextAreaElement);
      if (clean === pasted) return;
      event.preventDefault();
      document.execCommand('insertText', false, clean);
    };
    window.addEventListener('paste', onPaste, true);
    return () => window.removeEventListener('paste', onPaste, true);
  }, []);
}
