import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackupWorkerReply, BackupWorkerRequest } from './backup-worker-protocol';

/** Runs the start-of-day backup in its worker; resolves with the path written (or null), rejects with the worker's failure. */
export function startBackupInWorker(request: BackupWorkerRequest): Promise<string | null> {
  const [entry, how] = workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { ...how, workerData: request, stdout: false, stderr: false });
    let settled = false;
    worker.on('message', (reply: BackupWorkerReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve(reply.path);
      else reject(Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {}));
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`备份进程意外退出（退出码 ${code}）`));
    });
  });
}

/**
 * Where the worker's code is: backup-worker.js beside the built bundle
 * (electron.vite.config.ts), or — run from the TypeScript sources (tests,
 * tsx) — the .ts loaded after registering tsx's loader, as a worker's own
 * entry cannot be TypeScript (main/import/import-in-worker.ts does the same).
 */
function workerEntry(): [string | URL, { eval?: boolean }] {
  const fromSource = import.meta.url.endsWith('.ts');
  const file = fromSource ? './backup-worker.ts' : './backup-worker.js';
  const url = new URL(file, import.meta.url);
  if (!fromSource) return [url, {}];
  const tsx = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  return [`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true }];
}
