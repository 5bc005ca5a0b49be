// `npm run dist`: builds the app (electron-vite), then the installers for this
// machine's platform with electron-builder, and lists them with their sizes.
// Windows: NSIS x64. Linux: deb and AppImage for this machine's arch, or the
// one asked for (`npm run dist -- --arm64`). Packaging downloads Electron for
// each target, so on a machine without a network it stops with one line.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureElectronBinary, fail } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INSTALLER = /\.(exe|deb|AppImage)$/;

/** electron-builder's command-line arguments for a platform and arch (`process.platform`, `process.arch`), or null where none is built. */
export function builderArgs(platform, arch) {
  if (platform === 'win32') return ['--win', 'nsis', '--x64', '--publish', 'never'];
  if (platform === 'linux' && (arch === 'x64' || arch === 'arm64')) {
    // Naming the targets makes electron-builder build only this arch, not every arch in the config.
    return ['--linux', 'deb', 'AppImage', `--${arch}`, '--config', 'main/installer/electron-builder-linux.yml', '--publish', 'never'];
  }
  return null;
}

/** "12.3 MB" */
export function formatSize(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function run(args) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

function main() {
  const requested = process.argv.slice(2).find((arg) => arg === '--x64' || arg === '--arm64');
  const args = builderArgs(process.platform, requested ? requested.slice(2) : process.arch);
  if (!args) fail('无法打包整改通报：安装程序只能在 Windows（x64）或 Linux（x64、arm64）上打包。');
  if (!ensureElectronBinary(root)) {
    fail(
      '无法打包整改通报：本机没有 Electron 运行程序，且无法联网下载；打包要联网下载 Electron，请在联网的电脑上运行 npm run dist，或用 GitHub Actions 的发布流程（.github/workflows/release.yml）。',
    );
  }
  const started = Date.now();
  if (!run([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'])) {
    fail('无法打包整改通报：程序构建失败，详见上方输出。');
  }
  const packed = run([join(root, 'node_modules', 'electron-builder', 'cli.js'), ...args]);
  // electron-builder rebuilt better-sqlite3 in node_modules for Electron; the tests and the CLI run it in Node.
  const npm = process.env['npm_execpath'];
  const restored = npm
    ? spawnSync(process.execPath, [npm, 'rebuild', 'better-sqlite3'], { cwd: root, stdio: 'ignore' }).status === 0
    : false;
  if (!restored)
    process.stderr.write(
      '注意：better-sqlite3 仍是为 Electron 编译的版本，运行 npm test 或命令行之前请执行 npm rebuild better-sqlite3。\n',
    );
  if (!packed) fail('无法打包整改通报：electron-builder 打包失败，详见上方输出。');
  const dist = join(root, 'dist');
  const built = readdirSync(dist)
    .filter((name) => INSTALLER.test(name))
    .map((name) => ({ name, stat: statSync(join(dist, name)) }))
    .filter(({ stat }) => stat.mtimeMs >= started);
  if (built.length === 0) fail('无法打包整改通报：electron-builder 没有生成安装程序，详见上方输出。');
  process.stdout.write('已生成安装程序（dist/）：\n');
  for (const { name, stat } of built) process.stdout.write(`  ${name}  ${formatSize(stat.size)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
