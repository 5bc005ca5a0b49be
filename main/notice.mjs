// `npm run notice -- …`: runs the command line as built JavaScript (out/main/notice.js, the same
// build as the app's main process), building it first when out/ is missing or older than the
// sources — so a fresh clone works, and an edited checkout never runs stale code. Plain Node
// loads better-sqlite3 as `npm install` built it; ZHENGGAI_SQLITE_BINDING (the Electron build
// that `npm start` makes) is not for this process and is dropped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out', 'main', 'notice.js');

/** What the main build is made from: its sources, and the files that say how to build it. */
const SOURCE_FOLDERS = ['main', 'shared'];
const BUILD_FILES = ['electron.vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.node.json'];

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** True when some source is newer than the build (a few hundred stat calls: a few milliseconds). */
function newerThan(folder, since) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (newerThan(path, since)) return true;
    } else if (/\.(ts|tsx|mts|json)$/.test(entry.name) && mtime(path) > since) return true;
  }
  return false;
}

function stale() {
  const at = mtime(built);
  if (at === 0) return true;
  return BUILD_FILES.some((file) => mtime(join(root, file)) > at) || SOURCE_FOLDERS.some((folder) => newerThan(join(root, folder), at));
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * Builds once even when several commands start together on a fresh clone:
 * the first takes the lock (a folder, created atomically) and builds; the
 * others wait for it and then find the build fresh.
 */
function buildWhenStale() {
  if (!stale()) return;
  const lock = join(root, 'out', '.building');
  mkdirSync(join(root, 'out'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than any build is one a killed build left.
      if (Date.now() - mtime(lock) > 120_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) fail('无法运行命令行：等待程序构建超时。');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!stale()) return;
    process.stderr.write('正在构建程序（源文件有更新）…\n');
    const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const build = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) fail('无法运行命令行：程序构建失败，详见上方输出。');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

buildWhenStale();
delete process.env['ZHENGGAI_SQLITE_BINDING'];
// Node 22 and later keep the compiled code of the build between runs (in the temporary folder); Node 20 has no such cache.
module.enableCompileCache?.();
await import(pathToFileURL(built).href);
