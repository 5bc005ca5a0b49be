import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api';
import type { Notice } from '../../../../shared/model/notice';
import { openDatabase } from '../../../../main/db/open-database';
import { dispatchApiCall } from '../../../../main/ipc/dispatch';
import { createServices } from '../../../../main/services/create-services';
import { loadTemplates } from '../../../../main/templates/load-templates';
import { docxParts } from '../../../support/docx-xml';
import { DEFAULT_LEDGER_SETTINGS } from '../../../../shared/ledger/ledger-columns';

const templates = loadTemplates();
const seed = JSON.parse(
  readFileSync(new URL('../../../fixtures/seeds/002_24447b05fa0c56f5.json', import.meta.url), 'utf8'),
) as Notice;

let services: Api;
let dir: string;
let exportChoice: string | null;
let shown: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'services-'));
  exportChoice = join(dir, 'out.docx');
  shown = [];
  const db = openDatabase(join(dir, 'notices.sqlite'));
  services = createServices({
    db,
    databasePath: join(dir, 'notices.sqlite'),
    templates,
    dialogs: { chooseImportPath: async () => null, chooseExportPath: async () => exportChoice, showInFolder: (path) => shown.push(path) },
    now: () => new Date('2026-11-23T02:00:00.000Z'),
  });
});

describe('services behind the window', () => {
  it('creates blank and layout notices with the settings’ defaults', async () => {
    await services.saveSettings({
      export: { fonts: {}, heading3Bold: false },
      ledger: DEFAULT_LEDGER_SETTINGS,
      defaults: { issuer: '中共某某局党组', issuerShort: '局党组', inspectingBody: '区委', signature: '中共某某局党组', contactsLead: '联系方式：', contacts: [{ kind: 'phone', label: '电话', value: '1234' }] },
    });
    const blank = await services.createNotice({ kind: 'blank' });
    expect(blank.meta.issuer).toBe('中共某某局党组');
    expect(blank.meta.contacts).toEqual([{ kind: 'phone', label: '电话', value: '1234' }]);
    const fenxiang = await services.createNotice({ kind: 'layout', layoutId: 'fenxiang' });
    expect(fenxiang.layoutId).toBe('fenxiang');
    expect((await services.listNotices()).map((n) => n.id).sort()).toEqual([blank.id, fenxiang.id].sort());
  });

  it('copies a notice under new ids, as a draft', async () => {
    await services.saveNotice(seed);
    const copy = await services.createNotice({ kind: 'copy', sourceId: seed.id });
    expect(copy.id).not.toBe(seed.id);
    expect(copy.status).toBe('draft');
    expect(copy.meta).toEqual(seed.meta);
    expect(copy.checklist[0]!.id).not.toBe(seed.checklist[0]!.id);
    expect(await services.getNotice(copy.id)).toEqual(copy);
  });

  it('exports through the save dialog and shows the file; a cancelled dialog writes nothing', async () => {
    await services.saveNotice(seed);
    const outcome = await services.exportDocx(seed.id);
    expect(outcome).toEqual({ status: 'saved', path: exportChoice });
    expect(shown).toEqual([exportChoice]);
    expect(docxParts(readFileSync(exportChoice!))['word/document.xml']).toContain('第一方面问题');
    exportChoice = null;
    expect(await services.exportDocx(seed.id)).toEqual({ status: 'canceled' });
  });
});

describe('the dispatcher', () => {
  it('answers values and typed errors, never throws', async () => {
    await services.saveNotice(seed);
    expect(await dispatchApiCall(services, 'getNotice', [seed.id])).toMatchObject({ ok: true, value: { id: seed.id } });
    expect(await dispatchApiCall(services, 'getNotice', ['no-such'])).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses unknown methods and bad arguments with a Chinese message naming the field', async () => {
    expect(await dispatchApiCall(services, 'constructor', [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatchApiCall(services, 'getNotice', [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const bad = { ...seed, meta: { ...seed.meta, feedbackDate: '2021-02-30' } };
    const result = await dispatchApiCall(services, 'saveNotice', [bad]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/0\.meta\.feedbackDate：日期无效/);
    expect(await services.listNotices()).toHaveLength(0); // nothing saved
  });
});
