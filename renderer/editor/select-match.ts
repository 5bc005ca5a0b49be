import { Node, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { fieldLocation, isRichAddress, type FindMatch, type PlainFieldAddress } from '../../shared/document/find-in-notice';
import type { Paragraph } from '../../shared/model/rich-text';
import { plainFieldSelector } from './find-fields';
import { FRAMES_TO_MOUNT, onceShown } from './when-shown';
import { matchRange } from './match-range';
import type { RichEditor } from './slate-types';

/**
 * Showing a match of 查找 in its field. Two ways: while the find bar has the
 * keyboard (Enter for the next match), the match is marked and scrolled to
 * but the focus stays in the bar, so a second Enter never lands in the text;
 * when the bar closes, the match is selected in its field with the focus
 * there, ready to type over.
 */

/** The name of the CSS highlight marking the current match in a rich field (`::highlight(find-match)`). */
export const FIND_HIGHLIGHT = 'find-match';
/** Set on a plain field's input holding the current match while the focus stays in the bar. */
export const FIND_CURRENT_ATTR = 'data-find-current';

export interface SelectOptions {
  /** Move the focus into the field with the match selected. Off: mark the match and scroll to it, the focus staying where it is. */
  focus?: boolean;
}

/**
 * Selects (or marks) a stretch of a paragraph's plain text in a mounted Slate
 * field and scrolls it into view. False when the field is not on screen or
 * does not hold that paragraph.
 */
export function selectInSlate(
  editor: RichEditor,
  paragraph: number,
  start: number,
  end: number,
  { focus = true }: SelectOptions = {},
): boolean {
  if (!ReactEditor.isMounted(editor)) return false;
  const range = matchRange(editor.children as Paragraph[], paragraph, start, end);
  if (!range) return false;
  clearFindHighlight();
  let dom: Range | null = null;
  try {
    dom = ReactEditor.toDOMRange(editor, range);
  } catch {
    // A paragraph not rendered yet: it is selected, just not marked or scrolled to.
  }
  if (focus) {
    Transforms.select(editor, range);
    ReactEditor.focus(editor);
  } else if (dom && typeof CSS !== 'undefined' && 'highlights' in CSS) {
    CSS.highlights.set(FIND_HIGHLIGHT, new Highlight(dom));
  }
  dom?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return true;
}

/**
 * Selects a stretch of a plain field's text (an antd Input or TextArea
 * inside `root`, found by plainFieldSelector) and scrolls it into view.
 * Without focus the selection is set for when the field gets the focus and
 * the input is marked with FIND_CURRENT_ATTR. False when it is not on screen.
 */
export function selectInPlainField(
  root: ParentNode,
  address: PlainFieldAddress,
  start: number,
  end: number,
  { focus = true }: SelectOptions = {},
): boolean {
  const input = plainInput(root, address);
  if (!input || end > input.value.length) return false;
  clearFindHighlight();
  if (focus) input.focus({ preventScroll: true });
  else input.setAttribute(FIND_CURRENT_ATTR, '');
  input.setSelectionRange(start, end);
  input.scrollIntoView({ block: 'center' });
  return true;
}

export interface ShowTarget {
  /** Where the panels are (the middle column). */
  root: ParentNode;
  /** The Slate editor of a rich field by its key (`<id>:measures`, `part:<part>`), if made. */
  editorOf: (fieldKey: string) => RichEditor | undefined;
}

/**
 * Shows a match once its field is on screen and holds the text it was found
 * in: call it right after selecting the panel (fieldLocation(address).selection),
 * which mounts on a later frame. Waits up to `frames` animation frames, then
 * gives up. A newer call cancels one still waiting.
 */
export function showMatchWhenShown(match: FindMatch, target: ShowTarget, options: SelectOptions = {}, frames = FRAMES_TO_MOUNT): void {
  stopWaiting();
  stopWaiting = onceShown(() => showMatch(match, target, options), frames);
}

/** Shows a match now if its field is on screen with the text it was found in; false otherwise. */
export function showMatch(match: FindMatch, target: ShowTarget, options: SelectOptions = {}): boolean {
  const { address, paragraph, start, end, text } = match;
  if (isRichAddress(address)) {
    const editor = target.editorOf(fieldLocation(address).richField!);
    const shown = editor?.children[paragraph];
    if (!editor || !shown || Node.string(shown).slice(start, end) !== text) return false;
    return selectInSlate(editor, paragraph, start, end, options);
  }
  if (plainInput(target.root, address)?.value.slice(start, end) !== text) return false;
  return selectInPlainField(target.root, address, start, end, options);
}

/** Removes the marks of the current match (when the find bar closes). */
export function clearFindHighlight(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(FIND_HIGHLIGHT);
  for (const marked of document.querySelectorAll(`[${FIND_CURRENT_ATTR}]`)) marked.removeAttribute(FIND_CURRENT_ATTR);
}

/** Stops the showing still waiting for its field, if any. */
let stopWaiting: () => void = () => {};

function plainInput(root: ParentNode, address: PlainFieldAddress): HTMLInputElement | HTMLTextAreaElement | null {
  const element = root.querySelector(plainFieldSelector(address));
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : null;
}
