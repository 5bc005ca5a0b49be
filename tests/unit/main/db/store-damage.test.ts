import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api';
import { getNotice, listNotices, saveNotice } from '../../../../main/db/notices';
import { openStore, type Store } from '../../../../main/db/open-database';
import { dispatchApiCall } from '../../../../main/ipc/dispatch';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { largeNotice, smallNotice, useTempDir } from './fixtures';

const templates = loadLayoutTemplates();

function servicesOn(store: Store, dir: string, chosen: { path: string | null }): Api {
  return createServices({
    db: store.db,
    databasePath: store.status.databasePath,
    status: store.status,
    templates,
    dialogs: {
      chooseImportPath: async () => null,
      chooseExportPath: async (name) => (chosen.path = join(dir, name)),
      showInFolder: () => undefined,
    },
  });
}

/** Three good notices and a large one, closed, so the main file holds everything. */
function databaseOfFour(path: string): void {
  const { db } = openStore(path);
  for (const id of ['good1', 'good2', 'bad']) saveNotice(db, smallNotice(id, `${id}-`));
  saveNotice(db, largeNotice());
  db.close();
}

/** Changes rows with SQLite's own rules switched off, as a hand edit or another tool could. */
function editRaw(path: string, sql: string): void {
  const raw = new BetterSqlite3(path);
  raw.pragma('ignore_check_constraints = 1');
  raw.exec(sql);
  raw.close();
}

describe('damage is contained', () => {
  const temp = useTempDir();

  it('lists a notice with malformed metadata as damaged, opens every other one, and exports its raw data', async () => {
    const path = join(temp.dir(), 'notices.sqlite');
    databaseOfFour(path);
    editRaw(path, `UPDATE notices SET meta = json_set(meta, '$.stage', '不存在的阶段') WHERE id = 'bad'`);
    const store = openStore(path);
    temp.track(store.db);
    expect(store.status.mode).toBe('write');
    const chosen = { path: null as string | null };
    const services = servicesOn(store, temp.dir(), chosen);

    const list = await services.listNotices();
    expect(list).toHaveLength(4);
    const bad = list.find((n) => n.id === 'bad')!;
    expect(bad.damaged).toMatch(/基本信息已损坏.*导出它的原始数据/);
    for (const good of list.filter((n) => n.id !== 'bad')) {
      expect(good.damaged).toBeUndefined();
      expect((await services.getNotice(good.id)).id).toBe(good.id);
    }
    const refused = await dispatchApiCall(services, 'getNotice', ['bad']);
    expect(refused).toMatchObject({ ok: false, error: { code: 'database' } });
    expect(JSON.stringify(refused)).toMatch(/数据已损坏/);

    const outcome = await services.exportNoticeData('bad');
    expect(outcome.status).toBe('saved');
    const raw = JSON.parse(readFileSync(chosen.path!, 'utf8'));
    expect(raw.format).toBe('zhenggai-tongbao/raw-notice');
    expect(JSON.parse(raw.notice.meta).stage).toBe('不存在的阶段');
    expect(raw.nodes.map((n: { id: string }) => n.id)).toContain('bad-A');
  });

  it('opens a database with a malformed JSON cell, says so, and keeps the rest reachable', async () => {
    const path = join(temp.dir(), 'notices.sqlite');
    databaseOfFour(path);
    editRaw(path, `UPDATE notices SET parts = '{"organisation": 不是JSON' WHERE id = 'bad'`);
    editRaw(path, `UPDATE nodes SET measures = '[截断' WHERE id = 'good2-A'`);
    const store = openStore(path);
    temp.track(store.db);
    // Row rules broken in one notice never lock the user out of the others.
    expect(store.status.mode).toBe('write');
    const services = servicesOn(store, temp.dir(), { path: null });
    const list = await services.listNotices();
    expect(list.find((n) => n.id === 'bad')!.damaged).toMatch(/正文已损坏/);
    expect((await services.getNotice('good1')).checklist.length).toBeGreaterThan(0);
    // A damaged item row spoils its own notice only, in words.
    const answer = await dispatchApiCall(services, 'getNotice', ['good2']);
    expect(answer).toMatchObject({ ok: false, error: { code: 'database' } });
    expect(JSON.stringify(answer)).not.toMatch(/[A-Za-z]{4,}.*JSON|Unexpected token/);
  });

  it('finds a flipped byte in an index page, opens the file for salvage only and never writes to it', async () => {
    const path = join(temp.dir(), 'notices.sqlite');
    databaseOfFour(path);
    // Change one character of a key inside the nodes_by_parent index: pages, tree and table stay well formed.
    const probe = new BetterSqlite3(path, { readonly: true });
    const pages = probe
      .prepare("SELECT pageno FROM dbstat WHERE name = 'nodes_by_parent' AND pagetype = 'leaf' ORDER BY pageno")
      .pluck()
      .all() as number[];
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    probe.close();
    const original = readFileSync(path);
    const key = Buffer.from('good1-G1');
    // A page also holds stale copies of deleted cells; flip the first copy that is a live key,
    // which the full check then sees (which copy is live varies with the ids and times saved).
    let bytes: Buffer | undefined;
    for (const pageNo of pages) {
      const end = pageNo * pageSize;
      for (let at = original.indexOf(key, (pageNo - 1) * pageSize); at !== -1 && at < end && !bytes; at = original.indexOf(key, at + 1)) {
        const flipped = Buffer.from(original);
        flipped[at] = 'h'.charCodeAt(0);
        writeFileSync(path, flipped);
        const full = new BetterSqlite3(path, { readonly: true });
        if (full.pragma('integrity_check', { simple: true }) !== 'ok') bytes = flipped;
        full.close();
      }
      if (bytes) break;
    }
    expect(bytes, 'a live key of the index was found and flipped').toBeDefined();
    writeFileSync(path, bytes!);
    // The check the store used to run at open does not see it.
    const quick = new BetterSqlite3(path, { readonly: true });
    expect(quick.pragma('quick_check', { simple: true })).toBe('ok');
    quick.close();

    const store = openStore(path);
    temp.track(store.db);
    expect(store.status.mode).toBe('salvage');
    expect(store.status.reason).toMatch(/数据库文件已损坏.*从备份恢复/);
    const chosen = { path: null as string | null };
    const services = servicesOn(store, temp.dir(), chosen);
    // Every notice still readable can be taken out as JSON.
    const list = await services.listNotices();
    expect(list).toHaveLength(4);
    expect(list.map((n) => n.id)).toEqual(expect.arrayContaining(['bad', 'good1', 'good2']));
    expect((await services.exportNoticeData('good1')).status).toBe('saved');
    expect(JSON.parse(readFileSync(chosen.path!, 'utf8')).notice.id).toBe('good1');
    // Nothing can be written, and the refusal is in Chinese.
    const save = await dispatchApiCall(services, 'saveNotice', [getNotice(store.db, 'good1')]);
    expect(save.ok).toBe(false);
    expect(JSON.stringify(save)).not.toMatch(/readonly|attempt/);
    store.db.close();
    expect(readFileSync(path).equals(bytes!)).toBe(true);
  });

  it('lists every notice when the store is healthy, in the same order as before', () => {
    const path = join(temp.dir(), 'notices.sqlite');
    databaseOfFour(path);
    const store = openStore(path);
    temp.track(store.db);
    expect(listNotices(store.db, templates.boilerplate).every((n) => n.damaged === undefined)).toBe(true);
  });
});
