import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Findings electronegativity reports that do not apply here, each with why.
 * Anything else it finds fails the test.
 */
const ACCEPTED = new Map([
  // The remote module was removed in Electron 14; there is no option left to set.
  ['REMOTE_MODULE_JS_CHECK', 'no remote module in Electron 41'],
  // Checks that flag the mere use of a feature for review, not a setting: they
  // fire on every Electron app (the preload, the IPC loop) and are reviewed in
  // main/app/ by hand: senders are checked, arguments validated.
  ['PRELOAD_JS_CHECK', 'the preload exposes only the API contract'],
  ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'will-navigate and setWindowOpenHandler are set for every web contents in security.ts'],
  ['PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'set on the default session in security.ts'],
  ['AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', 'needs a network to look up releases'],
  ['ELECTRON_VERSION_JS_CHECK', 'needs a network to look up releases'],
  // The header is a constant it cannot read through; the same string is the page's meta CSP (policy.test.ts).
  ['CSP_GLOBAL_CHECK', 'CSP comes from policy.ts, checked there'],
]);

describe('electronegativity over the Electron shell', () => {
  it('finds nothing unexplained', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'report.csv');
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', join(root, 'main/app'), '-o', out],
      {
        cwd: root,
        stdio: 'pipe',
        timeout: 90_000,
      },
    );
    const findings = readFileSync(out, 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => /^[A-Z_]+,/.test(line))
      .map((line) => line.split(',')[0]!);
    expect(findings.filter((check) => !ACCEPTED.has(check))).toEqual([]);
  }, 120_000);
});
