import { useCallback, useState, type ReactNode } from 'react';
import type { Item } from '../../../../shared/model/notice';
import { CloseOutModal, type CloseOutPatch } from './CloseOutModal';

/**
 * 销号 wherever it is offered (the item's properties, each row of 整改总览):
 * `ask` opens the dialog for an item; its OK makes the three fields one
 * change through the editor's normal path, so it saves and undoes as one step.
 */
export function useCloseOut(onChange: (id: string, patch: CloseOutPatch) => void): { ask: (item: Item) => void; dialog: ReactNode } {
  const [asking, setAsking] = useState<Item | null>(null);
  const cancel = useCallback(() => setAsking(null), []);
  const confirm = useCallback(
    (id: string, patch: CloseOutPatch) => {
      onChange(id, patch);
      setAsking(null);
    },
    [onChange],
  );
  return { ask: setAsking, dialog: <CloseOutModal item={asking} onConfirm={confirm} onCancel={cancel} /> };
}

/** 撤销销号: back to 持续推进 without a completion date; the evidence noted stays, for the next 销号. */
export const REOPENED: Pick<Item, 'status' | 'completedOn'> = { status: 'ongoing', completedOn: null };
