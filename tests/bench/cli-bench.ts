import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, report } from './measure';

/**
 * Issue #16: the command line as a user starts it — a whole `node` process
 * on the built JavaScript (main/notice.mjs, which first checks that out/ is
 * newer than the sources) — exporting the largest seed from a fresh database.
 */
const CLI_EXPORT_TARGET_MS = 300;
const RUNS = Number(process.env['BENCH_CLI_RUNS'] ?? 15);

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests', 'fixtures', 'seeds');

function largestSeed(): { name: string; text: string } {
  const [name] = readdirSync(fixtures)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => statSync(join(fixtures, b)).size - statSync(join(fixtures, a)).size);
  return { name: name!, text: readFileSync(join(fixtures, name!), 'utf8') };
}

export async function runCliBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const { name, text } = largestSeed();
    const notice = JSON.parse(text) as { id: string };
    const exchange = join(dir, 'seed.json');
    writeFileSync(exchange, JSON.stringify({ format: 'zhenggai-tongbao/notice', version: 1, notice }));
    const db = join(dir, 'notices.sqlite');
    const launcher = join(root, 'main', 'notice.mjs');
    const built = join(root, 'out', 'main', 'notice.js');
    // The first run builds out/ when it is missing or stale; that build is not what is measured.
    execFileSync(process.execPath, [launcher, 'import-json', exchange, '--db', db], { cwd: root, stdio: 'pipe' });
    const out = join(dir, 'out.docx');
    const run =
      (entry: string, ...args: string[]) =>
      () =>
        execFileSync(process.execPath, [entry, ...args, '--db', db], { cwd: root, stdio: 'pipe' });
    console.log(`\n命令行（构建后的 JavaScript）：最大的样例通报 ${name}，新建数据库中导出`);
    report(
      '命令行导出（整个进程，npm run notice）',
      await measure(run(launcher, 'export', notice.id, '--out', out), RUNS, 2),
      CLI_EXPORT_TARGET_MS,
    );
    report('  直接运行 out/main/notice.js', await measure(run(built, 'export', notice.id, '--out', out), RUNS, 2));
    report('  list（不加载 docx）', await measure(run(launcher, 'list'), RUNS, 2));
    report('  node 本身（空进程）', await measure(() => execFileSync(process.execPath, ['-e', '0']), RUNS, 2));
    // What the export's process spends before any of ours runs: docx's thousand-odd kilobytes parsed and evaluated.
    const loadDocx = ['--input-type=module', '-e', "await import('docx')"];
    report('  node + 加载 docx 模块', await measure(() => execFileSync(process.execPath, loadDocx, { cwd: root }), RUNS, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runCliBench();
