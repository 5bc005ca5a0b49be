/** electron-builder's command-line arguments for a platform and arch (`process.platform`, `process.arch`), or null where none is built. */
export function builderArgs(platform: string, arch: string): string[] | null;
/** "12.3 MB" */
export function formatSize(bytes: number): string;
