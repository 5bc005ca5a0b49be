import { BACKUP_COMMANDS } from './backup-commands';
import { CHECK_COMMANDS } from './check-commands';
import type { Command } from './command-context';
import { LEDGER_COMMANDS } from './ledger-commands';
import { LIBRARY_COMMANDS } from './library-commands';
import { NOTICE_COMMANDS } from './notice-commands';
import { OVERVIEW_COMMANDS } from './overview-command';
import { VERSION_COMMANDS } from './version-commands';

/** Every command by the name it is called with. */
export const COMMANDS: Record<string, Command> = {
  ...NOTICE_COMMANDS,
  ...LIBRARY_COMMANDS,
  ...LEDGER_COMMANDS,
  ...VERSION_COMMANDS,
  ...BACKUP_COMMANDS,
  ...CHECK_COMMANDS,
  ...OVERVIEW_COMMANDS,
};
