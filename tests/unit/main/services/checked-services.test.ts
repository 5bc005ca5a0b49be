import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api';
import type { Notice } from '../../../../shared/model/notice';
import { InvalidInputError, NoticeNotFoundError } from '../../../../main/db/errors';
import type { Database } from '../../../../main/db/database';
import { openDatabase } from '../../../../main/db/open-database';
import { checkedServices, dispatchApiCall } from '../../../../main/ipc/dispatch';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';

/** The command line calls the window's services through the same argument checks and gets the same errors. */
const templates = loadLayoutTemplates();
const seed = JSON.parse(readFileSync(new URL('../../../fixtures/seeds/002_24447b05fa0c56f5.json', import.meta.url), 'utf8')) as Notice;

let dir: string;
let db: Database;
let services: Api;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'checked-services-'));
  db = openDatabase(join(dir, 'notices.sqlite'));
  services = createServices({
    db,
    databasePath: join(dir, 'notices.sqlite'),
    templates,
    dialogs: { chooseImportPath: async () => null, chooseExportPath: async () => null, showInFolder: () => undefined },
  });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('checked services', () => {
  it('refuses arguments the window would have refused, with the same sentence', async () => {
    const tooLong = 'x'.repeat(65);
    const fromWindow = await dispatchApiCall(services, 'getNotice', [tooLong]);
    expect(fromWindow.ok).toBe(false);
    const refusal = await checkedServices(services)
      .getNotice(tooLong)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InvalidInputError);
    expect((refusal as Error).message).toBe(fromWindow.ok ? '' : fromWindow.error.message);
  });

  it('passes good arguments on: a saved notice reads back; a missing one is the one not-found error', async () => {
    const checked = checkedServices(services);
    await checked.saveNotice(seed);
    expect((await checked.getNotice(seed.id)).meta).toEqual(seed.meta);
    const missing = await checked.getNotice('no-such').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(NoticeNotFoundError);
    const fromWindow = await dispatchApiCall(services, 'getNotice', ['no-such']);
    expect(fromWindow).toEqual({ ok: false, error: { code: 'not-found', message: (missing as Error).message } });
  });
});
