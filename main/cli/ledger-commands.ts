import { computeFigures, formatRate, formatYuan } from '../../shared/figures/compute-figures';
import { figuresSentence } from '../../shared/figures/figures-sentence';
import { ITEM_STATUSES } from '../../shared/model/notice';
import { onePositional, UsageError, type ParsedArgs } from './args';
import type { Command, CommandContext } from './command-context';
import { officeSettings } from './office-settings';

/** The notice's exports and figures from the command line: export (optionally with the ledger attached), ledger, figures. */

function docxTarget(args: ParsedArgs): string {
  if (!args.out) throw new UsageError(`${args.command} 需要用 --out 指定导出的 .docx 文件`);
  if (!/\.docx$/i.test(args.out)) throw new UsageError('导出文件名应以 .docx 结尾');
  return args.out;
}

async function exportDocx(args: ParsedArgs, { services, print }: CommandContext): Promise<void> {
  const id = onePositional(args, '通报编号');
  const target = docxTarget(args);
  await services.exportDocx(id, { attachLedger: args.attachLedger });
  print(`已导出：${target}${args.attachLedger ? '（附整改台账）' : ''}`);
}

async function ledger(args: ParsedArgs, { services, print }: CommandContext): Promise<void> {
  const id = onePositional(args, '通报编号');
  // The ledger's writers (Word, Excel) load with the rules for its file name, only for this command.
  const { LEDGER_EXTENSION_MESSAGE, LEDGER_FORMATS, ledgerFormatOf } = await import('../export/ledger-file');
  if (!args.out) throw new UsageError('ledger 需要用 --out 指定导出的文件（.docx 或 .xlsx）');
  const format = ledgerFormatOf(args.out);
  if (!format) throw new UsageError(LEDGER_EXTENSION_MESSAGE);
  await services.exportLedger(id);
  print(`已导出${LEDGER_FORMATS[format].name}：${args.out}`);
}

async function figures(args: ParsedArgs, { services, templates, print }: CommandContext): Promise<void> {
  const notice = await services.getNotice(onePositional(args, '通报编号'));
  const result = computeFigures(notice.checklist);
  if (args.json) return print(JSON.stringify(result, null, 2));
  const { statusLabels } = (await officeSettings(services)).tracking;
  print(`反馈问题：${result.total} 个`);
  for (const status of ITEM_STATUSES) print(`${statusLabels[status]}：${result.byStatus[status]} 个`);
  print(`整改完成率（仅计${statusLabels.done}）：${result.completionRate === null ? '—' : formatRate(result.completionRate)}`);
  print(`挽回资金：${formatYuan(result.moneyRecoveredFen)} 元；待挽回：${formatYuan(result.moneyToRecoverFen)} 元`);
  print(`建立完善制度：${result.rulesMade} 项；问责：${result.peopleHeld} 人`);
  const sentence = figuresSentence(result, templates.boilerplate, statusLabels);
  if (sentence) print(`\n可插入正文的表述：${sentence}`);
}

export const LEDGER_COMMANDS: Record<string, Command> = { export: exportDocx, ledger, figures };
