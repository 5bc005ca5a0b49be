import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLedgerDocx } from '../../../main/export/export-notice';
import { saveNotice } from '../../../main/db/notices';
import { openDatabase } from '../../../main/db/open-database';
import { setSetting } from '../../../main/db/settings';
import { loadLayoutTemplates, type LayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { LEDGER_COLUMNS } from '../../../shared/ledger/ledger-columns';
import { nextStageNotice } from '../../../shared/library/next-stage';
import { copyForInsert } from '../../../main/library/copy-for-insert';
import { SETTINGS_KEYS, trackingSettingsSchema } from '../../../shared/model/settings';
import { allItems } from '../../../shared/model/tree';
import { compareNotices } from '../../../shared/versions/compare-notices';
import { attr, docxParts, nodes, parseXml } from '../../support/docx-xml';
import { cli } from '../../support/run-cli';
import { sampleNotice } from '../../support/sample-notice';

/**
 * Where the tracking fields meet the rest: the ledger with every column,
 * a ledger exported with the office's labels or the added columns and
 * imported again, 历史版本's comparison, and 条目库's copies.
 */

let templates: LayoutTemplates;
let dir: string;
beforeAll(() => {
  templates = loadLayoutTemplates();
  dir = mkdtempSync(join(tmpdir(), 'zgtb-tracking-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the .docx ledger with every column chosen in 设置', () => {
  it('exports, every column at least as wide as a character', async () => {
    const notice = nextStageNotice(sampleNotice(templates, 'duizhao'), templates.boilerplate.stagePhrases, new Date());
    // Every column has something to print, so none is dropped as empty.
    for (const item of allItems(notice.checklist)) {
      Object.assign(item, {
        responsibleLeader: '张三',
        deadline: '2030-12-31',
        evidence: '《关于规范财务管理的通知》（某财发〔2024〕3号）',
        figures: { moneyRecoveredFen: 128000, moneyToRecoverFen: null, rulesMade: 2, peopleHeld: 1 },
      });
    }
    const bytes = await exportLedgerDocx(notice, templates, { ledgerColumns: [...LEDGER_COLUMNS] });
    const doc = parseXml(docxParts(bytes)['word/document.xml']!);
    const widths = nodes('//w:gridCol', doc).map((col) => Number(attr(col, 'w')));
    // 12 pt text is 240 twips a character: anything narrower breaks every character onto its own line.
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(240 * 2);
  });
});

describe('a ledger exported with renamed status labels', () => {
  it('imports back with the statuses it was exported with', async () => {
    const dbPath = join(dir, 'labels.sqlite');
    const db = openDatabase(dbPath);
    const notice = sampleNotice(templates, 'duizhao');
    saveNotice(db, notice);
    const labels = { done: '整改到位', mostlyDone: '大部分整改', ongoing: '已整改', longTerm: '长期坚持' };
    setSetting(db, SETTINGS_KEYS.tracking, { statusLabels: labels, dueSoonDays: 10 }, trackingSettingsSchema);
    db.close();
    const file = join(dir, 'labels-ledger.docx');
    expect((await cli('ledger', notice.id, '--out', file, '--db', dbPath)).code).toBe(0);
    const run = await cli('import', file, '--dry-run', '--json', '--db', dbPath);
    const imported = JSON.parse(run.stdout).notice;
    expect(allItems(imported.checklist).map((item) => item.status)).toEqual(allItems(notice.checklist).map((item) => item.status));
  });
});

describe('a ledger exported with 上次进展 and 证明材料', () => {
  it('is recognised by the ledger import', async () => {
    const dbPath = join(dir, 'columns.sqlite');
    const db = openDatabase(dbPath);
    const next = nextStageNotice(sampleNotice(templates, 'duizhao'), templates.boilerplate.stagePhrases, new Date());
    saveNotice(db, next);
    setSetting(db, SETTINGS_KEYS.ledger, {
      columns: ['number', 'problem', 'measures', 'unit', 'deadline', 'completion', 'progress', 'previousProgress', 'evidence'],
    });
    db.close();
    const file = join(dir, 'columns-ledger.docx');
    expect((await cli('ledger', next.id, '--out', file, '--db', dbPath)).code).toBe(0);
    const run = await cli('import', file, '--dry-run', '--db', dbPath);
    expect(run.stdout).not.toContain('表头无法识别');
    expect(run.code).toBe(0);
  });
});

describe('历史版本 comparison', () => {
  it('tells a change of 整改时限 kind and of the evidence note', () => {
    const before = sampleNotice(templates, 'duizhao');
    const after = structuredClone(before);
    Object.assign(allItems(after.checklist)[0]!, { deadlineKind: 'longTerm', evidence: '《关于规范财务管理的通知》（某财发〔2024〕3号）' });
    const layout = templates.layouts.find((l) => l.id === 'duizhao')!;
    expect(compareNotices(before, after, { layoutOf: () => layout }).identical).toBe(false);
  });
});

describe('an item copied from 条目库 into another notice', () => {
  it('is not 待更新 and brings no stage history of the notice it came from', () => {
    const db = openDatabase(join(dir, 'library.sqlite'));
    const next = nextStageNotice(sampleNotice(templates, 'duizhao'), templates.boilerplate.stagePhrases, new Date());
    saveNotice(db, next);
    const copy = copyForInsert(db, { kind: 'node', id: allItems(next.checklist)[0]!.id });
    db.close();
    expect(copy.kind === 'item' && [copy.needsUpdate, copy.history.length]).toEqual([false, 0]);
  });
});

describe('a 长期坚持 time limit in the ledger', () => {
  it('comes back with the status the ledger gives, the time limit still 长期坚持', async () => {
    const { exportLedgerXlsx } = await import('../../../main/export/ledger-xlsx');
    const { readLedgerFile } = await import('../../../main/import/read-ledger-file');
    const { importLedger } = await import('../../../shared/import/ledger/import-ledger');
    const notice = sampleNotice(templates, 'duizhao');
    const items = allItems(notice.checklist);
    Object.assign(items[0]!, { deadlineKind: 'longTerm', status: 'ongoing' });
    Object.assign(items[1]!, { deadlineKind: 'longTerm', status: 'longTerm' });
    const table = await readLedgerFile(await exportLedgerXlsx(notice, templates), '台账.xlsx');
    const result = importLedger(table!, templates);
    if (result.status !== 'ready') throw new Error(result.reason);
    const back = allItems(result.notice.checklist);
    expect(back.slice(0, 2).map((i) => [i.deadlineKind, i.status])).toEqual([
      ['longTerm', 'ongoing'],
      ['longTerm', 'longTerm'],
    ]);
  });
});
