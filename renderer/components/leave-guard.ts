import { useEffect } from 'react';

/** Why the screen is being left: for another screen (the top bar, 返回列表), or with the window (close, quit). */
export interface Leaving {
  target: 'screen' | 'window';
  /**
   * To be called before a dialog waits for the user: a closing window then
   * stops its time limit and waits for the answer instead.
   */
  asking(): void;
}

/** Saves or asks the user whether to leave; resolves true to leave. */
export type LeaveGuard = (leaving: Leaving) => Promise<boolean>;

// One screen shows at a time, so one guard at a time is enough.
let current: LeaveGuard | null = null;

/**
 * While `active`, navigating away (the top bar) or closing the window first
 * asks `guard`: a screen with unsaved work registers one so that a click on
 * 通报列表 does not silently throw the work away.
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

const TO_ANOTHER_SCREEN: Leaving = { target: 'screen', asking() {} };

/** True when nothing is unsaved, or the user chose to leave anyway. */
export function mayLeave(leaving: Leaving = TO_ANOTHER_SCREEN): Promise<boolean> {
  return current ? current(leaving) : Promise.resolve(true);
}
