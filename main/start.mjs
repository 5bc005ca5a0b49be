// `npm start`: builds the app, makes sure the Electron runtime is there
// (downloading it where the machine has a network), and launches it. On a
// machine that can do neither it says so in one line instead of a stack trace.
import { spawnSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary, fail } from './electron-runtime.mjs';
import { electronSqliteBinding } from './start-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const binary = ensureElectronBinary(root);
if (!binary) {
  fail('无法启动整改通报：本机没有 Electron 运行程序，且无法联网下载（可在联网的电脑上运行 npm start 或安装打包好的安装程序）。');
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) fail('无法启动整改通报：程序构建失败，详见上方输出。');

let binding = null;
try {
  binding = await electronSqliteBinding(root, require('electron/package.json').version);
} catch {
  binding = null;
}
if (!binding) fail('无法启动整改通报：无法为 Electron 编译数据库模块 better-sqlite3（需要联网下载 Electron 头文件）。');

const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env: { ...process.env, ZHENGGAI_SQLITE_BINDING: binding } });
child.on('exit', (code) => process.exit(code ?? 0));
