import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { API_METHODS, type Api } from '../../../shared/api';
import type { Database } from '../../../main/db/database';
import { openStore } from '../../../main/db/open-database';
import { dispatchApiCall } from '../../../main/ipc/dispatch';
import { createServices } from '../../../main/services/create-services';
import type { Dialogs } from '../../../main/services/dialogs';
import { loadLayoutTemplates } from '../../../main/layout-templates/load-layout-templates';
import { wireLifecycle, type LifecycleHarness } from './lifecycle-harness';
import { serveDirectory } from './static-server';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const artifactsDir = join(projectRoot, 'tests', 'artifacts');

/** Debian's Chromium, started the way this closed network needs (no background connections). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedApp {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  services: Api;
  db: Database;
  dbPath: string;
  /** Where exports land: the folder the save dialog "chooses". */
  exportDir: string;
  /** Files the app asked to show in their folder. */
  shown: string[];
  /**
   * The file type the save dialog answers next for the ledger, as a user
   * picks 整改台账（Excel） in it (the name's extension then says so); null:
   * the type the app suggests.
   */
  chooseLedgerType(extension: 'docx' | 'xlsx' | null): void;
  /** What the open dialog answers next when the app asks for a file to import (null: the user cancels). */
  chooseImportFile(path: string | null): void;
  /** What the restore dialog answers next (null: the user cancels). */
  chooseRestoreFile(path: string | null): void;
  /** How often the app asked to start again (after a restore over a damaged database). */
  restarts(): number;
  /** What the folder dialog answers next (null: the user cancels). */
  chooseBackupFolder(path: string | null): void;
  /** Every URL the page requested. */
  requests: string[];
  appUrl: string;
  /** The window's close as Electron's main asks it (window.lifecycle, the close guard). */
  lifecycle: LifecycleHarness;
  close(): Promise<void>;
}

/**
 * The real renderer in Chromium with the real main-process services behind
 * `window.api`, wired as the preload wires it: every method of the contract
 * goes through the same dispatcher (argument validation included) to the
 * services on a real SQLite file and the real exporter.
 */
export async function launchApp(options: { dbPath?: string; closeTimeLimitMs?: number; now?: Date } = {}): Promise<LaunchedApp> {
  const work = mkdtempSync(join(tmpdir(), 'zhenggai-e2e-'));
  const dbPath = options.dbPath ?? join(work, 'notices.sqlite');
  const exportDir = join(work, 'exports');
  mkdirSync(exportDir, { recursive: true });
  const shown: string[] = [];
  let importChoice: string | null = null;
  let restoreChoice: string | null = null;
  let folderChoice: string | null = null;
  let ledgerType: 'docx' | 'xlsx' | null = null;
  const dialogs: Dialogs = {
    async chooseImportPath() {
      return importChoice;
    },
    async chooseExportPath(suggestedName, what) {
      const name = what === 'ledger' && ledgerType ? suggestedName.replace(/\.[a-z]+$/u, `.${ledgerType}`) : suggestedName;
      return join(exportDir, name);
    },
    showInFolder(path) {
      shown.push(path);
    },
    async chooseBackupPath(suggestedName) {
      return join(exportDir, suggestedName);
    },
    async chooseRestorePath() {
      return restoreChoice;
    },
    async chooseBackupFolder() {
      return folderChoice;
    },
  };
  // As the app opens it: a read-only or damaged file opens for reading, and the window is told (getStoreStatus).
  const { db, status } = openStore(dbPath);
  let restarts = 0;
  // A fixed moment (deadline colours, 剩余天数) is the same for the services and the page; timers still run.
  const now = options.now;
  const services = createServices({
    db,
    databasePath: dbPath,
    status,
    templates: loadLayoutTemplates(),
    dialogs,
    restart: () => (restarts += 1),
    now: now && (() => now),
  });
  const server = await serveDirectory(join(projectRoot, 'out', 'renderer'));

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  if (now) await context.clock.setFixedTime(now);
  const lifecycle = await wireLifecycle(context, () => page, { timeLimitMs: options.closeTimeLimitMs });
  // After the window's close was let through, nothing from the page reaches the database (Electron closes both).
  const windowGone = { ok: false, error: { code: 'internal', message: '窗口已关闭' } } as const;
  await context.exposeBinding('__zhenggaiInvoke', (_source, method: unknown, args: unknown) =>
    lifecycle.closed ? windowGone : dispatchApiCall(services, method, args),
  );
  await context.addInitScript((methods: readonly string[]) => {
    const invoke = (window as unknown as { __zhenggaiInvoke: (m: string, a: unknown[]) => Promise<unknown> }).__zhenggaiInvoke;
    const api = Object.fromEntries(methods.map((m) => [m, (...args: unknown[]) => invoke(m, args)]));
    Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
  }, API_METHODS);

  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(server.url);

  return {
    browser,
    context,
    page,
    services,
    db,
    dbPath,
    exportDir,
    shown,
    chooseImportFile(path) {
      importChoice = path;
    },
    restarts: () => restarts,
    chooseRestoreFile(path) {
      restoreChoice = path;
    },
    chooseBackupFolder(path) {
      folderChoice = path;
    },
    chooseLedgerType(extension) {
      ledgerType = extension;
    },
    requests,
    appUrl: server.url,
    lifecycle,
    async close() {
      await browser.close();
      await server.close();
      db.close();
    },
  };
}
