import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeTransaction } from '../../main/db/database';
import { checkIntegrity, FULL_CHECK_AT_OPEN_BYTES } from '../../main/db/integrity';
import { saveNotice } from '../../main/db/notices';
import { openStore } from '../../main/db/open-database';
import { flushSearchIndex } from '../../main/db/search/index-maintenance';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
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
    writeTransaction(db, () => flushSearchIndex(db));
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    console.log(`\n保存中强制结束进程（kill -9）：${KILLS} 次，共 ${saves} 次已确认的保存；${problems.length === 0 ? '没有丢失，数据库完好（目标：零丢失）' : `发现问题 ${problems.length} 个：${problems.slice(0, 3).join('；')}`}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runStoreBench(): Promise<void> {
  await benchOpen();
  await benchKills();
}
