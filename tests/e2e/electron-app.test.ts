import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api';
import { electronSqliteBinding } from '../../main/start-native.mjs';
import { projectRoot } from './support/launch-app';

/** The Electron binary, where `npm start` could fetch it; this workplace has none (no network). */
function electronBinary(): string | null {
  try {
    const path = createRequire(join(projectRoot, 'package.json'))('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) console.info('跳过 Electron 窗口测试：本机没有 Electron 运行程序（无法联网下载），浏览器测试覆盖了渲染进程。');

describe.skipIf(!binary)('the desktop shell in a real Electron window (skipped where the Electron binary is missing)', () => {
  let electronApp: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    const version = (JSON.parse(readFileSync(join(projectRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string })
      .version;
    const binding = await electronSqliteBinding(projectRoot, version);
    const home = mkdtempSync(join(tmpdir(), 'zhenggai-electron-'));
    electronApp = await _electron.launch({
      executablePath: binary!,
      args: [projectRoot],
      env: { ...process.env, ZHENGGAI_SQLITE_BINDING: binding ?? '', XDG_CONFIG_HOME: home, APPDATA: home, HOME: home },
    });
    page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await electronApp?.close();
  });

  it('exposes exactly the API contract and nothing of Node', async () => {
    const keys = await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort());
    expect(keys).toEqual([...API_METHODS].sort());
    expect(await page.evaluate(() => Object.keys((window as unknown as { lifecycle: object }).lifecycle))).toEqual(['onCloseRequest']);
    expect(
      await page.evaluate(() => [
        typeof (globalThis as Record<string, unknown>)['require'],
        typeof (globalThis as Record<string, unknown>)['process'],
      ]),
    ).toEqual(['undefined', 'undefined']);
  });

  it('opens no new windows and navigates nowhere', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^file:.*index\.html/);
    expect(electronApp.windows()).toHaveLength(1);
  });

  it('runs with the checklist’s web preferences', async () => {
    const prefs = await electronApp.evaluate(({ BrowserWindow }) =>
      (BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): unknown }).getLastWebPreferences(),
    );
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  });

  it('answers the API from the real database', async () => {
    const result = await page.evaluate(() => (window as unknown as { api: { listNotices(): Promise<unknown> } }).api.listNotices());
    expect(result).toEqual({ ok: true, value: [] });
  });
});
