/**
 * The rules the window's session enforces, as plain values so they can be
 * checked without Electron: only the app's own files load, under a strict
 * Content-Security-Policy.
 */
/** Only the app's own files (and the developer tools) may load; anything else, network included, is cancelled. */
export function isAppUrl(url: string, appRoot: string): boolean {
  return url.startsWith(appRoot) || url.startsWith('devtools://');
}

/** The Content-Security-Policy of the window (also in renderer/index.html). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; worker-src 'none'";
