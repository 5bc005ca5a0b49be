/** The path of the Electron binary in node_modules, or null where it is not there. */
export function electronBinary(root: string): string | null;
/** The Electron binary, running electron's own download (quietly) when it is missing; null when that fails. */
export function ensureElectronBinary(root: string): string | null;
/** Prints one line to stderr and ends the process with a failure status. */
export function fail(message: string): never;
