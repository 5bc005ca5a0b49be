import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../../shared/import/errors';
import { previewImportFile } from '../services/import-preview';
import type { Templates } from '../templates/load-templates';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-worker-protocol';

/**
 * The import of one file, in a worker thread: the app's main process hands
 * it the path and the templates and waits without blocking its event loop;
 * it may end this thread at any moment (取消, time limit) and nothing is lost.
 */
const { path, templates, now } = workerData as ImportWorkerRequest;

function reply(): ImportWorkerReply {
  try {
    return { kind: 'ready', preview: previewImportFile(path, templates as Templates, new Date(now)) };
  } catch (error) {
    // importBytes turns every failure into an ImportError; this is a fault of the worker itself.
    return { kind: 'refused', message: error instanceof ImportError ? error.message : '读取这个文件时导入程序内部出错，未导入。请重试。' };
  }
}

parentPort!.postMessage(reply());
