/*
 * Arguments that the IPC boundary (main/ipc/dispatch.ts) has already parsed
 * with the contract's schemas. Parsing builds fresh objects that only the
 * service being called ever sees, so a service may skip parsing them again;
 * anything else (a test, the e2e shell calling a service directly) is not in
 * the set and is parsed as before.
 */

const checked = new WeakSet<object>();

export function markChecked(values: readonly unknown[]): void {
  for (const value of values) if (typeof value === 'object' && value !== null) checked.add(value);
}

export function wasChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checked.has(value);
}
