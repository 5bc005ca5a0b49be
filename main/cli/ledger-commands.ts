import { computeFigures, formatRate, formatYuan } from '../../shared/figures/compute-figures';
import { figuresSentence } from '../../shared/figures/figures-sentence';
import { DEFAULT_LEDGER_SETTINGS, ledgerSettingsSchema } from '../../shared/ledger/ledger-columns';
import { ITEM_STATUSES } from '../../shared/model/notice';
import { DEFAULT_EXPORT_SETTINGS, exportSettingsSchema, SETTINGS_KEYS } from '../../shared/model/settings';
import type { Database } from '../db/database';
import { getSetting, trackingSettings } from '../db/settings';
import { versionOnExport } from '../versions/automatic-versions';
import { exportNoticeToFile, type ExportOptions } from '../export/export-notice';
import { exportLedgerFile, LEDGER_EXTENSION_MESSAGE, LEDGER_FORMATS, ledgerFormatOf } from '../export/ledger-file';
import { printOptions } from '../../shared/document/compose-printed';
import { requireNotice } from './require-notice';
import { onePositional, UsageError, type ParsedArgs } from './args';
import type { CommandContext } from './commands';

/** The notice's exports and figures from the command line: export (optionally with the ledger attached), ledger, figures. */

function docxTarget(args: ParsedArgs): string {
  if (!args.out) throw new UsageError(`${args.command} 需要用 --out 指定导出的 .docx 文件`);
  if (!/\.docx$/i.test(args.out)) throw new UsageError('导出文件名应以 .docx 结尾');
  return args.out;
}

/** The ledger's file: .docx or .xlsx, the format from the extension. */
function ledgerTarget(args: ParsedArgs): string {
  if (!args.out) throw new UsageError('ledger 需要用 --out 指定导出的文件（.docx 或 .xlsx）');
  if (!ledgerFormatOf(args.out)) throw new UsageError(LEDGER_EXTENSION_MESSAGE);
  return args.out;
}

/** The export settings (fonts, house options) and the ledger's columns, as saved in the database. */
function exportOptions(db: Database): ExportOptions {
  return printOptions({
    export: getSetting(db, SETTINGS_KEYS.export, exportSettingsSchema, DEFAULT_EXPORT_SETTINGS),
    ledger: getSetting(db, SETTINGS_KEYS.ledger, ledgerSettingsSchema, DEFAULT_LEDGER_SETTINGS),
    tracking: trackingSettings(db),
  });
}

async function exportDocx(args: ParsedArgs, { db, templates, print }: CommandContext): Promise<void> {
  const notice = requireNotice(db, onePositional(args, '通报编号'));
  const target = docxTarget(args);
  await exportNoticeToFile(notice, target, templates, { ...exportOptions(db), attachLedger: args.attachLedger });
  versionOnExport(db, notice, target, args.attachLedger ? 'notice-with-ledger' : 'notice', new Date());
  print(`已导出：${target}${args.attachLedger ? '（附整改台账）' : ''}`);
}

async function ledger(args: ParsedArgs, { db, templates, print }: CommandContext): Promise<void> {
  const notice = requireNotice(db, onePositional(args, '通报编号'));
  const target = ledgerTarget(args);
  const format = await exportLedgerFile(notice, target, templates, exportOptions(db));
  versionOnExport(db, notice, target, 'ledger', new Date());
  print(`已导出${LEDGER_FORMATS[format].name}：${target}`);
}

function figures(args: ParsedArgs, { db, templates, print }: CommandContext): void {
  const notice = requireNotice(db, onePositional(args, '通报编号'));
  const result = computeFigures(notice.checklist);
  if (args.json) return print(JSON.stringify(result, null, 2));
  const { statusLabels } = trackingSettings(db);
  print(`反馈问题：${result.total} 个`);
  for (const status of ITEM_STATUSES) print(`${statusLabels[status]}：${result.byStatus[status]} 个`);
  print(`整改完成率（仅计${statusLabels.done}）：${result.completionRate === null ? '—' : formatRate(result.completionRate)}`);
  print(`挽回资金：${formatYuan(result.moneyRecoveredFen)} 元；待挽回：${formatYuan(result.moneyToRecoverFen)} 元`);
  print(`建立完善制度：${result.rulesMade} 项；问责：${result.peopleHeld} 人`);
  const sentence = figuresSentence(result, templates.boilerplate, statusLabels);
  if (sentence) print(`\n可插入正文的表述：${sentence}`);
}

export const LEDGER_COMMANDS = { export: exportDocx, ledger, figures };
