/**
 * The security policy of the window, as plain values so it can be checked
 * without Electron: Electron's checklist (isolation, sandbox, no Node, no
 * webviews) and the rule that only the app's own files load.
 */
export function secureWebPreferences(preload: string, devTools: boolean) {
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
    devTools,
  } as const;
}

/** Only the app's own files (and the developer tools) may load; anything else, network included, is cancelled. */
export function isAppUrl(url: string, appRoot: string): boolean {
  return url.startsWith(appRoot) || url.startsWith('devtools://');
}

/** The Content-Security-Policy of the window (also in renderer/index.html). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; worker-src 'none'";
