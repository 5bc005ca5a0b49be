import { useCallback } from 'react';
import type { Notice } from '../../../../shared/model/notice';

/**
 * Puts a notice that main has just stored (a restored version) in the
 * editor as one step of its history, so 撤销 takes the restore back. It is
 * declared saved before it is set, so autosave never sends it back, nor
 * sends the replaced text over it.
 */
export function useReplaceNotice(
  markSaved: (notice: Notice) => void,
  change: (fn: (notice: Notice) => Notice) => void,
): (notice: Notice) => void {
  return useCallback(
    (notice: Notice) => {
      markSaved(notice);
      change(() => notice);
    },
    [markSaved, change],
  );
}
