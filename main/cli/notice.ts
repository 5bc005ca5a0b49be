import type { Database } from '../db/database';
import { openStore } from '../db/open-database';
import { defaultDatabasePath } from '../paths';
import { toApiError } from '../services/api-errors';
import { loadLayoutTemplates } from '../layout-templates/load-layout-templates';
import { parseCommandLine, USAGE, UsageError } from './args';
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
  let db: Database | null = null;
  const context = {
    get db(): Database {
      if (!db) {
        const store = openStore(args.db ?? defaultDatabasePath());
        db = store.db;
        // What the checks at open found or could not do goes to stderr, so that --json output stays clean.
        for (const finding of store.status.findings) process.stderr.write(`注意：${finding}\n`);
        if (store.status.reason) process.stderr.write(`注意：${store.status.reason}\n`);
      }
      return db;
    },
    templates: loadLayoutTemplates(),
    print: (text: string) => process.stdout.write(`${text}\n`),
  };
  try {
    const code = await command(args, context);
    return typeof code === 'number' ? code : 0;
  } finally {
    (db as Database | null)?.close();
  }
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
    const message = coded ? toApiError(error).message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`错误：${message.replace(/：\n/g, '：').replace(/\n/g, '；')}\n`);
    if (error instanceof UsageError) process.stderr.write('运行 npm run notice -- --help 查看用法。\n');
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
