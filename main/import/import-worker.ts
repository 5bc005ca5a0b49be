import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../../shared/import/errors';
import { previewImportFile } from '../services/import-preview';
import { readLimited } from './import-file';
import { readLedgerFile } from './read-ledger-file';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-worker-protocol';

/**
 * The import of one file, in a worker thread: the app's main process hands
 * it the path and the templates and waits without blocking its event loop;
 * it may end this thread at any moment (取消, time limit) and nothing is lost.
 */
const { path, templates, now } = workerData as ImportWorkerRequest;

async function reply(): Promise<ImportWorkerReply> {
  try {
    // A spreadsheet or a Word ledger table is read as a ledger; anything else as a notice.
    const fileName = basename(path);
    const table = await readLedgerFile(readLimited(path), fileName);
    if (table) return { kind: 'ledger', read: { status: 'ledger', fileName, table } };
    return { kind: 'ready', preview: previewImportFile(path, templates as LayoutTemplates, new Date(now)) };
  } catch (error) {
    // importBytes turns every failure into an ImportError; this is a fault of the worker itself.
    return { kind: 'refused', message: error instanceof ImportError ? error.message : '读取这个文件时导入程序内部出错，未导入。请重试。' };
  }
}

parentPort!.postMessage(await reply());
