import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import type { Notice } from '../../../../shared/model/notice';

/**
 * Puts a notice that main has just stored (a restored version) in the
 * editor. It is declared saved before it is set, so autosave never sends it
 * back, nor sends the replaced text over it; the count returned changes with
 * each replacement, for the editor to remount its fields with.
 */
export function useReplaceNotice(
  markSaved: (notice: Notice) => void,
  setNotice: Dispatch<SetStateAction<Notice | null>>,
): [number, (notice: Notice) => void] {
  const [count, setCount] = useState(0);
  const replace = useCallback(
    (notice: Notice) => {
      markSaved(notice);
      setNotice(notice);
      setCount((n) => n + 1);
    },
    [markSaved, setNotice],
  );
  return [count, replace];
}
