import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyParagraphs, docxParts, parseXml } from '../../../support/docx-xml';
import type { Run } from '../../../support/run-cli';

/**
 * The command line as `npm run notice` starts it: main/notice.mjs running
 * the built out/main/notice.js (building it first when out/ is stale), in
 * plain Node with the Node build of better-sqlite3.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SEED = join(ROOT, 'tests', 'fixtures', 'seeds', '000_fca5672edf850d55.json');
const TITLE = '中共东莞市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报';

function built(...args: string[]): Promise<Run> {
  // An Electron build of better-sqlite3 named for the app (npm start) must not reach plain Node.
  const env = { ...process.env, ZHENGGAI_SQLITE_BINDING: join(ROOT, 'out', 'no-such-electron-binding.node') };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, 'main', 'notice.mjs'), ...args],
      { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'built-cli-'));
  // Builds out/ if it is missing or older than the sources (it then says so on stderr).
  expect((await built('--help')).code).toBe(0);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built command line', () => {
  it('imports the largest seed into a fresh database and exports it to a .docx holding the notice', async () => {
    const exchange = join(dir, 'seed.json');
    writeFileSync(
      exchange,
      JSON.stringify({ format: 'zhenggai-tongbao/notice', version: 1, notice: JSON.parse(readFileSync(SEED, 'utf8')) }),
    );
    const db = join(dir, 'notices.sqlite');
    const imported = await built('import-json', exchange, '--db', db);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('已导入，编号：seed-000\n');
    const out = join(dir, '通报.docx');
    const exported = await built('export', 'seed-000', '--out', out, '--db', db);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(`已导出：${out}\n`);
    const paragraphs = bodyParagraphs(parseXml(docxParts(new Uint8Array(readFileSync(out)))['word/document.xml']!)).map((p) => p.text);
    expect(paragraphs.join('')).toContain(TITLE);
    expect(paragraphs).toContain('（一）班子分工不规范');
  });

  it('says a missing notice in the window’s words, exit 1', async () => {
    const run = await built('show', 'no-such', '--db', join(dir, 'notices.sqlite'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('错误：找不到这份通报（编号 no-such），它可能已被删除。可用 list 命令查看全部通报。\n');
  });
});
