import { resolve } from 'node:path';
import type { Api } from '../../shared/api';
import { NoticeNotFoundError } from '../db/errors';
import { openStore, type Store } from '../db/open-database';
import { defaultDatabasePath } from '../paths';
import { toApiError } from '../services/api-errors';
import { createServices } from '../services/create-services';
import type { ServiceContext } from '../services/service-context';
import { loadTemplates } from '../templates/load-templates';
import { parseCommandLine, USAGE, UsageError, type ParsedArgs } from './args';
import { commandLineDialogs } from './command-dialogs';
import type { CommandContext } from './command-context';
import { COMMANDS } from './commands';

/**
 * `npm run notice -- <command>`: the notices database from the command line,
 * for batch users and tests. Every failure is one line on stderr and a
 * non-zero exit: 2 for a wrong call, 1 for anything else.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  if (args.help || args.command === '') {
    process.stdout.write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
  if (!command) throw new UsageError(`未知命令：${args.command}`);
  const templates = loadTemplates();
  let store: Store | null = null;
  let serviceContext: ServiceContext | null = null;
  let services: Api | null = null;
  const opened = (): ServiceContext => (serviceContext ??= { ...openAt(args, (s) => (store = s)), templates, dialogs: commandLineDialogs(args) });
  const context: CommandContext = {
    get serviceContext() {
      return opened();
    },
    get services() {
      return (services ??= createServices(opened()));
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

/** The database --db names (or the app's), as the app opens it; what the checks at open found goes to stderr, so that --json output stays clean. */
function openAt(args: ParsedArgs, keep: (store: Store) => void): Pick<ServiceContext, 'db' | 'databasePath' | 'status'> {
  const databasePath = resolve(args.db ?? defaultDatabasePath());
  const store = openStore(databasePath);
  keep(store);
  for (const finding of store.status.findings) process.stderr.write(`注意：${finding}\n`);
  if (store.status.reason) process.stderr.write(`注意：${store.status.reason}\n`);
  return { db: store.db, databasePath, status: store.status };
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // SQLite's and Node's own errors (they carry a code) are English: say them as the window does.
    const coded = typeof (error as { code?: unknown } | null)?.code === 'string';
    const said = coded ? toApiError(error).message : error instanceof Error ? error.message : String(error);
    // The window's sentence, and where a command-line user finds the ids.
    const message = error instanceof NoticeNotFoundError ? `${said}可用 list 命令查看全部通报。` : said;
    process.stderr.write(`错误：${message.replace(/：\n/g, '：').replace(/\n/g, '；')}\n`);
    if (error instanceof UsageError) process.stderr.write('运行 npm run notice -- --help 查看用法。\n');
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
