import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api';
import type { Notice } from '../../../../shared/model/notice';
import { openDatabase } from '../../../../main/db/open-database';
import { dispatchApiCall } from '../../../../main/ipc/dispatch';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { docxParts } from '../../../support/docx-xml';
import { DEFAULT_LEDGER_SETTINGS } from '../../../../shared/ledger/ledger-columns';

const templates = loadLayoutTemplates();
const seed = JSON.parse(readFileSync(new URL('../../../fixtures/seeds/002_24447b05fa0c56f5.json', import.meta.url), 'utf8')) as Notice;

let services: Api;
let dir: string;
let exportChoice: string | null;
let shown: string[];
let importChoice: string | null;
let asked: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'services-'));
  exportChoice = join(dir, 'out.docx');
  shown = [];
  importChoice = null;
  asked = [];
  const db = openDatabase(join(dir, 'notices.sqlite'));
  services = createServices({
    db,
    databasePath: join(dir, 'notices.sqlite'),
    templates,
    dialogs: {
      chooseImportPath: async () => importChoice,
      chooseExportPath: async (name, what) => {
        asked.push(`${what}:${name}`);
        return exportChoice;
      },
      showInFolder: (path) => shown.push(path),
    },
    now: () => new Date('2026-11-23T02:00:00.000Z'),
  });
});

describe('services behind the window', () => {
  it('creates blank and layout notices with the settings’ defaults', async () => {
    await services.saveSettings({
      export: { fonts: {}, heading3Bold: false },
      ledger: DEFAULT_LEDGER_SETTINGS,
      defaults: {
        issuer: '中共某某局党组',
        issuerShort: '局党组',
        inspectingBody: '区委',
        signature: '中共某某局党组',
        contactsLead: '联系方式：',
        contacts: [{ kind: 'phone', label: '电话', value: '1234' }],
      },
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

  it('attaches the ledger as 附件 when asked: the note, then a landscape section with the table', async () => {
    await services.saveNotice(seed);
    await services.exportDocx(seed.id, { attachLedger: true });
    const xml = docxParts(readFileSync(exportChoice!))['word/document.xml']!;
    expect(xml).toContain(templates.boilerplate.attachmentNote);
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toContain('<w:tbl>');
    await services.exportDocx(seed.id);
    const plain = docxParts(readFileSync(exportChoice!))['word/document.xml']!;
    expect(plain).not.toContain('<w:tbl>');
    expect(plain).not.toMatch(/w:orient="landscape"/);
  });

  it('exports the ledger alone, in the columns and order the settings name, through its own save dialog', async () => {
    await services.saveNotice(seed);
    const settings = await services.getSettings();
    expect(settings.ledger).toEqual(DEFAULT_LEDGER_SETTINGS);
    await services.saveSettings({ ...settings, ledger: { columns: ['number', 'problem', 'completion'] } });
    const outcome = await services.exportLedger(seed.id);
    expect(outcome).toEqual({ status: 'saved', path: exportChoice });
    expect(asked.at(-1)).toMatch(/^ledger:.*整改台账.*\.docx$/);
    expect(shown).toEqual([exportChoice]);
    const xml = docxParts(readFileSync(exportChoice!))['word/document.xml']!;
    const header = /<w:tr>.*?<\/w:tr>/s.exec(xml.slice(xml.indexOf('<w:tbl>')))![0];
    const cells = [...header.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(cells).toEqual(['序号', '反馈问题', '完成情况']);
    exportChoice = null;
    expect(await services.exportLedger(seed.id)).toEqual({ status: 'canceled' });
  });

  it('reads a file to import for review and saves nothing until the notice is saved', async () => {
    importChoice = fileURLToPath(new URL('../../../../../shared/seeds/002_24447b05fa0c56f5.txt', import.meta.url));
    const preview = await services.previewImport();
    if (preview.status !== 'ready') throw new Error('expected a preview');
    expect(preview.fileName).toBe('002_24447b05fa0c56f5.txt');
    expect(preview.layoutName).not.toBe('');
    expect(preview.similarity).toBeGreaterThan(0.95);
    expect(preview.notice.createdAt).toBe('2026-11-23T02:00:00.000Z');
    expect(preview.notice.meta.issuer).toBe(seed.meta.issuer);
    // The lines read, each under its own number in the file, for the review to show beside the tree.
    const fileLines = readFileSync(importChoice, 'utf8').split('\n');
    const opening = preview.source!.lines.find((l) => l.text.startsWith('根据市委统一部署'))!;
    expect(fileLines[opening.line - 1]).toMatch(/^根据市委统一部署/);
    expect(preview.source!.lines.every((l) => l.text !== '')).toBe(true);
    expect(await services.listNotices()).toHaveLength(0);
    await services.saveNotice(preview.notice);
    expect((await services.getNotice(preview.notice.id)).checklist).toEqual(preview.notice.checklist);
    importChoice = null;
    expect(await services.previewImport()).toEqual({ status: 'canceled' });
  });

  it('refuses a file that is not a notice with one Chinese sentence, and saves nothing', async () => {
    importChoice = join(dir, '坏文件.docx');
    writeFileSync(
      importChoice,
      Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256),
    );
    const result = await dispatchApiCall(services, 'previewImport', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'file' } });
    if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await services.listNotices()).toHaveLength(0);
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
    expect(await dispatchApiCall(services, 'exportDocx', [seed.id, { attachLedger: 'yes' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    const result = await dispatchApiCall(services, 'saveNotice', [bad]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/\nmeta\.feedbackDate：日期无效/);
    expect(await services.listNotices()).toHaveLength(0); // nothing saved
  });

  it('names a layout the templates do not have, in Chinese, and saves nothing', async () => {
    const result = await dispatchApiCall(services, 'saveNotice', [{ ...seed, layoutId: 'no-such-layout' }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!result.ok) expect(result.error.message).toMatch(/^找不到版式“no-such-layout”。可用的版式：.*对照式/);
    expect(await services.listNotices()).toHaveLength(0);
  });
});
