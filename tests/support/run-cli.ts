import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a finished command-line run left: its exit code and both streams. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run notice -- …` as a user runs it: a real node process, from the project root. */
export function cli(...args: string[]): Promise<Run> {
  return cliAs([], args);
}

/**
 * The same, started through `wrapper` (e.g. setpriv, to run as an ordinary
 * user when the tests run as root, for whom every file is writable).
 */
export function cliAs(wrapper: readonly string[], args: readonly string[]): Promise<Run> {
  const [command, ...prefix] = [...wrapper, process.execPath];
  return new Promise((resolve, reject) => {
    execFile(
      command!,
      [...prefix, '--import', 'tsx', 'main/cli/notice.ts', ...args],
      { cwd: ROOT, env: process.env, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}
