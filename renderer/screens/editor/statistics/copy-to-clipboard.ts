/**
 * Puts text (and optionally HTML) on the clipboard from within a click.
 *
 * The window's session denies every permission request (main/app/security.ts),
 * and navigator.clipboard.writeText asks for one. A copy command run during
 * a user gesture needs none: Chromium lets it through on the click's
 * activation, and the copy event it fires is where both formats are set.
 * Returns whether the copy event ran.
 */
export function copyToClipboard(text: string, html?: string): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', text);
    if (html !== undefined) event.clipboardData.setData('text/html', html);
    written = true;
  };
  document.addEventListener('copy', onCopy, { capture: true });
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy, { capture: true });
  }
  return written;
}
