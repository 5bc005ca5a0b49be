import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import type { Notice } from '../../shared/model/notice';
import { allItems } from '../../shared/model/tree';
import { ledgerNotice } from '../support/ledger-notice';
import { loadWorkbook, ownRows } from '../support/xlsx-sheet';
import { EditorPage } from './support/editor-page';
import { launchApp, type LaunchedApp } from './support/launch-app';

/** 导出台账 with 整改台账（Excel） chosen in the save dialog: the workbook the user then opens. */
let app: LaunchedApp;
let editor: EditorPage;
let notice: Notice;

beforeAll(async () => {
  app = await launchApp();
  editor = new EditorPage(app);
  notice = ledgerNotice(loadLayoutTemplates(), 6);
  await app.services.saveNotice(notice);
  await editor.openNotice(notice.id);
});
afterAll(async () => {
  await app?.close();
});

describe('the ledger exported as a spreadsheet from the editor', () => {
  it('writes the .xlsx the user chose, says where, and holds every item under the frozen header', async () => {
    app.chooseLedgerType('xlsx');
    const message = await editor.exportLedger();
    const path = app.shown.at(-1)!;
    expect(path).toMatch(/（整改台账）\.xlsx$/u);
    expect(message).toContain(`已导出整改台账，并已在文件夹中显示：${path}`);
    const sheet = (await loadWorkbook(readFileSync(path))).worksheets[0]!;
    const rows = ownRows(sheet);
    expect(rows[0]![0]).toBe(`${notice.meta.issuer}巡察反馈问题整改台账`);
    expect(rows[1]).toEqual(['序号', '反馈问题', '整改措施', '责任领导', '责任单位', '整改时限', '完成情况', '整改进展']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const problems = rows.filter((row) => typeof row[0] === 'number').map((row) => row[1]);
    expect(problems).toEqual(allItems(notice.checklist).map((item) => item.problem));
  });

  it('still writes the Word table when the user keeps 整改台账（Word）', async () => {
    app.chooseLedgerType(null);
    await editor.exportLedger();
    expect(app.shown.at(-1)).toMatch(/（整改台账）\.docx$/u);
    expect(readFileSync(app.shown.at(-1)!).subarray(0, 2).toString()).toBe('PK');
  });
});
