import { useEffect } from 'react';
import type { Lifecycle } from '../../shared/lifecycle';
import { mayLeave } from '../components/leave-guard';

declare global {
  interface Window {
    /** Put there by the preload (shared/lifecycle.ts); missing in a plain browser. */
    lifecycle?: Lifecycle;
  }
}

/**
 * Answers the main process when the window is about to close (close button,
 * quit): the screen showing saves first, or asks, as when leaving it for
 * another screen. Main holds the window until this answers.
 */
export function useCloseRequests(): void {
  useEffect(() => {
    window.lifecycle?.onCloseRequest((asking) => mayLeave({ target: 'window', asking }));
  }, []);
}
