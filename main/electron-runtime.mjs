// Whether this machine has the Electron runtime, for `npm start` and `npm run
// dist`. npm's allowScripts keeps Electron's download out of `npm ci`, so the
// binary is fetched on first use; where the download fails (no network) both
// scripts say so in one Chinese line instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The path of the Electron binary in node_modules, or null where it is not there. */
export function electronBinary(root) {
  try {
    const path = createRequire(join(root, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The Electron binary, running electron's own download (quietly) when it is missing; null when that fails. */
export function ensureElectronBinary(root) {
  const present = electronBinary(root);
  if (present) return present;
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (existsSync(installer)) spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 300_000 });
  return electronBinary(root);
}

/** Prints one line to stderr and ends the process with a failure status. */
export function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
