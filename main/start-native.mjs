// better-sqlite3 as `npm install` built it loads in Node (the tests, the
// command line), not in Electron, whose ABI differs. `npm start` builds a
// second copy for Electron beside the build output and hands its path to the
// app, so the Node build the tests use is never touched. Packaged installers
// do not need this: electron-builder rebuilds native modules for Electron.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The path of an Electron-ABI better_sqlite3.node, building it on first use. */
export async function electronSqliteBinding(root, electronVersion) {
  const buildPath = join(root, 'out', 'native', `electron-${electronVersion}`);
  const binding = join(buildPath, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  mkdirSync(join(buildPath, 'node_modules'), { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), join(buildPath, 'node_modules', 'better-sqlite3'), { recursive: true });
  writeFileSync(
    join(buildPath, 'package.json'),
    JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3': '*' } }),
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath, electronVersion, force: true, onlyModules: ['better-sqlite3'] });
  return existsSync(binding) ? binding : null;
}
