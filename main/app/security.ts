import { session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './policy';

/** The session: every permission denied, no request outside the app's files, the CSP on every response. */
export function hardenSession(appRoot: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppUrl(details.url, appRoot) }));
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
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
