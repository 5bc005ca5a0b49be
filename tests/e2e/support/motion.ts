import type { Locator } from 'playwright-core';

/**
 * Waits until nothing moves the element: no finite animation or transition
 * running on it, inside it or on what holds it (a drawer sliding in, a
 * dialog zooming open). A press and a release on something still moving can
 * land on two different things, and then nothing is clicked; Playwright's
 * own check that an element stands still compares two frames only.
 */
export async function untilStill(target: Locator): Promise<void> {
  await target.evaluate(async (element) => {
    const moving = () =>
      document.getAnimations().filter((animation) => {
        const on = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
        const finite = animation.effect?.getComputedTiming().endTime !== Infinity;
        return on !== null && finite && animation.playState === 'running' && (on.contains(element) || element.contains(on));
      });
    // One motion may start another (a dialog's mask, then its body): until none is left.
    for (let running = moving(); running.length > 0; running = moving()) {
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
    }
  });
}

/** Clicks once the element stands still: an option of a list that is still sliding open, say. */
export async function clickWhenStill(target: Locator): Promise<void> {
  await untilStill(target);
  await target.click();
}
