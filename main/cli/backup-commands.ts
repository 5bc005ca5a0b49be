import { resolve } from 'node:path';
import { onePositional, UsageError, type ParsedArgs } from './args';
import type { Command, CommandContext } from './command-context';

/** 备份与恢复 from the command line: the services of 设置 → 备份与恢复, the file named on the command line instead of a dialog. */

async function backup(args: ParsedArgs, { services, print }: CommandContext): Promise<void> {
  if (!args.out) throw new UsageError('需要用 --out 指定备份文件，例如：backup --out 通报备份.sqlite');
  if (args.positionals.length > 0) throw new UsageError('命令 backup 不接受其他参数，备份文件用 --out 指定');
  const outcome = await services.backupNow();
  if (outcome.status !== 'saved') return;
  const { summary } = outcome;
  print(`已备份到：${summary.path}（${summary.notices} 份通报，共 ${summary.items} 个问题，已通过完整性检查）`);
}

async function restore(args: ParsedArgs, { services, print }: CommandContext): Promise<void> {
  const source = resolve(onePositional(args, '备份文件'));
  // As in the window: the file (the one the dialog answers with) is checked first, then the current data kept, then replaced.
  if ((await services.chooseRestoreFile()).status !== 'checked') return;
  const outcome = await services.restoreBackup(source);
  print(`已从备份恢复：${outcome.restored.path}（${outcome.restored.notices} 份通报，共 ${outcome.restored.items} 个问题）`);
  print(`恢复前的数据已备份到：${outcome.previousDataBackup}`);
}

async function checkDb(args: ParsedArgs, { services, print }: CommandContext): Promise<void> {
  if (args.positionals.length > 0) throw new UsageError('命令 check-db 不接受参数，数据库用 --db 指定');
  const check = await services.checkDatabase();
  if (!check.ok) {
    for (const problem of check.problems) print(`  ${problem}`);
    throw new Error(check.message);
  }
  print(check.message);
}

export const BACKUP_COMMANDS: Record<string, Command> = {
  backup,
  restore,
  'check-db': checkDb,
};
