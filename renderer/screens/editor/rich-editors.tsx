import { createContext, useContext, useState, type ReactNode } from 'react';
import { createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import type { Paragraph } from '../../../shared/model/rich-text';
import type { RichEditor } from '../../editor/slate-types';
import { fromSlateValue } from '../../editor/to-slate';
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
  const editors = useContext(RichEditorsContext);
  if (!editors) throw new Error('useRichEditor outside RichEditorsProvider');
  const [editor] = useState(() => {
    const kept = editors.get(fieldKey);
    if (!kept) {
      const made = withCleanPaste(withHistory(withReact(createEditor())));
      editors.set(fieldKey, made);
      return made;
    }
    // Its history describes text that is no longer there: start it afresh.
    if (JSON.stringify(fromSlateValue(kept.children as Paragraph[])) !== JSON.stringify(stored)) kept.history = { undos: [], redos: [] };
    kept.selection = null;
    return kept;
  });
  return editor;
}
