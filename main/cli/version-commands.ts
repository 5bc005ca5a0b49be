import { STAGE_LABELS } from '../../shared/model/notice';
import { versionNameSchema } from '../../shared/versions/version-schemas';
import { VERSION_REASON_LABELS, type VersionSummary } from '../../shared/versions/version-types';
import { parseInput } from '../db/validate';
import { onePositional, UsageError, type ParsedArgs } from './args';
import type { Command, CommandContext } from './command-context';

/** 历史版本 from the command line: list, save by name, restore. The same services as the window's. */

async function versions(args: ParsedArgs, context: CommandContext): Promise<void> {
  const id = onePositional(args, '通报编号');
  const list = await context.services.listVersions(id);
  if (args.json) return context.print(JSON.stringify(list, null, 2));
  if (list.length === 0) return context.print('这份通报还没有历史版本。');
  context.print(`共 ${list.length} 个历史版本（最新的在前）：`);
  for (const version of list) context.print(describeVersion(version));
}

async function versionSave(args: ParsedArgs, context: CommandContext): Promise<void> {
  const id = onePositional(args, '通报编号');
  if (args.name === undefined) throw new UsageError('version-save 需要用 --name 指定版本名称，例如：--name 送审稿');
  const name = parseInput(versionNameSchema, args.name, '版本名称');
  const version = await context.services.saveVersion(id, name);
  if (args.json) return context.print(JSON.stringify(version, null, 2));
  context.print(`已保存版本“${version.name}”，版本编号：${version.id}`);
}

async function versionRestore(args: ParsedArgs, context: CommandContext): Promise<void> {
  if (args.positionals.length !== 2) throw new UsageError('version-restore 需要两个参数：通报编号 和 版本编号（可用 versions 命令查看）');
  const [id, versionText] = args.positionals as [string, string];
  if (!/^[1-9]\d{0,15}$/.test(versionText)) throw new UsageError(`版本编号应为正整数：${versionText}`);
  const notice = await context.services.restoreVersion(id, Number(versionText), args.asNew ? 'new' : 'current');
  if (args.json) return context.print(JSON.stringify(notice, null, 2));
  context.print(
    args.asNew
      ? `已将版本 ${versionText} 另存为新通报（${STAGE_LABELS[notice.meta.stage]}，草稿），新编号：${notice.id}`
      : `已将通报恢复为版本 ${versionText}；恢复前的内容已自动保存为一个历史版本。`,
  );
}

/** One line: number, local time, reason, name, file. */
function describeVersion(version: VersionSummary): string {
  const parts = [String(version.id), localTime(version.createdAt), VERSION_REASON_LABELS[version.reason]];
  if (version.name) parts.push(version.name);
  if (version.file) parts.push(`文件：${version.file}`);
  return parts.join('\t');
}

function localTime(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

export const VERSION_COMMANDS: Record<string, Command> = { versions, 'version-save': versionSave, 'version-restore': versionRestore };
