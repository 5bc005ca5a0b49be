import { useEffect } from 'react';

/** Asks the user whether to leave; resolves true to leave. */
export type LeaveGuard = () => Promise<boolean>;

// One screen shows at a time, so one guard at a time is enough.
let current: LeaveGuard | null = null;

/**
 * While `active`, navigating away (the top bar) first asks `guard`: a screen
 * with unsaved work registers one so that a click on 通报列表 does not
 * silently throw the work away.
 */
export function useLeaveGuard(active: boolean, guard: LeaveGuard): void {
  useEffect(() => {
    if (!active) return;
    current = guard;
    return () => {
      if (current === guard) current = null;
    };
  }, [active, guard]);
}

/** True when nothing is unsaved, or the user chose to leave anyway. */
export function mayLeave(): Promise<boolean> {
  return current ? current() : Promise.resolve(true);
}
