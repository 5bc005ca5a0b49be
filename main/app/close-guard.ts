import { isCloseAnswer } from '../../shared/lifecycle';

/**
 * How long a close waits for the page to report everything saved. A save is
 * milliseconds; the limit is for a page that cannot answer (hung, crashed,
 * never loaded), which must not keep the window open for ever. Longer than
 * the store's busy timeout (5 s): a save waiting for the command line's lock
 * must get to fail and ask before the window goes.
 */
export const CLOSE_TIME_LIMIT_MS = 12_000;

/** The window as the guard needs it: its close event, and closing it for real. */
export interface GuardedWindow {
  onClose(listener: (event: { preventDefault(): void }) => void): void;
  close(): void;
}

export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface CloseGuardOptions {
  window: GuardedWindow;
  /** Sends the close request with this id to the page. */
  ask(requestId: number): void;
  timeLimitMs: number;
  clock: Clock;
}

export interface CloseGuard {
  /** A reply from the page, its sender already checked; anything malformed or stale is ignored. */
  onReply(requestId: unknown, answer: unknown): void;
}

type State = 'open' | 'waiting' | 'asking' | 'closing';

/**
 * Holds the window's close (the close button, or a quit, which closes every
 * window) until the page reports everything saved. The database stays open
 * meanwhile: main closes it only once the window is gone.
 *
 * The time limit runs while the page saves; once the page says it is asking
 * the user (a save failed), the limit stops: the user decides, not a timer.
 */
export function createCloseGuard({ window, ask, timeLimitMs, clock }: CloseGuardOptions): CloseGuard {
  let state: State = 'open';
  let requestId = 0;
  let timer: unknown = null;

  const stopTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  const closeNow = () => {
    stopTimer();
    state = 'closing';
    window.close();
  };

  window.onClose((event) => {
    if (state === 'closing') return;
    event.preventDefault();
    // A second click while the page saves or asks: the first request is still being answered.
    if (state !== 'open') return;
    state = 'waiting';
    requestId += 1;
    timer = clock.setTimeout(closeNow, timeLimitMs);
    ask(requestId);
  });

  return {
    onReply(id, answer) {
      if (id !== requestId || !isCloseAnswer(answer)) return;
      if (state !== 'waiting' && state !== 'asking') return;
      if (answer === 'close') return closeNow();
      stopTimer();
      state = answer === 'asking' ? 'asking' : 'open';
    },
  };
}
