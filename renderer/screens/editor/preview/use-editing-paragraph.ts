import { useEffect, useState } from 'react';

/**
 * The rich-field paragraph the caret is in, as the composer keys it
 * (`<field key>#<index>`, blocks.ts Sourced.paragraph), or null when the
 * caret is in no rich field. Read from the DOM on each selection change: a
 * Slate paragraph is an element child of its field's editable, in order.
 */
export function useEditingParagraph(): string | null {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    const update = () => setKey(paragraphAtCaret());
    // A field that unmounts (another item selected) takes its selection with it without a selectionchange.
    const later = () => requestAnimationFrame(update);
    document.addEventListener('selectionchange', update);
    document.addEventListener('focusout', later);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('focusout', later);
    };
  }, []);
  return key;
}

function paragraphAtCaret(): string | null {
  const anchor = document.getSelection()?.anchorNode;
  const element = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null);
  if (!element?.isConnected) return null;
  const field = element?.closest<HTMLElement>('.rich-field[data-field]')?.dataset.field;
  const paragraph = element?.closest('[data-slate-node="element"]');
  if (!field || !paragraph?.parentElement) return null;
  const siblings = Array.from(paragraph.parentElement.children).filter((child) => child.matches('[data-slate-node="element"]'));
  return `${field}#${siblings.indexOf(paragraph)}`;
}
