/**
 * The window's close, negotiated between the main process and the page.
 *
 * Main holds the close and sends a request id on `closeRequest`; the page
 * saves what is unsaved and answers on `closeReply` with that id and one of
 * {@link CLOSE_ANSWERS}. Two fixed channels, nothing else: the page never
 * gets ipcRenderer itself, only the frozen object {@link createLifecycle}
 * builds.
 */
export const LIFECYCLE_CHANNELS = {
  closeRequest: 'lifecycle:close-request',
  closeReply: 'lifecycle:close-reply',
} as const;

/**
 * - `asking`: a save failed and the user is being asked; main stops its time
 *   limit, since a person reading a dialog must not be overruled by a timer.
 * - `close`: everything is saved, or the user chose to close anyway.
 * - `stay`: the user chose to stay; the window stays open.
 */
export const CLOSE_ANSWERS = ['asking', 'close', 'stay'] as const;
export type CloseAnswer = (typeof CLOSE_ANSWERS)[number];

export function isCloseAnswer(value: unknown): value is CloseAnswer {
  return typeof value === 'string' && (CLOSE_ANSWERS as readonly string[]).includes(value);
}

/**
 * The page's answer to a close request: resolves true to let the window
 * close. `asking` must be called before a dialog waits for the user.
 */
export type CloseHandler = (asking: () => void) => Promise<boolean>;

/** What the page sees as `window.lifecycle`. */
export interface Lifecycle {
  /** Sets the one handler for the window's close (a later call replaces it). */
  onCloseRequest(handler: CloseHandler): void;
}

/** The two ipcRenderer operations the bridge needs, without the event object. */
export interface LifecycleIpc {
  on(channel: string, listener: (...args: unknown[]) => void): void;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Builds `window.lifecycle` on top of `ipc`. Used by the preload and, with
 * bindings in place of ipcRenderer, by the browser tests' harness. Self
 * contained (the channels come in as an argument) so the harness can inject
 * its source into a page.
 */
export function createLifecycle(ipc: LifecycleIpc, channels: typeof LIFECYCLE_CHANNELS): Lifecycle {
  let handler: CloseHandler | null = null;
  ipc.on(channels.closeRequest, (id: unknown) => {
    if (typeof id !== 'number') return;
    const reply = (answer: CloseAnswer) => ipc.send(channels.closeReply, id, answer);
    // No page registered (it failed to start, or has nothing to save): nothing can be lost.
    if (!handler) return reply('close');
    Promise.resolve()
      .then(() => handler!(() => reply('asking')))
      .then(
        (leave) => reply(leave === true ? 'close' : 'stay'),
        // A handler that throws is a bug; answering stay would leave a window that can never close.
        () => reply('close'),
      );
  });
  return Object.freeze({
    onCloseRequest(next: CloseHandler) {
      if (typeof next === 'function') handler = next;
    },
  });
}
