import type { CheckContext } from '../../shared/check/check-notice';
import { checkResults, fixAll } from '../../shared/check/check-results';
import { SEVERITY_LABELS, type Finding } from '../../shared/check/finding';
import { describeFindingPlaces } from '../../shared/check/finding-place';
import { mergeRules } from '../../shared/check/merge-rules';
import type { Notice } from '../../shared/model/notice';
import { findLayout } from '../layout-templates/load-layout-templates';
import { onePositional, type ParsedArgs } from './args';
import type { Command, CommandContext } from './command-context';
import { officeSettings } from './office-settings';

/**
 * `check <编号> [--json] [--fix]`: the 送审检查 from the command line. One
 * finding a line with its place, a count at the end; --fix applies every
 * safe fix and saves. Exit code 1 while errors (错误) remain.
 */
async function check(args: ParsedArgs, { services, templates, print }: CommandContext): Promise<number> {
  const notice = await services.getNotice(onePositional(args, '通报编号'));
  const layout = findLayout(templates, notice.layoutId);
  const office = await officeSettings(services);
  const context: CheckContext = {
    layout,
    boilerplate: templates.boilerplate,
    rules: mergeRules(templates.check, office.check),
    statusLabels: office.tracking.statusLabels,
  };
  // What the user chose to 忽略 in the editor stays ignored here, and is never fixed.
  const findings = checkResults(notice, context).shown;
  if (!args.fix) {
    if (args.json) print(JSON.stringify(findings, null, 2));
    else printFindings(notice, findings, context, print);
    return exitCode(findings);
  }
  const all = fixAll(notice, context);
  const fixed = all.notice;
  const applied = all.fixed;
  const remaining = all.remaining.shown;
  if (fixed !== notice) await services.saveNotice(fixed);
  if (args.json) {
    print(JSON.stringify({ fixed: applied, remaining, saved: fixed !== notice }, null, 2));
    return exitCode(remaining);
  }
  if (applied.length === 0) print('没有可以自动修正的问题。');
  else {
    print(`已修正 ${applied.length} 处，已保存：`);
    const places = describeFindingPlaces(notice, applied, layout);
    applied.forEach((f, i) => print(`已修正\t${places[i]}：${f.message}`));
    print('');
  }
  printFindings(fixed, remaining, context, print);
  return exitCode(remaining);
}

function printFindings(notice: Notice, findings: readonly Finding[], context: CheckContext, print: (text: string) => void): void {
  const places = describeFindingPlaces(notice, findings, context.layout);
  findings.forEach((f, i) => print(`${SEVERITY_LABELS[f.severity]}\t${places[i]}：${withFixNote(f)}`));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const fixable = findings.filter((f) => f.fix !== undefined).length;
  if (findings.length === 0) print('检查完毕，未发现问题。');
  else
    print(
      `共 ${findings.length} 处：错误 ${errors} 处，提示 ${findings.length - errors} 处${fixable > 0 ? `；其中 ${fixable} 处可自动修正（加 --fix）` : ''}。`,
    );
}

function exitCode(findings: readonly Finding[]): number {
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

export const CHECK_COMMANDS: Record<string, Command> = { check };

/** The message, saying when --fix can correct it: inside the message's own closing note if it has one (…（导出时会自动更正，可自动修正）). */
function withFixNote(finding: Finding): string {
  if (finding.fix === undefined) return finding.message;
  return finding.message.endsWith('）') ? `${finding.message.slice(0, -1)}，可自动修正）` : `${finding.message}（可自动修正）`;
}
