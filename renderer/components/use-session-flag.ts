import { useCallback, useSyncExternalStore } from 'react';

/** Everyone showing a flag, told when any of them sets it. */
const listeners = new Set<() => void>();
/** What was set in this window, kept here too in case storage refuses it. */
const setHere = new Map<string, boolean>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A yes/no choice remembered for as long as the window is open (through a
 * reload too, not after a restart): sessionStorage, so a choice made for one
 * notice holds for the next one opened. Every component showing the same key
 * sees the same value: 附带台账 beside 导出 Word and in the preview agree.
 */
export function useSessionFlag(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  const value = useSyncExternalStore(subscribe, () => {
    const here = setHere.get(key);
    if (here !== undefined) return here;
    const stored = readStorage(key);
    return stored === null ? initial : stored === 'true';
  });
  const set = useCallback(
    (next: boolean) => {
      setHere.set(key, next);
      try {
        sessionStorage.setItem(key, String(next));
      } catch {
        // Storage refused (full, or disabled): the choice still holds in this window.
      }
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [value, set];
}

function readStorage(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
