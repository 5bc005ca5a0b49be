/**
 * How the notices database was opened, as the window shows it: normally for
 * writing; read-only when the file or its folder cannot be written (nothing
 * may then be typed that could not be saved); for salvage when the file is
 * damaged (read only, so that every notice still readable can be exported).
 */
export type StoreMode = 'write' | 'read-only' | 'salvage';

export interface StoreStatus {
  mode: StoreMode;
  /** Why the store is not writable, in Chinese; null in 'write' mode. */
  reason: string | null;
  /** What the checks at open found and did (a log set aside …), in Chinese, for the user to read once. */
  findings: string[];
  databasePath: string;
}
