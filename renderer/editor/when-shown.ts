/** How many frames a panel just selected is given to mount before what waits for it gives up. */
export const FRAMES_TO_MOUNT = 10;

/**
 * Runs `attempt` on each of the next animation frames until it returns true
 * (what it waited for is on screen and done) or `frames` have passed: the
 * panel a selection shows mounts on a later frame than the click or key.
 * Returns a function that stops the waiting.
 */
export function onceShown(attempt: () => boolean, frames = FRAMES_TO_MOUNT): () => void {
  let handle = 0;
  const next = (left: number) => {
    handle = requestAnimationFrame(() => {
      handle = 0;
      if (!attempt() && left > 0) next(left - 1);
    });
  };
  next(frames);
  return () => {
    if (handle) cancelAnimationFrame(handle);
    handle = 0;
  };
}
