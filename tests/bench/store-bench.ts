import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { writeTransaction, type Database } from '../../main/db/database';
import { checkIntegrity, FULL_CHECK_AT_OPEN_BYTES } from '../../main/db/integrity';
import { saveNotice } from '../../main/db/notices';
import { openStore } from '../../main/db/open-database';
import { rebuildSearchIndex } from '../../main/db/search/index-writes';
import { backupAtStart } from '../../main/services/app-backups';
import { createServices } from '../../main/services/create-services';
import { loadLayoutTemplates, type LayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import { killRound } from '../support/kill-during-saves';
import { sampleNotice } from '../support/sample-notice';
import { measure, report } from './measure';
import { generate } from './search-bench';

/** Issue #10: opening a large database at every start. */
const OPEN_TARGET_MS = 300;
const KILLS = Number(process.env['BENCH_KILLS'] ?? 200);

/** Opening the store as the app does, on a database of 100,000 items; the full check's cost beside it. */
async function benchOpen(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const path = join(dir, 'large.sqlite');
  try {
    const { db } = openStore(path);
    generate(db);
    writeTransaction(db, () => rebuildSearchIndex(db));
    db.close();
    const megabytes = statSync(path).size / 2 ** 20;
    console.log(`\n数据库打开：100,000 个条目，文件 ${megabytes.toFixed(0)} MB`);
    report('打开数据库（文件检查+迁移）', await measure(() => openStore(path).db.close(), 10, 2), OPEN_TARGET_MS);
    const start = performance.now();
    const check = openStore(path);
    const report_ = checkIntegrity(check.db);
    check.db.close();
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `完整检查（integrity_check）：${seconds.toFixed(1)} s，结果 ${report_.ok ? '完好' : '有问题'}；打开时只对 ${FULL_CHECK_AT_OPEN_BYTES / 2 ** 20} MB 以下的文件做完整检查`,
    );
    // The same database, grown to the size of years of use: built once, so the bench stays within a couple of minutes.
    await benchOpenLarge(path, loadLayoutTemplates());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Issue #16: the size of a database after years of use (most of it history: versions). */
const LARGE_DATABASE_BYTES = 440 * 2 ** 20;
/** A version's stored data is deflated JSON: as good as random to SQLite. About the size of a 100-item notice's. */
const VERSION_BYTES = 48 * 1024;

/**
 * The app's start on a database of about 440 MB (100,000 items, the rest
 * versions): opening the store as main/app/main.ts does, the services, and
 * the calls the window makes before it can show the list.
 */
async function benchOpenLarge(path: string, templates: LayoutTemplates): Promise<void> {
  const grown = openStore(path);
  growWithVersions(grown.db, path);
  grown.db.close();
  const megabytes = statSync(path).size / 2 ** 20;
  console.log(`\n程序启动：100,000 个条目和历史版本，文件 ${megabytes.toFixed(0)} MB`);
  const start = async () => {
    const store = openStore(path);
    const services = createServices({ db: store.db, databasePath: path, status: store.status, templates, dialogs: NO_DIALOGS });
    await Promise.all([services.getStoreStatus(), services.getLayoutTemplates(), services.getSettings(), services.listNotices()]);
    return store;
  };
  const times: number[] = [];
  for (let run = 0; run < 12; run += 1) {
    const at = performance.now();
    const store = await start();
    if (run >= 2) times.push(performance.now() - at);
    store.db.close();
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  report('程序启动到显示列表（打开+服务+列表）', { median: at(0.5), p95: at(0.95), min: times[0]!, runs: times.length }, OPEN_TARGET_MS);
  report('  其中：打开数据库（openStore）', await measure(() => openStore(path).db.close(), 10, 2));
  await benchStartBackup(path, templates);
}

/**
 * The first start of a day also backs up (main/app/main.ts, after the
 * window is created): how long it takes, and the longest stretch it keeps
 * the main process from answering the window.
 */
async function benchStartBackup(path: string, templates: LayoutTemplates): Promise<void> {
  const store = openStore(path);
  // The longest gap between two ticks of a 5 ms timer: how long a call from the window would have waited.
  let longest = 0;
  let tick = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - tick);
    tick = now;
  }, 5);
  const at = performance.now();
  const written = await backupAtStart({ db: store.db, databasePath: path, templates });
  const seconds = (performance.now() - at) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(timer);
  store.db.close();
  console.log(
    `每天首次启动的自动备份：${seconds.toFixed(1)} s${written ? '' : '（未写入）'}，其间主进程最长 ${longest.toFixed(0)} ms 无法响应窗口（目标 < ${OPEN_TARGET_MS} ms：${longest < OPEN_TARGET_MS ? '达到' : '未达到'}）`,
  );
}

const NO_DIALOGS = { chooseExportPath: async () => null, chooseImportPath: async () => null, showInFolder: () => undefined };

/** Versions of the generated notices until the file reaches LARGE_DATABASE_BYTES (measured again after each round: pages are reused). */
function growWithVersions(db: Database, path: string): void {
  const insert = db.prepare(
    `INSERT INTO versions (notice_id, created_at, reason, name, file, digest, data) VALUES (?, ?, 'timed', NULL, NULL, ?, ?)`,
  );
  const data = randomBytes(VERSION_BYTES + 4096);
  let n = 0;
  // A few rounds at most: each adds what is still missing.
  for (let round = 0; round < 8; round += 1) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const missing = LARGE_DATABASE_BYTES - statSync(path).size;
    if (missing <= 0) return;
    const count = Math.ceil(missing / VERSION_BYTES);
    db.transaction(() => {
      for (const end = n + count; n < end; n += 1) {
        const stamp = new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString();
        insert.run(`bench-${n % 1000}`, stamp, n.toString(16).padStart(64, '0'), data.subarray(n % 4096, (n % 4096) + VERSION_BYTES));
      }
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** kill -9 while saves run, more times than npm test does. */
async function benchKills(): Promise<void> {
  const templates = loadLayoutTemplates();
  const dir = mkdtempSync(join(tmpdir(), 'bench-kill-'));
  const path = join(dir, 'notices.sqlite');
  try {
    const { db } = openStore(path);
    for (const layout of ['duizhao', 'qingdan', 'fenlei']) saveNotice(db, sampleNotice(templates, layout, 4, 6));
    db.close();
    const acked = new Map<string, number>();
    let seq = 0;
    let saves = 0;
    const problems: string[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      const round = await killRound(path, seq, 20 + ((kill * 7919) % 300), acked);
      seq = round.nextSeq;
      saves += round.acknowledged;
      problems.push(...round.lost.map((id) => `丢失已确认的保存：${id}`), ...round.damage, ...round.findings);
    }
    console.log(
      `\n保存中强制结束进程（kill -9）：${KILLS} 次，共 ${saves} 次已确认的保存；${problems.length === 0 ? '没有丢失，数据库完好（目标：零丢失）' : `发现问题 ${problems.length} 个：${problems.slice(0, 3).join('；')}`}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runStoreBench(): Promise<void> {
  await benchOpen();
  await benchKills();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await benchOpen();
}
