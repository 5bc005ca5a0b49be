import { resolve } from 'node:path';
import type { Api } from '../../shared/api';
import { openStore, type Store } from '../db/open-database';
import { checkedServices } from '../ipc/dispatch';
import { defaultDatabasePath } from '../paths';
import { createServices } from '../services/create-services';
import type { ServiceContext } from '../services/service-context';
import { loadLayoutTemplates } from '../layout-templates/load-layout-templates';
import { UsageError, type ParsedArgs } from './args';
import { commandLineDialogs } from './command-dialogs';
import type { CommandContext } from './command-context';
import { findCommand } from './commands';

/** Runs one command on the services of the database --db names (the app's otherwise); the exit code. */
export async function runCommand(args: ParsedArgs): Promise<number> {
  const command = await findCommand(args.command);
  if (!command) throw new UsageError(`未知命令：${args.command}`);
  const templates = loadLayoutTemplates();
  let store: Store | null = null;
  let serviceContext: ServiceContext | null = null;
  let services: Api | null = null;
  const opened = (): ServiceContext => {
    if (!serviceContext) {
      const databasePath = resolve(args.db ?? defaultDatabasePath());
      store = openStore(databasePath);
      // What the checks at open found or could not do goes to stderr, so that --json output stays clean.
      for (const finding of store.status.findings) process.stderr.write(`注意：${finding}\n`);
      if (store.status.reason) process.stderr.write(`注意：${store.status.reason}\n`);
      serviceContext = { db: store.db, databasePath, status: store.status, templates, dialogs: commandLineDialogs(args) };
    }
    return serviceContext;
  };
  const context: CommandContext = {
    // Opened on first use, so a command that only reads a file (import --dry-run) leaves no database behind.
    get serviceContext() {
      return opened();
    },
    get services() {
      // Through the same argument checks as a call from the window.
      return (services ??= checkedServices(createServices(opened())));
    },
    templates,
    print: (text: string) => void process.stdout.write(`${text}\n`),
  };
  try {
    const code = await command(args, context);
    return typeof code === 'number' ? code : 0;
  } finally {
    (store as Store | null)?.db.close();
  }
}
