import type { Command } from './command-context';

/**
 * Every command by the name it is called with, and the module that holds
 * it: only the command run is loaded, so that starting the command line
 * costs what that command needs and no more.
 */
const MODULES = {
  notices: async () => (await import('./notice-commands')).NOTICE_COMMANDS,
  library: async () => (await import('./library-commands')).LIBRARY_COMMANDS,
  exports: async () => (await import('./ledger-commands')).LEDGER_COMMANDS,
  versions: async () => (await import('./version-commands')).VERSION_COMMANDS,
  backups: async () => (await import('./backup-commands')).BACKUP_COMMANDS,
  check: async () => (await import('./check-commands')).CHECK_COMMANDS,
  overview: async () => (await import('./overview-command')).OVERVIEW_COMMANDS,
} satisfies Record<string, () => Promise<Record<string, Command>>>;

const COMMAND_MODULES: Record<string, keyof typeof MODULES> = {
  list: 'notices',
  show: 'notices',
  'export-json': 'notices',
  'import-json': 'notices',
  import: 'notices',
  search: 'library',
  'next-stage': 'library',
  export: 'exports',
  ledger: 'exports',
  figures: 'exports',
  versions: 'versions',
  'version-save': 'versions',
  'version-restore': 'versions',
  backup: 'backups',
  restore: 'backups',
  'check-db': 'backups',
  check: 'check',
  overview: 'overview',
};

/** The command called `name`, or null when there is none. */
export async function findCommand(name: string): Promise<Command | null> {
  if (!Object.hasOwn(COMMAND_MODULES, name)) return null;
  const commands = await MODULES[COMMAND_MODULES[name]!]();
  return commands[name] ?? null;
}
