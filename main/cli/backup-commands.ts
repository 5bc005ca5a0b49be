import { resolve } from 'node:path';
import { backupSettingsSchema, DEFAULT_BACKUP_SETTINGS, SETTINGS_KEYS } from '../../shared/model/settings';
import { keepBeforeRestore } from '../db/backup/automatic-backups';
import { checkDatabase } from '../db/backup/check-database';
import { restoreBackup } from '../db/backup/restore-backup';
import { writeBackup } from '../db/backup/write-backup';
import { getSetting } from '../db/settings';
import { defaultDatabasePath } from '../paths';
import { onePositional, UsageError, type ParsedArgs } from './args';
import type { CommandContext } from './commands';

/** 备份与恢复 from the command line: the same online backup, checks and restore as 设置. */

function databasePath(args: ParsedArgs): string {
  return resolve(args.db ?? defaultDatabasePath());
}

async function backup(args: ParsedArgs, { db, templates, print }: CommandContext): Promise<void> {
  if (!args.out) throw new UsageError('需要用 --out 指定备份文件，例如：backup --out 通报备份.sqlite');
  if (args.positionals.length > 0) throw new UsageError('命令 backup 不接受其他参数，备份文件用 --out 指定');
  const summary = await writeBackup(db, resolve(args.out), templates.boilerplate);
  print(`已备份到：${summary.path}（${summary.notices} 份通报，共 ${summary.items} 个问题，已通过完整性检查）`);
}

async function restore(args: ParsedArgs, { db, templates, print }: CommandContext): Promise<void> {
  const source = resolve(onePositional(args, '备份文件'));
  const path = databasePath(args);
  const outcome = await restoreBackup({
    db,
    databasePath: path,
    source,
    boilerplate: templates.boilerplate,
    keepCurrent: () =>
      keepBeforeRestore({
        db,
        databasePath: path,
        settings: getSetting(db, SETTINGS_KEYS.backup, backupSettingsSchema, DEFAULT_BACKUP_SETTINGS),
        boilerplate: templates.boilerplate,
        now: new Date(),
      }),
  });
  print(`已从备份恢复：${outcome.restored.path}（${outcome.restored.notices} 份通报，共 ${outcome.restored.items} 个问题）`);
  print(`恢复前的数据已备份到：${outcome.previousDataBackup}`);
}

function checkDb(args: ParsedArgs, { db, print }: CommandContext): void {
  if (args.positionals.length > 0) throw new UsageError('命令 check-db 不接受参数，数据库用 --db 指定');
  const check = checkDatabase(db);
  if (!check.ok) {
    for (const problem of check.problems) print(`  ${problem}`);
    throw new Error(check.message);
  }
  print(check.message);
}

export const BACKUP_COMMANDS: Record<string, (args: ParsedArgs, context: CommandContext) => void | Promise<void>> = {
  backup,
  restore,
  'check-db': checkDb,
};
