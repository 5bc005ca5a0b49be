import type { BrowserContext, Page } from 'playwright-core';
import { CLOSE_TIME_LIMIT_MS, createCloseGuard } from '../../../main/app/close-guard';
import { createLifecycle, LIFECYCLE_CHANNELS, type CloseAnswer } from '../../../shared/lifecycle';

/** What a close asked of the window came to. */
export type CloseOutcome = 'closed' | 'stayed';

export interface LifecycleHarness {
  /**
   * Clicks the window's close button, as Electron's main would see it: the
   * real close guard asks the page through `window.lifecycle`. Resolves when
   * the page is closed or the page answered that the user stays.
   */
  requestClose(): Promise<CloseOutcome>;
  /** Every answer the page sent, in order. */
  answers: CloseAnswer[];
  /**
   * True once the close was let through: as in Electron, the window and then
   * the database are gone, so nothing the page sends after that is written.
   */
  readonly closed: boolean;
}

type Deliver = (channel: string, args: unknown[]) => void;

/**
 * Wires `window.lifecycle` exactly as the preload builds it — the same
 * createLifecycle over two channels — with bindings standing in for
 * ipcRenderer, and the main process's close guard (main/app/close-guard.ts)
 * on this side. `page()` is the window's page, for the sender check.
 */
export async function wireLifecycle(
  context: BrowserContext,
  page: () => Page,
  options: { timeLimitMs?: number } = {},
): Promise<LifecycleHarness> {
  const answers: CloseAnswer[] = [];
  let closed = false;
  let settle: ((outcome: CloseOutcome) => void) | null = null;
  const finish = (outcome: CloseOutcome) => {
    settle?.(outcome);
    settle = null;
  };

  // Electron's window: close() fires the close event and closes unless a listener prevents it.
  let closeListener: ((event: { preventDefault(): void }) => void) | null = null;
  const closeWindow = () => {
    let prevented = false;
    closeListener?.({ preventDefault: () => (prevented = true) });
    if (prevented) return;
    closed = true;
    void page()
      .close()
      .then(() => finish('closed'));
  };
  const guard = createCloseGuard({
    window: { onClose: (listener) => (closeListener = listener), close: closeWindow },
    ask: (requestId) =>
      void page()
        .evaluate(
          ([channel, id]) => (window as unknown as { __zhenggaiLifecycleDeliver: Deliver }).__zhenggaiLifecycleDeliver(channel, [id]),
          [LIFECYCLE_CHANNELS.closeRequest, requestId] as const,
        )
        .catch(() => undefined),
    timeLimitMs: options.timeLimitMs ?? CLOSE_TIME_LIMIT_MS,
    clock: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
  });

  // ipcRenderer.send: main checks the sender, as main.ts does.
  await context.exposeBinding('__zhenggaiLifecycleSend', (source, channel: unknown, args: unknown) => {
    if (source.page !== page() || channel !== LIFECYCLE_CHANNELS.closeReply || !Array.isArray(args)) return;
    const [requestId, answer] = args as unknown[];
    if (answer === 'asking' || answer === 'close' || answer === 'stay') answers.push(answer);
    guard.onReply(requestId, answer);
    if (answer === 'stay') finish('stayed');
  });
  // ipcRenderer.on: the listeners stay in the page; the harness delivers to them.
  await context.addInitScript({
    content: `(() => {
      const send = window.__zhenggaiLifecycleSend;
      const listeners = new Map();
      const ipc = { on: (channel, listener) => listeners.set(channel, listener), send: (channel, ...args) => void send(channel, args) };
      Object.defineProperty(window, '__zhenggaiLifecycleDeliver', { value: (channel, args) => listeners.get(channel)?.(...args) });
      Object.defineProperty(window, 'lifecycle', { value: (${createLifecycle.toString()})(ipc, ${JSON.stringify(LIFECYCLE_CHANNELS)}), writable: false });
    })();`,
  });

  return {
    answers,
    get closed() {
      return closed;
    },
    requestClose() {
      const outcome = new Promise<CloseOutcome>((resolve) => (settle = resolve));
      closeWindow();
      return outcome;
    },
  };
}
