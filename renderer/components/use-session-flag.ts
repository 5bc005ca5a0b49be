import { useCallback, useState } from 'react';

/**
 * A yes/no choice remembered for as long as the window is open (through a
 * reload too, not after a restart): sessionStorage, so a choice made for one
 * notice holds for the next one opened.
 */
export function useSessionFlag(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    const stored = readStorage(key);
    return stored === null ? initial : stored === 'true';
  });
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        sessionStorage.setItem(key, String(next));
      } catch {
        // Storage refused (full, or disabled): the choice still holds on this screen.
      }
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
