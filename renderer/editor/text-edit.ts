/** What one edit did to a text: at `start`, `removed` characters gave way to `inserted`. */
export interface TextEdit {
  start: number;
  removed: number;
  inserted: string;
}

/**
 * The single edit that turns `before` into `after`, found by the common
 * head and tail. Linear in the length, with no allocation but the inserted
 * text: it runs on every keystroke of a field that may hold a long paste.
 */
export function textEdit(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start: head, removed: before.length - head - tail, inserted: after.slice(head, after.length - tail) };
}
