import { describe, expect, it } from 'vitest';
import { createCloseGuard, type Clock } from '../../../../main/app/close-guard';

const LIMIT = 5000;

/** A clock the test moves by hand: nothing happens until `advance`. */
function manualClock() {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 0;
  const clock: Clock = {
    setTimeout(run, ms) {
      timers.set(++next, { at: now + ms, run });
      return next;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now) continue;
      timers.delete(id);
      timer.run();
    }
  };
  return { clock, advance, pending: () => timers.size };
}

/** A window as Electron's would behave: close() fires the close event, and closes unless it is prevented. */
function fakeWindow(clock: Clock) {
  let listener: ((event: { preventDefault(): void }) => void) | null = null;
  const asked: number[] = [];
  const window = {
    closed: false,
    onClose(l: typeof listener) {
      listener = l;
    },
    close() {
      let prevented = false;
      listener!({ preventDefault: () => (prevented = true) });
      if (!prevented) window.closed = true;
    },
  };
  const guard = createCloseGuard({ window, ask: (id) => asked.push(id), timeLimitMs: LIMIT, clock });
  return { window, guard, asked };
}

describe('the close guard', () => {
  it('holds the close until the page reports everything saved, then closes', () => {
    const { clock, advance, pending } = manualClock();
    const { window, guard, asked } = fakeWindow(clock);
    window.close();
    expect(window.closed).toBe(false);
    expect(asked).toEqual([1]);
    advance(100);
    guard.onReply(1, 'close');
    expect(window.closed).toBe(true);
    // The time limit is gone with it: nothing fires later.
    expect(pending()).toBe(0);
  });

  it('closes at the time limit when the page does not answer, and not before', () => {
    const { clock, advance } = manualClock();
    const { window } = fakeWindow(clock);
    window.close();
    advance(LIMIT - 1);
    expect(window.closed).toBe(false);
    advance(1);
    expect(window.closed).toBe(true);
  });

  it('waits for the user past the time limit once the page is asking, then does as answered', () => {
    const { clock, advance } = manualClock();
    const { window, guard, asked } = fakeWindow(clock);
    window.close();
    guard.onReply(1, 'asking');
    advance(LIMIT * 10);
    expect(window.closed).toBe(false);
    // The user chose to stay: the window stays, and the next close asks again.
    guard.onReply(1, 'stay');
    advance(LIMIT * 2);
    expect(window.closed).toBe(false);
    window.close();
    expect(asked).toEqual([1, 2]);
    guard.onReply(2, 'asking');
    guard.onReply(2, 'close');
    expect(window.closed).toBe(true);
  });

  it('asks once while a request is open, and ignores stale, unknown or malformed replies', () => {
    const { clock, advance } = manualClock();
    const { window, guard, asked } = fakeWindow(clock);
    window.close();
    window.close();
    expect(asked).toEqual([1]);
    guard.onReply(1, 'stay');
    window.close();
    for (const [id, answer] of [
      [1, 'close'],
      ['2', 'close'],
      [2, 'leave'],
      [2, { answer: 'close' }],
      [3, 'close'],
      [null, null],
    ] as const) {
      guard.onReply(id, answer);
    }
    expect(window.closed).toBe(false);
    // The open request still has its time limit.
    advance(LIMIT);
    expect(window.closed).toBe(true);
  });
});
