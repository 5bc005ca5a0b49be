import { App as AntApp } from 'antd';
import { useEffect } from 'react';

/**
 * Ctrl+S (⌘S) as Word users press it out of habit: saves at once, wherever
 * the focus is in the editor, and says 已保存 when it has. The browser's own
 * “save page” never opens. A save that fails shows in the toolbar as any
 * failed save does.
 */
export function useSaveShortcut(flush: () => Promise<boolean>): void {
  const { message } = AntApp.useApp();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      void flush().then((saved) => {
        if (saved) void message.success({ content: '已保存', className: 'save-shortcut-message', duration: 1.5 });
      });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [flush, message]);
}
