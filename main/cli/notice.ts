import { parseCommandLine, USAGE, UsageError } from './args';

/**
 * `npm run notice -- <command>`: the notices database from the command line,
 * for batch users and tests. Every failure is one line on stderr and a
 * non-zero exit: 2 for a wrong call, 1 for anything else. Only the argument
 * parser loads up front; the services and the command follow once the call is understood.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  if (args.help || args.command === '') {
    process.stdout.write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  // Before any schema is built: one command parses each schema a few times, and zod's compiled checks
  // (a generated function per object schema) cost a one-shot process more to build than they save.
  (await import('zod')).config({ jitless: true });
  const { runCommand } = await import('./run-command');
  return runCommand(args);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/**
 * Ends the process once stdout and stderr have taken everything written to
 * them (a pipe is written asynchronously on Windows). Every command has
 * finished and closed the database by then; left to empty its event loop,
 * the process would first let V8 finish a garbage collection nobody needs,
 * about 15 ms of an export.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
}

main(process.argv.slice(2)).then(exitWhenWritten, async (error: unknown) => {
  const message = error instanceof UsageError ? error.message : (await import('./failure-message')).failureMessage(error);
  process.stderr.write(`错误：${message}\n`);
  if (error instanceof UsageError) process.stderr.write('运行 npm run notice -- --help 查看用法。\n');
  exitWhenWritten(error instanceof UsageError ? 2 : 1);
});
