import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { LIFECYCLE_CHANNELS } from '../../shared/lifecycle';
import { openStore } from '../db/open-database';
import { backupAtQuit, backupAtStart } from '../services/app-backups';
import { createServices } from '../services/create-services';
import { StoreError } from '../db/errors';
import { loadLayoutTemplates, LayoutTemplatesError } from '../layout-templates/load-layout-templates';
import { CLOSE_TIME_LIMIT_MS, createCloseGuard, type CloseGuard } from './close-guard';
import { electronDialogs } from './electron-dialogs';
import { registerApi } from './register-api';
import { hardenContents, hardenSession } from './security';

// Nothing is fetched from a network, ever: no component updates, no metrics.
app.commandLine.appendSwitch('disable-background-networking');
app.commandLine.appendSwitch('disable-component-update');

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererIndex = join(here, '../renderer/index.html');
const appRoot = pathToFileURL(join(here, '../renderer/')).href;
const templatesDirectory = app.isPackaged ? join(process.resourcesPath, 'templates') : join(here, '../../templates');

let mainWindow: BrowserWindow | null = null;
let closeGuard: CloseGuard | null = null;

function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return mainWindow !== null && event.sender === mainWindow.webContents && url.startsWith(appRoot);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: '整改通报',
    show: false,
    // Electron's security checklist, written out here where reviewers and
    // electronegativity look for it: isolated, sandboxed, no Node, no webviews.
    webPreferences: {
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  Menu.setApplicationMenu(null);
  hardenSession(appRoot);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appRoot));

  const databasePath = join(app.getPath('userData'), 'notices.sqlite');
  // `npm start` names an Electron build of better-sqlite3 in ZHENGGAI_SQLITE_BINDING; every connection loads it (main/db/connections.ts).
  // A damaged or read-only file opens for reading; the window says why (getStoreStatus).
  const { db, status } = openStore(databasePath);
  const templates = loadLayoutTemplates(templatesDirectory);
  const services = createServices({
    db,
    databasePath,
    status,
    templates,
    // Only ever asked for when the store is read-only (a salvage restore): nothing is unsaved, no close to guard.
    restart: () => {
      app.relaunch();
      app.exit(0);
    },
    dialogs: electronDialogs(() => mainWindow),
  });
  registerApi(services, isTrustedSender);

  mainWindow = createWindow();
  const window = mainWindow;
  // Closing the window or quitting waits until the page has saved. A quit
  // closes every window first; the prevented close cancels it, and once the
  // guard lets the window go, window-all-closed below quits.
  closeGuard = createCloseGuard({
    window: { onClose: (listener) => window.on('close', listener), close: () => window.close() },
    ask: (requestId) => window.webContents.send(LIFECYCLE_CHANNELS.closeRequest, requestId),
    timeLimitMs: CLOSE_TIME_LIMIT_MS,
    clock: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
  });
  ipcMain.on(LIFECYCLE_CHANNELS.closeReply, (event, requestId: unknown, answer: unknown) => {
    if (isTrustedSender(event)) closeGuard?.onReply(requestId, answer);
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    closeGuard = null;
  });
  // The first start of the day backs up once the window is on its way; failures are logged, never in the way.
  void backupAtStart({ db, databasePath, templates });
  // Only now, with the window and its last save gone, may the database close.
  app.on('window-all-closed', () => {
    void backupAtQuit({ db, databasePath, templates }).finally(() => {
      try {
        db.close();
      } finally {
        app.quit();
      }
    });
  });
}

// One instance: a second launch focuses the first instead of opening the database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('整改通报无法启动', startupFailure(error));
    app.exit(1);
  });
}

/** Why the program could not start, in Chinese: the store's and the templates' own words, otherwise a plain sentence (the English stays in the log). */
function startupFailure(error: unknown): string {
  if (error instanceof StoreError || error instanceof LayoutTemplatesError) return error.message;
  console.error(error);
  return '程序文件不完整或已损坏，无法启动。请重新安装整改通报；如果仍然无法启动，请联系技术支持人员。';
}
