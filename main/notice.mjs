// `npm run notice -- …`: runs the command line as built JavaScript (out/main/notice.js, the same
// build as the app's main process), building it first when out/ is missing or older than the
// sources — so a fresh clone works, and an edited checkout never runs stale code. Plain Node
// loads better-sqlite3 as `npm install` built it; ZHENGGAI_SQLITE_BINDING (the Electron build
// that `npm start` makes) is not for this process and is dropped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { dirname, join, relative } from 'node:path';
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

/** Every source file under the folder, with its modification time (a few hundred stat calls: a few milliseconds). */
function sourcesOf(folder, into = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) sourcesOf(path, into);
    else if (/\.(ts|tsx|mts|json)$/.test(entry.name)) into.push({ path: relative(root, path), at: mtime(path) });
  }
  return into;
}

/** What the last build was made from (paths from the project's root), written beside it: a source deleted since is seen as a change too. */
const manifest = join(root, 'out', 'main', '.sources');
const sourceList = (sources) => sources.map(({ path }) => path).join('\n');

function readManifest() {
  try {
    return readFileSync(manifest, 'utf8');
  } catch {
    return null;
  }
}

function stale() {
  const at = mtime(built);
  if (at === 0) return true;
  if (BUILD_FILES.some((file) => mtime(join(root, file)) > at)) return true;
  const sources = SOURCE_FOLDERS.flatMap((folder) => sourcesOf(join(root, folder)));
  // A build made by other means (npm start, the tests' setup) has no list: its times alone decide.
  const listed = readManifest();
  return sources.some((source) => source.at > at) || (listed !== null && listed !== sourceList(sources));
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** True while the process that took the lock (its pid is in the lock) still runs. */
function lockHeld(lock) {
  let pid;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // Taken this instant and its pid not written yet, or left by a build killed before it wrote it.
    return Date.now() - mtime(lock) < 5_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Builds once even when several commands start together on a fresh clone:
 * the first takes the lock (a folder, created atomically, holding its pid)
 * and builds; the others wait for it and then find the build fresh. A lock
 * whose process is gone (killed, Ctrl+C) is taken over at once.
 */
function buildWhenStale() {
  if (!stale()) return;
  const lock = join(root, 'out', '.building');
  mkdirSync(join(root, 'out'), { recursive: true });
  const deadline = Date.now() + 600_000;
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (!lockHeld(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) fail('无法运行命令行：等待程序构建超时。');
      if (!told) process.stderr.write('正在等待另一个命令完成程序构建…\n');
      told = true;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  const release = () => rmSync(lock, { recursive: true, force: true });
  try {
    if (!stale()) return;
    process.stderr.write('正在构建程序（源文件有更新）…\n');
    const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const build = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) {
      release();
      fail(build.signal ? '命令已中断，程序未构建完成。' : '无法运行命令行：程序构建失败，详见上方输出。');
    }
    writeFileSync(manifest, sourceList(SOURCE_FOLDERS.flatMap((folder) => sourcesOf(join(root, folder)))));
  } finally {
    release();
  }
}

buildWhenStale();
delete process.env['ZHENGGAI_SQLITE_BINDING'];
// Node 22 and later keep the compiled code of the build between runs (in the temporary folder); Node 20 has no such cache.
module.enableCompileCache?.();
try {
  await import(pathToFileURL(built).href);
} catch (error) {
  // Another build replacing out/ this very moment; anything else is the command line's own to report.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' && error?.code !== 'ENOENT') throw error;
  fail('无法运行命令行：程序文件正在重新构建或不完整，请稍后再试。');
}
