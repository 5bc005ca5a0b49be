import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the renderer once for every browser test (electron-vite, as `npm start` does). */
export default function setup(): void {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  execFileSync(process.execPath, [`${root}node_modules/electron-vite/bin/electron-vite.js`, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}
