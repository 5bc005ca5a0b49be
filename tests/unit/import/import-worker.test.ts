import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../main/import/import-file';
import { importInWorker } from '../../../main/import/import-in-worker';
import { openDatabase } from '../../../main/db/open-database';
import { dispatchApiCall } from '../../../main/ipc/dispatch';
import { createServices } from '../../../main/services/create-services';
import { ImportError } from '../../../shared/import/errors';
import { slowDocx } from '../../support/crafted-docx';
import { SEEDS_DIR, templates } from './helpers';

/**
 * The app reads a file to import in a worker thread: the main process's
 * event loop keeps running meanwhile, 取消 ends the worker at once, and the
 * time and memory bounds end it with a Chinese sentence.
 */

const dir = mkdtempSync(join(tmpdir(), 'import-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A .docx that takes the importer a second or two (a quarter of a million elements, refused at the end as not a notice). */
const slow = join(dir, '很大的文件.docx');
writeFileSync(slow, slowDocx());
const seed = join(SEEDS_DIR, '002_24447b05fa0c56f5.txt');

/** Counts the event loop's turns until `until` settles. */
async function ticksDuring(until: Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  await until.catch(() => undefined);
  clearInterval(timer);
  return ticks;
}

describe('import in a worker thread', () => {
  it('gives the same notice as the importer run in the process', async () => {
    const preview = await importInWorker(seed, templates, new Date('2026-12-01T08:00:00.000Z')).outcome;
    if (preview.status !== 'ready') return expect.fail('expected a preview');
    const direct = importFile(seed, templates);
    expect(preview.notice.meta).toEqual(direct.notice.meta);
    expect(JSON.stringify(preview.notice.checklist).replace(/"id":"[^"]+"/gu, '')).toBe(
      JSON.stringify(direct.notice.checklist).replace(/"id":"[^"]+"/gu, ''),
    );
    expect(preview.notice.createdAt).toBe('2026-12-01T08:00:00.000Z');
  });

  it('keeps the event loop turning while a slow file is read, and refuses it in Chinese', async () => {
    const outcome = importInWorker(slow, templates, new Date()).outcome;
    const ticks = ticksDuring(outcome);
    await expect(outcome).rejects.toThrow(/^这份文件不像巡察整改情况的通报/u);
    // Read on this thread, the interval could not have fired until the import was over.
    expect(await ticks).toBeGreaterThan(20);
  });

  it('stops at 取消: the outcome is canceled, not the refusal the whole read ends in', async () => {
    const running = importInWorker(slow, templates, new Date());
    setTimeout(() => running.cancel(), 50);
    expect(await running.outcome).toEqual({ status: 'canceled' });
    // A second cancel, after the end, changes nothing.
    running.cancel();
    expect(await running.outcome).toEqual({ status: 'canceled' });
  });

  it('stops a read that passes its time limit, and says so', async () => {
    const error = await importInWorker(slow, templates, new Date(), { timeLimitMs: 100 }).outcome.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^读取文件超过 1 秒仍未完成，已停止。/u);
  });

  it('stops a read that passes its memory limit, and says so', async () => {
    const error = await importInWorker(slow, templates, new Date(), { memoryLimitMb: 16 }).outcome.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^读取文件时用到的内存超过 16 MB 的上限，已停止。/u);
  });

  it('cancelImport through the window’s dispatcher ends the read previewImport started', async () => {
    const services = createServices({
      db: openDatabase(join(dir, 'notices.sqlite')),
      databasePath: join(dir, 'notices.sqlite'),
      templates,
      dialogs: { chooseImportPath: async () => slow, chooseExportPath: async () => null, showInFolder: () => undefined },
    });
    const preview = dispatchApiCall(services, 'previewImport', []);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await dispatchApiCall(services, 'cancelImport', [])).toEqual({ ok: true, value: undefined });
    expect(await preview).toEqual({ ok: true, value: { status: 'canceled' } });
    // No file being read: nothing to stop, no error.
    expect(await dispatchApiCall(services, 'cancelImport', [])).toEqual({ ok: true, value: undefined });
    expect((await dispatchApiCall(services, 'cancelImport', ['x'])).ok).toBe(false);
    expect(await services.listNotices()).toEqual([]);
  });
});
