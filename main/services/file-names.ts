/** Longest stem offered for a file name: well inside Windows' 255 characters even with a long folder. */
const MAX_STEM = 80;

/**
 * A file name made from a notice's title: no white space, none of the
 * characters Windows refuses, and short enough that saving never fails on
 * the name alone (a long title keeps its beginning).
 */
export function safeFileName(title: string, suffix: string): string {
  const stem = Array.from(title.replace(/\s+/g, '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')).slice(0, MAX_STEM).join('') || '通报';
  return `${stem}${suffix}`;
}
