import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/open-database';
import { dispatchApiCall } from '../../../../main/ipc/dispatch';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import type { Api } from '../../../../shared/api';
import { LARGEST_SEED, seedNotice } from '../../../support/seed-notice';
import { loadWorkbook, ownRows } from '../../../support/xlsx-sheet';

const templates = loadLayoutTemplates();
const seed = seedNotice(LARGEST_SEED);

let services: Api;
let dir: string;
/** What the user picks in the save dialog: the file type is the name's extension. */
let chosen: string | null;
let shown: string[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-export-'));
  shown = [];
  chosen = null;
  services = createServices({
    db: openDatabase(join(dir, 'notices.sqlite')),
    databasePath: join(dir, 'notices.sqlite'),
    templates,
    dialogs: { chooseImportPath: async () => null, chooseExportPath: async () => chosen, showInFolder: (path) => shown.push(path) },
    now: () => new Date('2026-11-23T02:00:00.000Z'),
  });
  await services.saveNotice(seed);
});

describe('导出台账 in the app', () => {
  it('writes a workbook when the user chooses 整改台账（Excel）, shows it, and keeps the export as a version', async () => {
    chosen = join(dir, '整改台账.xlsx');
    expect(await services.exportLedger(seed.id)).toEqual({ status: 'saved', path: chosen });
    expect(shown).toEqual([chosen]);
    const rows = ownRows((await loadWorkbook(readFileSync(chosen))).worksheets[0]!);
    expect(rows[0]![0]).toBe('中共东莞市民政局党组巡察反馈问题整改台账');
    expect(rows[1]).toEqual(['序号', '反馈问题', '整改措施', '责任单位', '完成情况', '整改进展']);
    const versions = await services.listVersions(seed.id);
    expect(versions.map((v) => [v.reason, v.file])).toContainEqual(['export', chosen]);
  });

  it('writes a Word table when the user chooses 整改台账（Word）', async () => {
    chosen = join(dir, '整改台账.docx');
    await services.exportLedger(seed.id);
    expect(readFileSync(chosen).subarray(0, 2).toString()).toBe('PK');
    expect((await services.listVersions(seed.id)).map((v) => v.file)).toContain(chosen);
  });

  it('says in Chinese why a workbook cannot be written, leaving no temporary file and no version', async () => {
    // A folder where the file should go: the same for every user, root included (a read-only folder is not).
    chosen = join(dir, '整改台账.xlsx');
    mkdirSync(chosen);
    const refused = await dispatchApiCall(services, 'exportLedger', [seed.id]);
    expect(refused).toEqual({ ok: false, error: { code: 'file', message: `“${chosen}”是一个文件夹，不能作为导出文件名。` } });

    chosen = join(dir, '没有这个文件夹', '整改台账.xlsx');
    const missing = await dispatchApiCall(services, 'exportLedger', [seed.id]);
    expect(missing).toEqual({ ok: false, error: { code: 'file', message: `保存位置不存在：${join(dir, '没有这个文件夹')}` } });

    // Neither failure left a temporary file behind, nor a version of an export that did not happen.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await services.listVersions(seed.id)).filter((v) => v.reason === 'export')).toEqual([]);
  });

  it('refuses a name that is neither .docx nor .xlsx, in Chinese, writing nothing', async () => {
    chosen = join(dir, '整改台账.xls');
    const refused = await dispatchApiCall(services, 'exportLedger', [seed.id]);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: `整改台账的文件名应以 .docx（Word 表格）或 .xlsx（Excel 表格）结尾：${chosen}` },
    });
    expect(existsSync(chosen)).toBe(false);
    expect(shown).toEqual([]);
  });
});
