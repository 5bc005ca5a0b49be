import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api';
import { openDatabase } from '../../../../main/db/open-database';
import { dispatchApiCall } from '../../../../main/ipc/dispatch';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { ROOT } from '../../import/helpers';

/**
 * previewImport of a ledger and the mapping step behind it, called as the
 * window calls them (through the dispatcher, arguments validated): main
 * keeps the file, the window answers with an id and a mapping, never a path.
 */
const LEDGERS = join(ROOT, 'tests', 'fixtures', 'ledgers');
let services: Api;
let importChoice: string | null;

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-services-'));
  importChoice = null;
  services = createServices({
    db: openDatabase(join(dir, 'notices.sqlite')),
    databasePath: join(dir, 'notices.sqlite'),
    templates: loadLayoutTemplates(),
    dialogs: { chooseImportPath: async () => importChoice, chooseExportPath: async () => null, showInFolder: () => {} },
    now: () => new Date('2026-11-23T02:00:00.000Z'),
  });
});

const call = (method: string, ...args: unknown[]) => dispatchApiCall(services, method, args);

describe('ledger import services', () => {
  it('answers a recognised ledger for review at once, marked as from a ledger', async () => {
    importChoice = join(LEDGERS, '01-审计局整改台账.xlsx');
    const preview = await services.previewImport();
    expect(preview).toMatchObject({ status: 'ready', origin: 'ledger', fileName: '01-审计局整改台账.xlsx', similarity: 0 });
    if (preview.status !== 'ready') return;
    expect(preview.notice.createdAt).toBe('2026-11-23T02:00:00.000Z');
    expect(preview.warnings.map((w) => w.place)).toEqual(['全文', '第 2 行']);
    expect(await services.listNotices()).toEqual([]);
  });

  it('stops at the mapping step, then imports with the mapping the window sends', async () => {
    importChoice = join(LEDGERS, '03-任务清单（陌生表头）.xlsx');
    const first = await call('previewImport');
    expect(first.ok && first.value).toMatchObject({ status: 'mapping', fileName: '03-任务清单（陌生表头）.xlsx' });
    if (!first.ok || (first.value as { status: string }).status !== 'mapping') return;
    const { pendingId, columns } = first.value as { pendingId: string; columns: { header: string; field: string | null }[] };
    const mapping = columns.map((c) => (c.header === '具体做法' ? 'measures' : c.field));

    const bad = await call(
      'continueLedgerImport',
      pendingId,
      columns.map(() => 'somewhere'),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!bad.ok && bad.error.message).toContain('列的内容只能是');
    const noProblem = await call(
      'continueLedgerImport',
      pendingId,
      mapping.map((f) => (f === 'problem' ? null : f)),
    );
    expect(noProblem).toMatchObject({ ok: false, error: { code: 'file' } });
    expect(!noProblem.ok && noProblem.error.message).toContain('反馈问题');

    const ready = await call('continueLedgerImport', pendingId, mapping);
    expect(ready.ok && ready.value).toMatchObject({ status: 'ready', origin: 'ledger' });
    // The ledger waited for one answer: a second one finds nothing waiting.
    const again = await call('continueLedgerImport', pendingId, mapping);
    expect(again).toMatchObject({ ok: false, error: { code: 'file' } });
    expect(!again.ok && again.error.message).toContain('请重新选择文件导入');
    expect(await services.listNotices()).toEqual([]);
  });

  it('refuses a mapping for an import that is not waiting', async () => {
    const stale = await call('continueLedgerImport', 'no-such-import', ['problem']);
    expect(stale).toMatchObject({ ok: false, error: { code: 'file' } });
  });

  it('still reads a notice .docx or text as a notice', async () => {
    importChoice = join(ROOT, '..', 'shared', 'seeds', '000_fca5672edf850d55.txt');
    const preview = await services.previewImport();
    expect(preview.status).toBe('ready');
    expect(preview.status === 'ready' && preview.origin).toBeUndefined();
  });
});
