import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl } from '../../../../main/app/policy';

describe('the window security policy', () => {
  it('lets only the app’s own files load', () => {
    const root = 'file:///opt/zhenggai/resources/app.asar/out/renderer/';
    expect(isAppUrl(`${root}index.html`, root)).toBe(true);
    expect(isAppUrl(`${root}assets/index.js`, root)).toBe(true);
    for (const url of ['https://example.com/', 'http://127.0.0.1/', 'file:///etc/passwd', 'ws://localhost:1']) {
      expect(isAppUrl(url, root), url).toBe(false);
    }
  });

  it('has a strict CSP, the same in the page and in main', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    const html = readFileSync(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('never exposes ipcRenderer to the page', () => {
    const preload = readFileSync(new URL('../../../../main/app/preload.ts', import.meta.url), 'utf8');
    expect(preload).toMatch(/exposeInMainWorld\('api'/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    // Besides the contract, only the frozen close-request object (shared/lifecycle.ts).
    expect([...preload.matchAll(/exposeInMainWorld\('(\w+)'/g)].map((m) => m[1])).toEqual(['api', 'lifecycle']);
  });
});
