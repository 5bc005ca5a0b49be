import { readFileSync } from 'node:fs';
import { systemReason } from '../db/translate-error';
import { NOTICE_STATUS_LABELS, STAGE_LABELS } from '../../shared/model/notice';
import type { Database } from '../db/database';
import { listNotices, saveNotice } from '../db/notices';
import { trackingSettings } from '../db/settings';
import { describeImport } from '../import/describe-import';
import { basename } from 'node:path';
import { importFile, readLimited } from '../import/import-file';
import { readLedgerFile } from '../import/read-ledger-file';
import { importLedgerTable } from './ledger-import-command';
import { describePlace } from '../../shared/import/source';
import { writeFileAtomic } from '../export/write-file-atomic';
import { findLayout, type LayoutTemplates } from '../layout-templates/load-layout-templates';
import { requireNotice } from './require-notice';
import { onePositional, type ParsedArgs } from './args';
import { describeNotice } from './describe-notice';
import { describeTemplateImport, exportExchange, importExchange } from '../library/exchange';
import { LIBRARY_COMMANDS } from './library-commands';
import { LEDGER_COMMANDS } from './ledger-commands';
import { VERSION_COMMANDS } from './version-commands';
import { BACKUP_COMMANDS } from './backup-commands';
import { CHECK_COMMANDS } from './check-commands';
import { OVERVIEW_COMMANDS } from './overview-command';

/** What a command needs: the open database, the templates, and where to print. */
export interface CommandContext {
  /** Opened on first use, so a command that only reads a file (import --dry-run) leaves no database behind. */
  readonly db: Database;
  templates: LayoutTemplates;
  print: (text: string) => void;
}

function list(args: ParsedArgs, { db, templates, print }: CommandContext): void {
  const notices = listNotices(db, templates.boilerplate);
  if (args.json) return print(JSON.stringify(notices, null, 2));
  if (notices.length === 0) return print('（数据库中还没有通报）');
  for (const n of notices) {
    print(`${n.id}\t${NOTICE_STATUS_LABELS[n.status]}\t${STAGE_LABELS[n.stage]}\t${n.updatedAt}\t${n.title.replace(/\n/g, '')}`);
  }
}

function show(args: ParsedArgs, { db, templates, print }: CommandContext): void {
  const notice = requireNotice(db, onePositional(args, '通报编号'));
  if (args.json) return print(JSON.stringify(notice, null, 2));
  print(describeNotice(notice, findLayout(templates, notice.layoutId), templates.boilerplate, trackingSettings(db).statusLabels));
}

function exportJson(args: ParsedArgs, { db, print }: CommandContext): void {
  const notice = requireNotice(db, onePositional(args, '通报编号'));
  const json = `${JSON.stringify(exportExchange(db, notice), null, 2)}\n`;
  if (!args.out) return print(json.trimEnd());
  writeFileAtomic(args.out, new TextEncoder().encode(json));
  print(`已导出：${args.out}`);
}

function importJson(args: ParsedArgs, { db, templates, print }: CommandContext): void {
  const file = onePositional(args, 'JSON 文件');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`无法读取文件“${file}”：${systemReason(error) ?? '读取时出错'}`);
  }
  // The notice and the item templates that came with it, in one transaction; a taken id makes a copy.
  const { notice, copied, templates: imported } = importExchange(db, text, (n) => findLayout(templates, n.layoutId));
  print(copied ? `该通报已存在，已作为副本导入，新编号：${notice.id}` : `已导入，编号：${notice.id}`);
  const templateLine = describeTemplateImport(imported);
  if (templateLine) print(templateLine);
}

/**
 * Reads an earlier notice (.txt or .docx), prints what was recognised and,
 * unless --dry-run, saves it. Nothing is saved when the file is refused.
 */
async function importDocument(args: ParsedArgs, context: CommandContext): Promise<number | void> {
  const { templates, print } = context;
  const file = onePositional(args, '要导入的文件（.txt、.docx 或 .xlsx）');
  // A spreadsheet or a Word ledger table is read as a ledger, as the app reads it; anything else as a notice.
  const table = await readLedgerFile(readLimited(file), basename(file));
  if (table) return importLedgerTable(table, file, args, context);
  const result = importFile(file, templates);
  const save = !args.dryRun;
  if (save) saveNotice(context.db, result.notice);
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

/** A command; one that returns a number exits with it (check: 1 while errors remain). */
export const COMMANDS: Record<string, (args: ParsedArgs, context: CommandContext) => void | number | Promise<void | number>> = {
  list,
  show,
  'export-json': exportJson,
  'import-json': importJson,
  import: importDocument,
  ...LIBRARY_COMMANDS,
  ...LEDGER_COMMANDS,
  ...VERSION_COMMANDS,
  ...BACKUP_COMMANDS,
  ...CHECK_COMMANDS,
  ...OVERVIEW_COMMANDS,
};
