/** The path of an Electron-ABI better_sqlite3.node, building it on first use (null if the build failed). */
export function electronSqliteBinding(root: string, electronVersion: string): Promise<string | null>;
