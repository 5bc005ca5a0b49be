import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportError } from '../../shared/import/errors';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';
import type { ImportWorkerReply, ImportWorkerRequest, WorkerOutcome } from './import-worker-protocol';

/**
 * Bounds on one import. The importer is linear and refuses what no notice
 * reaches within a second or two; these stop what slips past that on a slow
 * office PC (thirty seconds) or a file built to exhaust memory.
 */
export const IMPORT_TIME_LIMIT_MS = 30_000;
export const IMPORT_MEMORY_LIMIT_MB = 1024;

export interface ImportLimits {
  timeLimitMs?: number;
  memoryLimitMb?: number;
}

/** An import under way: its outcome, and a way to stop it. */
export interface RunningImport {
  /** The preview or a ledger's table; { status: 'canceled' } once cancel() stopped it; rejects with an ImportError in Chinese. */
  outcome: Promise<WorkerOutcome>;
  /** Ends the worker at once; the outcome settles as canceled. Does nothing once it has settled. */
  cancel(): void;
}

/**
 * Reads and imports a file in a worker thread, so that the main process's
 * event loop (the window's calls, autosave) never waits for it. The worker
 * is ended when the user cancels, when it takes longer than the time limit
 * and when it passes its memory limit; each is told in Chinese.
 */
export function importInWorker(path: string, templates: LayoutTemplates, now: Date, limits: ImportLimits = {}): RunningImport {
  const request: ImportWorkerRequest = { path, templates, now: now.toISOString() };
  const [entry, how] = workerEntry();
  const worker = new Worker(entry, {
    ...how,
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryLimitMb ?? IMPORT_MEMORY_LIMIT_MB },
    stdout: false,
    stderr: false,
  });
  let settle: { resolve: (value: WorkerOutcome) => void; reject: (error: ImportError) => void } | null = null;
  const outcome = new Promise<WorkerOutcome>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (how: (s: NonNullable<typeof settle>) => void) => {
    if (!settle) return;
    const s = settle;
    settle = null;
    clearTimeout(timer);
    void worker.terminate();
    how(s);
  };
  const timeLimit = limits.timeLimitMs ?? IMPORT_TIME_LIMIT_MS;
  const timer = setTimeout(
    () =>
      finish((s) =>
        s.reject(
          new ImportError(
            `读取文件超过 ${Math.max(1, Math.round(timeLimit / 1000))} 秒仍未完成，已停止。文件可能过大或结构异常，请确认选择的是通报的 Word 文档或文本。`,
          ),
        ),
      ),
    timeLimit,
  );
  worker.on('message', (reply: ImportWorkerReply) =>
    finish((s) =>
      reply.kind === 'ready'
        ? s.resolve(reply.preview)
        : reply.kind === 'ledger'
          ? s.resolve(reply.read)
          : s.reject(new ImportError(reply.message)),
    ),
  );
  worker.on('error', (error: Error & { code?: string }) => {
    const message =
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `读取文件时用到的内存超过 ${limits.memoryLimitMb ?? IMPORT_MEMORY_LIMIT_MB} MB 的上限，已停止。文件可能过大或结构异常，请确认选择的是通报的 Word 文档或文本。`
        : '读取这个文件时导入程序内部出错，未导入。请重试；如果仍然失败，请重新启动程序。';
    // The English stays in the log for whoever maintains the program; the user gets the sentence.
    if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') console.error(error);
    finish((s) => s.reject(new ImportError(message)));
  });
  worker.on('exit', () => finish((s) => s.reject(new ImportError('读取这个文件时导入程序意外退出，未导入。请重试。'))));
  return { outcome, cancel: () => finish((s) => s.resolve({ status: 'canceled' })) };
}

/**
 * Where the worker's code is. The built app (electron-vite) puts
 * import-worker.js beside the main bundle. Run from the TypeScript source
 * (tests, the e2e harness, tsx), the worker first registers tsx's loader
 * and then loads the .ts: a worker's own entry cannot be TypeScript, as
 * Node 20 loads it before any --import hook is in place.
 */
function workerEntry(): [string | URL, { eval?: boolean }] {
  const fromSource = import.meta.url.endsWith('.ts');
  // Not written as new URL('literal', import.meta.url): the bundler would take the literal for an asset.
  const file = fromSource ? './import-worker.ts' : './import-worker.js';
  const url = new URL(file, import.meta.url);
  if (!fromSource) return [url, {}];
  // tsx's ESM entry (require.resolve would name its CommonJS twin, which cannot register from here).
  const tsx = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  return [`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true }];
}
