import { useEffect } from 'react';
import { isEditorKeyTarget } from './editor-keys';
import type { FindMode } from './FindReplaceBar';

/** Ctrl+F opens 查找 and Ctrl+H 替换 over the whole notice, wherever the focus is on the editor screen (also while the bar is open: it takes the focus again). */
export function useFindShortcuts(open: (mode: FindMode) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.isComposing) return;
      const key = event.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      if (!isEditorKeyTarget(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      open(key === 'f' ? 'find' : 'replace');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);
}
