import type { Notice } from '../../shared/model/notice';
import { changedField } from './changed-field';
import type { SelectionKey } from './selection';
import { textEdit } from './text-edit';

/** Steps kept; the oldest go first. Each holds a notice sharing all but one change with its neighbours, so a step costs little. */
export const HISTORY_LIMIT = 2000;

/** Single keystrokes in one field, each within this long of the one before, undo together. */
export const TYPING_PAUSE_MS = 1000;

/** A typed character after which the next one starts a new step: a phrase ends at its punctuation or a space. */
const PHRASE_END = /[\s，。；：！？、,.;:!?）)”’》]/u;

/** Where the notice was before a change, and what the editor showed then. */
export interface HistoryStep {
  notice: Notice;
  /** The part, item or metadata the editor showed when the change was made: undoing it shows that place again. */
  place: SelectionKey;
}

interface UndoEntry extends HistoryStep {
  /** Typing still going on in one field: the next keystroke there may join this step. */
  typing: Keystroke | null;
}

/**
 * One undo history for an open notice, over every change the editor makes:
 * a step is the notice as it was before the change. Typing in a field joins
 * the step before it while it goes on in one place (character by character,
 * a pause under TYPING_PAUSE_MS, no punctuation or caret jump between);
 * an IME commit, a paste, a tree operation or any other change is a step of
 * its own. Undo and redo exchange whole notices, so undoing the largest
 * paste costs no more than any other step.
 */
export class NoticeHistory {
  private undos: UndoEntry[] = [];
  private redos: HistoryStep[] = [];
  private listeners = new Set<() => void>();
  /** An IME composition under way, and the step its changes go into (the pinyin shown while composing is no step of its own). */
  private composition: { entry: UndoEntry | null } | null = null;

  /** Records that `before` became `after` while the editor showed `place`. */
  record(before: Notice, after: Notice, place: SelectionKey, now: number): void {
    const top = this.undos.at(-1);
    this.redos = [];
    if (this.composition) {
      if (this.composition.entry && this.composition.entry === top) return;
      this.composition.entry = { notice: before, place, typing: null };
      this.push(this.composition.entry);
      return;
    }
    const typing = keystroke(before, after, now);
    if (typing && top?.typing && joins(top.typing, typing)) {
      top.typing = typing.open ? typing : null;
      this.changed();
      return;
    }
    this.push({ notice: before, place, typing: typing?.open ? typing : null });
  }

  /**
   * An IME composition starts or ends. Between the two, a plain input holds
   * the pinyin being composed and then the characters chosen: all of it is
   * one step, as the characters committed are.
   */
  composing(active: boolean): void {
    this.composition = active ? { entry: null } : null;
  }

  private push(entry: UndoEntry): void {
    this.undos.push(entry);
    if (this.undos.length > HISTORY_LIMIT) this.undos.shift();
    this.changed();
  }

  /** The step to go back to from `current`, shown at `place`; null when there is none. */
  undo(current: Notice, place: SelectionKey): HistoryStep | null {
    // A composition still marked as going on is over: what comes after the undo is a change of its own.
    this.composition = null;
    const entry = this.undos.pop();
    if (!entry) return null;
    this.redos.push({ notice: current, place });
    this.changed();
    return { notice: entry.notice, place: entry.place };
  }

  /** The step undone last, to go forward to again; null when there is none. */
  redo(current: Notice, place: SelectionKey): HistoryStep | null {
    this.composition = null;
    const step = this.redos.pop();
    if (!step) return null;
    this.undos.push({ notice: current, place, typing: null });
    this.changed();
    return step;
  }

  /** Forgets everything (another notice, or the same one loaded afresh). */
  clear(): void {
    this.undos = [];
    this.redos = [];
    this.changed();
  }

  get canUndo(): boolean {
    return this.undos.length > 0;
  }

  get canRedo(): boolean {
    return this.redos.length > 0;
  }

  /** The step Ctrl+Z would go back to now, as an identity: a message offering 撤销 for one change checks it is still the last. */
  get lastStep(): object | undefined {
    return this.undos.at(-1);
  }

  get size(): number {
    return this.undos.length;
  }

  /**
   * For useSyncExternalStore: what the toolbar shows (bit 1: can undo, bit 2:
   * can redo), so typing that only adds to a step re-renders nothing.
   */
  snapshot = (): number => (this.canUndo ? 1 : 0) + (this.canRedo ? 2 : 0);

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** One character typed or deleted in one field. */
interface Keystroke {
  field: string;
  deleting: boolean;
  /** Where the caret stands after the keystroke; a backspace leaves it at the start of what it removed. */
  caret: number;
  start: number;
  at: number;
  /** False after a character that ends a phrase: the step ends with it. */
  open: boolean;
}

/** The change as a keystroke in one field, or null for anything else. */
function keystroke(before: Notice, after: Notice, now: number): Keystroke | null {
  const change = changedField(before, after);
  if (!change) return null;
  const edit = textEdit(change.before, change.after);
  const typed = edit.removed === 0 && edit.inserted.length === 1;
  const deleted = edit.inserted === '' && edit.removed === 1;
  if (!typed && !deleted) return null;
  return {
    field: change.field,
    deleting: deleted,
    caret: typed ? edit.start + 1 : edit.start,
    start: edit.start,
    at: now,
    open: !(typed && PHRASE_END.test(edit.inserted)),
  };
}

/** Whether a keystroke continues the typing step before it: same field, same direction, where the caret was, soon enough. */
function joins(step: Keystroke, key: Keystroke): boolean {
  if (step.field !== key.field || step.deleting !== key.deleting || key.at - step.at > TYPING_PAUSE_MS) return false;
  if (!key.deleting) return key.start === step.caret;
  // Backspace removes the character before the caret; Delete the one after it.
  return key.start + 1 === step.caret || key.start === step.caret;
}
