import { describePlace } from '../../shared/import/source';
import { NOTICE_STATUS_LABELS, STAGE_LABELS } from '../../shared/model/notice';
import { describeImport } from '../import/describe-import';
import { importExchangeFile, readImportFile } from '../services/file-imports';
import { noticeData } from '../services/store-services';
import { findLayout } from '../layout-templates/load-layout-templates';
import { onePositional, type ParsedArgs } from './args';
import type { Command, CommandContext } from './command-context';
import { describeNotice } from './describe-notice';
import { importLedgerRead } from './ledger-import-command';
import { officeSettings } from './office-settings';

/** The notices from the command line: list, show, the exchange file both ways, and importing earlier notices. */

async function list(args: ParsedArgs, { services, print }: CommandContext): Promise<void> {
  // The window's list, without its to-do counts: those are what the overview command prints, item by item.
  const notices = (await services.listNotices()).map(({ attention: _counts, ...summary }) => summary);
  if (args.json) return print(JSON.stringify(notices, null, 2));
  if (notices.length === 0) return print('（数据库中还没有通报）');
  for (const n of notices) {
    print(`${n.id}\t${NOTICE_STATUS_LABELS[n.status]}\t${STAGE_LABELS[n.stage]}\t${n.updatedAt}\t${n.title.replace(/\n/g, '')}`);
  }
}

async function show(args: ParsedArgs, { services, templates, print }: CommandContext): Promise<void> {
  const notice = await services.getNotice(onePositional(args, '通报编号'));
  if (args.json) return print(JSON.stringify(notice, null, 2));
  const { tracking } = await officeSettings(services);
  print(describeNotice(notice, findLayout(templates, notice.layoutId), templates.boilerplate, tracking.statusLabels));
}

async function exportJson(args: ParsedArgs, { services, serviceContext, print }: CommandContext): Promise<void> {
  const id = onePositional(args, '通报编号');
  if (!args.out) return print(noticeData(serviceContext, id, new Date()).text.trimEnd());
  await services.exportNoticeData(id);
  print(`已导出：${args.out}`);
}

function importJson(args: ParsedArgs, { serviceContext, print }: CommandContext): void {
  const { notice, copied, templateLine } = importExchangeFile(serviceContext, onePositional(args, 'JSON 文件'));
  print(copied ? `该通报已存在，已作为副本导入，新编号：${notice.id}` : `已导入，编号：${notice.id}`);
  if (templateLine) print(templateLine);
}

/**
 * Reads an earlier notice (.txt or .docx) or a ledger, prints what was
 * recognised and, unless --dry-run, saves it as the window's 导入 saves it.
 * Nothing is saved when the file is refused.
 */
async function importDocument(args: ParsedArgs, context: CommandContext): Promise<number | void> {
  const { templates, print } = context;
  const file = onePositional(args, '文件');
  // Only the templates: reading the file opens no database (a --dry-run leaves none behind).
  const read = await readImportFile(file, { templates });
  if (read.kind === 'ledger') return importLedgerRead(read.table, file, args, context);
  const { result } = read;
  const save = !args.dryRun;
  if (save) await context.services.saveNotice(result.notice);
  if (args.json) {
    const [layout, ...others] = result.layouts;
    return print(
      JSON.stringify(
        {
          saved: save,
          id: save ? result.notice.id : null,
          layout,
          otherLayouts: others,
          recognised: result.recognised,
          warnings: result.warnings.map((w) => ({ ...w, place: w.line === null ? null : describePlace(w.line, result.unit) })),
          notice: result.notice,
        },
        null,
        2,
      ),
    );
  }
  print(describeImport(result, templates.boilerplate));
  print(save ? `已保存，编号：${result.notice.id}` : '试运行（--dry-run）：未保存。');
}

export const NOTICE_COMMANDS: Record<string, Command> = {
  list,
  show,
  'export-json': exportJson,
  'import-json': importJson,
  import: importDocument,
};
