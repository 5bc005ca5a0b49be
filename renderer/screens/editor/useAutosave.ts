import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Notice } from '../../../shared/model/notice';
import { errorReason } from '../../components/error-text';

/** What the save indicator shows. */
export type SaveState =
  { kind: 'saved'; at: string | null } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** Quiet time after the last change before saving: with the save itself, well within one second. */
export const AUTOSAVE_DELAY_MS = 500;

/**
 * The longest a change waits while typing goes on (the quiet time would
 * never come): 1.5 s before the save starts leaves room for the save itself
 * within the promised 2 s.
 */
export const AUTOSAVE_MAX_WAIT_MS = 1500;

export interface Autosave {
  state: SaveState;
  /** Saves now whatever is not saved yet; resolves true when everything is saved. */
  flush(): Promise<boolean>;
  /** Declares a notice as the stored one (just loaded), so it is not saved back. */
  markSaved(notice: Notice): void;
}

/**
 * Saves the whole notice a moment after the last change, and at the latest
 * AUTOSAVE_MAX_WAIT_MS after the oldest unsaved one. Saves never overlap
 * (each waits for the one before), so the database always ends with the
 * latest state; leaving the screen or the page saves at once.
 */
export function useAutosave(notice: Notice | null, save: (notice: Notice) => Promise<{ updatedAt: string }>): Autosave {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const latest = useRef<Notice | null>(notice);
  const saved = useRef<Notice | null>(null);
  // When the stored notice was saved, for 已保存 to say.
  const savedAt = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<boolean> | null>(null);
  // The notice the save under way is writing.
  const writing = useRef<Notice | null>(null);
  // When the oldest change not yet in a save was made (null: none).
  const unsavedSince = useRef<number | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  // Nothing left to save (undone back to what is stored): 未保存 or 保存失败 give way to 已保存.
  const settled = useCallback(
    (current: SaveState): SaveState =>
      current.kind === 'pending' || current.kind === 'failed' ? { kind: 'saved', at: savedAt.current } : current,
    [],
  );

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const target = latest.current;
    if (!target || target === saved.current) return true;
    // Every change so far is in this save; the next one starts a new longest wait.
    unsavedSince.current = null;
    setState({ kind: 'saving' });
    writing.current = target;
    try {
      const { updatedAt } = await saveRef.current(target);
      saved.current = target;
      savedAt.current = updatedAt;
      setState(latest.current === target ? { kind: 'saved', at: updatedAt } : { kind: 'pending' });
      return true;
    } catch (error) {
      setState({ kind: 'failed', message: errorReason(error) });
      return false;
    } finally {
      writing.current = null;
    }
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    // Wait for a save under way, then save again if the notice changed meanwhile.
    for (;;) {
      if (running.current) {
        const ok = await running.current;
        if (!ok) return false;
        continue;
      }
      if (latest.current === saved.current) {
        setState(settled);
        return true;
      }
      const run = saveOnce();
      running.current = run;
      const ok = await run.finally(() => {
        running.current = null;
      });
      if (!ok) return false;
    }
  }, [saveOnce, settled]);

  const markSaved = useCallback((loaded: Notice) => {
    latest.current = loaded;
    saved.current = loaded;
    savedAt.current = loaded.updatedAt;
    setState({ kind: 'saved', at: loaded.updatedAt });
  }, []);

  // Set while rendering, not in an effect: a flush that comes before the
  // effects run (the page closing right after a keystroke) still sees the change.
  latest.current = notice;

  // Before paint, so the indicator never shows 已保存 over an unsaved change.
  useLayoutEffect(() => {
    if (!notice) return;
    // Undone back to what is stored, with no save under way: nothing left to save.
    if (notice === saved.current && !running.current) {
      window.clearTimeout(timer.current);
      unsavedSince.current = null;
      setState(settled);
      return;
    }
    // The same object while already pending, so the toolbar does not re-render on every keystroke.
    setState((current) => (current.kind === 'saved' ? { kind: 'pending' } : current));
    const now = Date.now();
    unsavedSince.current ??= now;
    const wait = Math.min(AUTOSAVE_DELAY_MS, unsavedSince.current + AUTOSAVE_MAX_WAIT_MS - now);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), Math.max(0, wait));
  }, [notice, flush, settled]);

  useEffect(() => {
    // Reloading or closing the page: the call must leave before the page goes.
    // beforeunload comes while the document is still the current one; a call
    // made in pagehide, after a reload has committed the next document, was
    // seen dropped by Chromium. No answer comes back to a page that is gone,
    // so the latest state goes at once even if a save is under way: the main
    // process takes calls in order, so it still ends with the latest.
    const leave = () => {
      window.clearTimeout(timer.current);
      if (!running.current) return void flush();
      const target = latest.current;
      if (target && target !== saved.current && target !== writing.current) void saveRef.current(target).catch(() => undefined);
    };
    window.addEventListener('beforeunload', leave);
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('beforeunload', leave);
      window.removeEventListener('pagehide', leave);
      void flush();
    };
  }, [flush]);

  return { state, flush, markSaved };
}
