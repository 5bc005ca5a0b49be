import { useCallback, useState } from 'react';

/** 整改总览's drawer: open, closed, and a row that selects its item in place of the overview. */
export function useOverviewDrawer(select: (id: string) => void) {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  const selectRow = useCallback(
    (id: string) => {
      select(id);
      setOpen(false);
    },
    [select],
  );
  return { open, show, close, selectRow };
}
