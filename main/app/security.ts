import { app, session, type BrowserWindowConstructorOptions, type WebContents } from 'electron';

/**
 * Electron's security checklist, in one place: an isolated, sandboxed
 * renderer without Node, no navigation, no new windows, no webviews, every
 * permission denied, and no network at all — the app works on machines
 * with no internet and must never try to reach one.
 */
export function secureWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !app.isPackaged,
  };
}

/** Only the app's own files may load; everything else, network included, is cancelled. */
export function isAppUrl(url: string, appRoot: string): boolean {
  return url.startsWith(appRoot) || url.startsWith('devtools://');
}

export function hardenSession(appRoot: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppUrl(details.url, appRoot) }));
}

/** Every web contents the app creates: no navigation away, no windows, no webviews. */
export function hardenContents(contents: WebContents, appRoot: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appRoot)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
