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

/**
 * NODE_EXTRA_CA_CERTS makes every node process read and parse a bundle of
 * CA certificates before it runs a line of script (a machine behind a
 * proxy sets it, and the machines this project is built on here do: `node -e 0`
 * then runs about six times the instructions). It costs the same whatever
 * the process runs, so the processes measured here run without it, as on a
 * machine that does not set it, and what it adds is printed beside them.
 */
const EXTRA_CERTIFICATES = 'NODE_EXTRA_CA_CERTS';
const withoutExtraCertificates = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env[EXTRA_CERTIFICATES];
  return env;
};

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
    const env = withoutExtraCertificates();
    const run =
      (entry: string, ...args: string[]) =>
      () =>
        execFileSync(process.execPath, [entry, ...args, '--db', db], { cwd: root, stdio: 'pipe', env });
    console.log(`\n命令行（构建后的 JavaScript）：最大的样例通报 ${name}，新建数据库中导出`);
    const certificates = process.env[EXTRA_CERTIFICATES];
    if (certificates) console.log(`  （本机设置了 ${EXTRA_CERTIFICATES}=${certificates}：下列进程不带它运行，它的开销见最后一行）`);
    report(
      '命令行导出（整个进程，npm run notice）',
      await measure(run(launcher, 'export', notice.id, '--out', out), RUNS, 2),
      CLI_EXPORT_TARGET_MS,
    );
    report('  直接运行 out/main/notice.js', await measure(run(built, 'export', notice.id, '--out', out), RUNS, 2));
    report('  list（不加载 docx）', await measure(run(launcher, 'list'), RUNS, 2));
    report('  node 本身（空进程）', await measure(() => execFileSync(process.execPath, ['-e', '0'], { env }), RUNS, 2));
    // What a process spends before any of ours runs: docx's megabyte parsed and evaluated (the build bundles it without its comments).
    const loadDocx = ['--input-type=module', '-e', "await import('docx')"];
    report(
      '  node + 加载 docx 模块（未打包的）',
      await measure(() => execFileSync(process.execPath, loadDocx, { cwd: root, env }), RUNS, 2),
    );
    if (certificates) {
      report(`  node 本身，带 ${EXTRA_CERTIFICATES}`, await measure(() => execFileSync(process.execPath, ['-e', '0']), RUNS, 2));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runCliBench();
